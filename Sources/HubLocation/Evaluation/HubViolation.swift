/// A rule of the problem that a solution breaks.
///
/// Nodes are 0-based; the descriptions say 1-based numbers, as users count.
public enum HubViolation: Sendable, Hashable, CustomStringConvertible {
  /// A node receives other nodes but is itself allocated to another node.
  case hubNotSelfAllocated(hub: Int, allocatedTo: Int)
  /// The number of hubs differs from the `p` of the problem.
  case hubCount(expected: Int, found: Int)
  /// A hub is not among the candidate nodes.
  case notCandidate(hub: Int)
  /// A node forced open is not a hub.
  case forcedHubClosed(node: Int)
  /// A hub collects more than its capacity.
  case overCapacity(hub: Int, load: Double, capacity: Double)

  /// What is wrong, with 1-based node numbers.
  public var description: String {
    switch self {
    case .hubNotSelfAllocated(let hub, let target):
      "node \(hub + 1) serves as a hub but is allocated to node \(target + 1); a hub must be allocated to itself"
    case .hubCount(let expected, let found):
      "the solution has \(found) hubs; the problem asks for exactly \(expected)"
    case .notCandidate(let hub):
      "node \(hub + 1) is a hub but not a candidate"
    case .forcedHubClosed(let node):
      "node \(node + 1) must be a hub but is not"
    case .overCapacity(let hub, let load, let capacity):
      "hub \(hub + 1) collects \(load), more than its capacity \(capacity)"
    }
  }
}
