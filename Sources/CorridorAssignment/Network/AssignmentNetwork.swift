/// A directed network prepared for equilibrium assignment.
///
/// Nodes are numbered `0 ..< nodeCount`, links `0 ..< linkCount`. A node marked as not
/// passable may start or end a path but never lie inside one (TNTP zones below the first
/// through node, or corridor zones).
public struct AssignmentNetwork: Sendable {
  /// The number of nodes.
  public let nodeCount: Int
  /// The start node of each link.
  public let linkFrom: [Int32]
  /// The end node of each link.
  public let linkTo: [Int32]
  /// The travel time function of each link.
  public let delay: [VolumeDelay]
  /// Whether each node may lie inside a path.
  public let passable: [Bool]
  /// Outgoing links of node `i`: `outLinks[outStart[i] ..< outStart[i + 1]]`.
  let outStart: [Int32]
  let outLinks: [Int32]

  /// Creates a network.
  /// - Precondition: link ends lie in `0 ..< nodeCount` (checked by ``validated(...)``).
  init(nodeCount: Int, linkFrom: [Int32], linkTo: [Int32], delay: [VolumeDelay], passable: [Bool]) {
    self.nodeCount = nodeCount
    self.linkFrom = linkFrom
    self.linkTo = linkTo
    self.delay = delay
    self.passable = passable
    var counts = [Int32](repeating: 0, count: nodeCount + 1)
    for f in linkFrom { counts[Int(f) + 1] += 1 }
    for i in 0..<nodeCount { counts[i + 1] += counts[i] }
    var fill = counts
    var grouped = [Int32](repeating: 0, count: linkFrom.count)
    for (l, f) in linkFrom.enumerated() {
      grouped[Int(fill[Int(f)])] = Int32(l)
      fill[Int(f)] += 1
    }
    outStart = counts
    outLinks = grouped
  }

  /// Creates a network after checking that every link joins two existing nodes.
  ///
  /// - Throws: ``AssignmentError/invalidNetwork(_:)`` naming the first bad link.
  public static func validated(
    nodeCount: Int, links: [(from: Int, to: Int, delay: VolumeDelay)], passable: [Bool]? = nil
  ) throws(AssignmentError) -> AssignmentNetwork {
    guard nodeCount > 0 else { throw .invalidNetwork("the network has no nodes") }
    for (index, link) in links.enumerated() {
      guard (0..<nodeCount).contains(link.from), (0..<nodeCount).contains(link.to) else {
        throw .invalidNetwork(
          "link \(index + 1) joins node \(link.from + 1) to node \(link.to + 1), outside 1…\(nodeCount)"
        )
      }
    }
    return AssignmentNetwork(
      nodeCount: nodeCount, linkFrom: links.map { Int32($0.from) },
      linkTo: links.map { Int32($0.to) },
      delay: links.map(\.delay), passable: passable ?? Array(repeating: true, count: nodeCount))
  }

  /// The number of links.
  public var linkCount: Int { linkFrom.count }
}

/// An error in setting up or running an assignment.
public enum AssignmentError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The network is malformed.
  case invalidNetwork(String)
  /// Demand cannot be routed: the pairs without a path, as 1-based node numbers or names.
  case unreachableDemand([String])
  /// A parameter is out of range.
  case invalidParameter(String)

  public var description: String {
    switch self {
    case .invalidNetwork(let message): "invalid network: \(message)"
    case .unreachableDemand(let pairs):
      "demand between \(pairs.count) pairs has no path: "
        + pairs.prefix(20).joined(separator: ", ") + (pairs.count > 20 ? ", …" : "")
    case .invalidParameter(let message): "invalid parameter: \(message)"
    }
  }
}
