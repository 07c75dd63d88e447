import Foundation

/// A TNTP network and its trips: the input of the published traffic-assignment benchmarks.
///
/// Reads `NAME_net.tntp` and `NAME_trips.tntp` with the traps of the published files handled:
/// metadata values separated by runs of tabs, numbers in scientific notation, `b = 0` with
/// `power = 0`, zero free-flow times, zones that may not be passed through (nodes below
/// `<FIRST THRU NODE>`), `:` separators with or without `;`, comment lines inside the trips,
/// and intrazonal demand, which is skipped.
public struct TNTPNetwork: Sendable {
  /// One link as written.
  public struct Link: Sendable, Hashable {
    public var from: Int
    public var to: Int
    public var capacity: Double
    public var length: Double
    public var freeFlowTime: Double
    public var b: Double
    public var power: Double
    public var toll: Double
  }

  /// The network's name (the file stem).
  public var name: String
  /// `<NUMBER OF ZONES>`.
  public var zones: Int
  /// `<NUMBER OF NODES>`.
  public var nodes: Int
  /// `<FIRST THRU NODE>`: nodes below it may start or end paths but not lie inside one.
  public var firstThroughNode: Int
  /// The links, in file order.
  public var links: [Link]
  /// Demand by origin (1-based node numbers), intrazonal demand left out.
  public var trips: [(origin: Int, destinations: [(node: Int, volume: Double)])]

  /// Total assignable demand (intrazonal left out).
  public var totalDemand: Double {
    trips.reduce(0) { $0 + $1.destinations.reduce(0) { $0 + $1.volume } }
  }

  /// Reads `DIR/NAME_net.tntp` and `DIR/NAME_trips.tntp` from a path `DIR/NAME`.
  public init(stem: String) throws(TNTPError) {
    name = (stem as NSString).lastPathComponent
    let net = try TNTPText(path: stem + "_net.tntp")
    nodes = try net.integer("NUMBER OF NODES") ?? 0
    zones = try net.integer("NUMBER OF ZONES") ?? 0
    firstThroughNode = try net.integer("FIRST THRU NODE", required: false) ?? 1
    let expected = try net.integer("NUMBER OF LINKS") ?? 0
    guard nodes > 0 else { throw TNTPError(file: net.path, line: 0, "the network has no nodes") }
    // Node numbers become 32-bit indices, and memory grows with the declared count.
    guard nodes <= 10_000_000 else {
      throw TNTPError(
        file: net.path, line: net.metadata["NUMBER OF NODES"]?.line ?? 0,
        "'<NUMBER OF NODES>' is \(nodes); at most 10,000,000 nodes are supported")
    }
    links = []
    links.reserveCapacity(min(max(0, expected), net.body.count))
    for (line, text) in net.body {
      links.append(try Self.parseLink(text, line: line, file: net.path, nodes: nodes))
    }
    guard links.count == expected else {
      throw TNTPError(
        file: net.path, line: 0,
        "'<NUMBER OF LINKS>' says \(expected) but the file has \(links.count) link lines")
    }
    trips = try Self.parseTrips(stem + "_trips.tntp", nodes: nodes)
  }

  private static func parseLink(_ text: Substring, line: Int, file: String, nodes: Int)
    throws(TNTPError)
    -> Link
  {
    let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ";" })
    guard fields.count >= 7 else {
      throw TNTPError(
        file: file, line: line,
        "expected at least 7 fields (init_node term_node capacity length free_flow_time b power), "
          + "found \(fields.count)")
    }
    func node(_ i: Int, _ name: String) throws(TNTPError) -> Int {
      guard let value = Int(fields[i]), (1...nodes).contains(value) else {
        throw .field(file, line, name, fields[i], expected: "a node number from 1 to \(nodes)")
      }
      return value
    }
    func number(_ i: Int, _ name: String, minimum: Double = 0) throws(TNTPError) -> Double {
      guard i < fields.count else { return 0 }
      guard let value = Double(fields[i]), value.isFinite, value >= minimum else {
        throw .field(
          file, line, name, fields[i], expected: "a finite number ≥ \(minimum.formatted())")
      }
      return value
    }
    let link = Link(
      from: try node(0, "init_node"), to: try node(1, "term_node"),
      capacity: try number(2, "capacity"), length: try number(3, "length"),
      freeFlowTime: try number(4, "free_flow_time"), b: try number(5, "b"),
      power: try number(6, "power"), toll: try number(8, "toll"))
    if link.b > 0 && link.capacity <= 0 {
      throw TNTPError(
        file: file, line: line,
        "capacity is 0 while b is \(link.b); a congestible link needs a capacity > 0")
    }
    return link
  }

  private static func parseTrips(_ path: String, nodes: Int) throws(TNTPError)
    -> [(origin: Int, destinations: [(node: Int, volume: Double)])]
  {
    let text = try TNTPText(path: path)
    var result: [(origin: Int, destinations: [(node: Int, volume: Double)])] = []
    for (line, body) in text.body {
      if body.count >= 6, body.prefix(6).lowercased() == "origin" {
        let value = TNTPText.trimmed(body.dropFirst(6))
        guard let origin = Int(value), (1...nodes).contains(origin) else {
          throw TNTPError(
            file: path, line: line, "'Origin \(value)' is not a node number from 1 to \(nodes)")
        }
        result.append((origin, []))
        continue
      }
      guard !result.isEmpty else {
        throw TNTPError(file: path, line: line, "demand entries before the first 'Origin' line")
      }
      for entry in body.split(separator: ";") {
        let trimmedEntry = TNTPText.trimmed(entry)
        if trimmedEntry.isEmpty { continue }
        let parts = trimmedEntry.split(separator: ":")
        guard parts.count == 2, let destination = Int(TNTPText.trimmed(parts[0])),
          let volume = Double(TNTPText.trimmed(parts[1]))
        else {
          throw TNTPError(file: path, line: line, "'\(trimmedEntry)' is not 'destination : volume'")
        }
        guard (1...nodes).contains(destination) else {
          throw TNTPError(
            file: path, line: line, "destination \(destination) is not a node from 1 to \(nodes)")
        }
        guard volume.isFinite, volume >= 0 else {
          throw TNTPError(
            file: path, line: line, "demand \(volume) to \(destination) must be a finite number ≥ 0"
          )
        }
        if destination != result[result.count - 1].origin && volume > 0 {
          result[result.count - 1].destinations.append((destination, volume))
        }
      }
    }
    return result
  }

  /// The network and one class for the equilibrium solver (0-based node numbers).
  ///
  /// Link cost is `fft · (1 + b (v / capacity)^power) + tollFactor · toll + distanceFactor ·
  /// length`; the fixed part is the class's fixed cost.
  public func assignmentInput(tollFactor: Double = 0, distanceFactor: Double = 0)
    throws(AssignmentError)
    -> (network: AssignmentNetwork, demandClass: DemandClass)
  {
    let passable = (0..<nodes).map { $0 + 1 >= firstThroughNode }
    let network = try AssignmentNetwork.validated(
      nodeCount: nodes,
      links: links.map { link in
        (
          link.from - 1, link.to - 1,
          VolumeDelay.bpr(
            freeFlowTime: link.freeFlowTime, b: link.b, power: link.power, capacity: link.capacity)
        )
      }, passable: passable)
    let fixed = links.map { tollFactor * $0.toll + distanceFactor * $0.length }
    let demand = trips.map { entry in
      (
        origin: entry.origin - 1,
        destinations: entry.destinations.map { (node: $0.node - 1, volume: $0.volume) }
      )
    }
    let demandClass = DemandClass(
      name: name, fixedCost: fixed.allSatisfy { $0 == 0 } ? [] : fixed, demand: demand)
    return (network, demandClass)
  }
}
