import CorridorInput
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
    guard (0...nodes).contains(zones) else {
      throw TNTPError(
        file: net.path, line: net.metadata["NUMBER OF ZONES"]?.line ?? 0,
        "'<NUMBER OF ZONES>' is \(zones); expected 0 to the number of nodes (\(nodes))")
    }
    guard (1...nodes + 1).contains(firstThroughNode) else {
      throw TNTPError(
        file: net.path, line: net.metadata["FIRST THRU NODE"]?.line ?? 0,
        "'<FIRST THRU NODE>' is \(firstThroughNode); expected 1 to \(nodes + 1)")
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
    try checkCostsStayFinite(lines: net.body.map(\.line), file: net.path)
  }

  /// Refuses a link whose time would overflow at the network's whole demand.
  ///
  /// The whole demand is the most flow any link can carry; within it, every time, derivative
  /// and Beckmann integral the solver forms is finite.
  private func checkCostsStayFinite(lines: [Int], file: String) throws(TNTPError) {
    let demand = totalDemand
    guard demand.isFinite, demand <= FieldRanges.totalDemand else {
      throw TNTPError(
        file: file, line: 0,
        "the trips add up to \(demand); at most 10^15 can be assigned")
    }
    for (l, link) in links.enumerated() where link.b > 0 {
      let delay = VolumeDelay.bpr(
        freeFlowTime: link.freeFlowTime, b: link.b, power: link.power, capacity: link.capacity)
      guard delay.time(demand).isFinite, delay.integral(demand).isFinite,
        delay.derivative(demand).isFinite
      else {
        throw TNTPError(
          file: file, line: l < lines.count ? lines[l] : 0,
          "at the network's total demand (\(demand)) this link's time overflows: free-flow time "
            + "\(link.freeFlowTime), b \(link.b), capacity \(link.capacity), power \(link.power); "
            + "check the capacity's units and the power")
      }
    }
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
    func number(_ i: Int, _ name: String, _ range: ClosedRange<Double>) throws(TNTPError)
      -> Double
    {
      guard i < fields.count else { return 0 }
      guard let value = Double(fields[i]), value.isFinite, range.contains(value) else {
        throw .field(
          file, line, name, fields[i],
          expected:
            "a number from \(LimitText.text(range.lowerBound)) to \(LimitText.text(range.upperBound))"
        )
      }
      return value
    }
    let link = Link(
      from: try node(0, "init_node"), to: try node(1, "term_node"),
      capacity: try number(2, "capacity", FieldRanges.capacity),
      length: try number(3, "length", FieldRanges.length),
      freeFlowTime: try number(4, "free_flow_time", FieldRanges.freeFlowTime),
      b: try number(5, "b", FieldRanges.b), power: try number(6, "power", FieldRanges.power),
      toll: try number(8, "toll", FieldRanges.toll))
    if link.b > 0 && link.capacity < FieldRanges.smallestCapacity {
      throw TNTPError(
        file: file, line: line,
        "capacity is \(link.capacity == 0 ? "0" : "\(link.capacity)") while b is \(link.b); a congestible link needs a capacity "
          + "of at least \(FieldRanges.smallestCapacity)")
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
        guard volume.isFinite, FieldRanges.demand.contains(volume) else {
          throw TNTPError(
            file: path, line: line,
            "demand \(volume) to \(destination) must be a number from 0 to 10^12"
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

extension TNTPNetwork {
  /// The ranges the reader accepts for a link's fields and a demand entry.
  ///
  /// They are far beyond the published networks (capacities below 10⁶, powers of 4, free-flow
  /// times in minutes); within them every cost and Beckmann term the solver forms is finite.
  public enum FieldRanges {
    /// A link's capacity.
    public static let capacity: ClosedRange<Double> = 0...1e12
    /// The smallest capacity of a link whose time grows with flow (b > 0).
    public static let smallestCapacity = 1e-3
    /// A link's length.
    public static let length: ClosedRange<Double> = 0...1e9
    /// A link's free-flow time.
    public static let freeFlowTime: ClosedRange<Double> = 0...1e6
    /// The BPR factor b.
    public static let b: ClosedRange<Double> = 0...1e3
    /// The BPR power.
    public static let power: ClosedRange<Double> = 0...100
    /// A link's toll.
    public static let toll: ClosedRange<Double> = 0...1e9
    /// The demand of one OD pair.
    public static let demand: ClosedRange<Double> = 0...1e12
    /// The demand of the whole network.
    public static let totalDemand = 1e15
  }
}
