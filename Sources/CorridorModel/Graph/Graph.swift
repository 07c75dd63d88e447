/// The link structure of a scenario in compressed sparse row form, for path algorithms.
///
/// Nodes and links are numbered by their position in ``Scenario/nodes`` and
/// ``Scenario/links``. Links whose ends are not nodes of the scenario are left out.
public struct Graph: Sendable {
  /// The node identifiers, by index.
  public let nodeIDs: [NodeID]
  /// The index of each node identifier.
  public let nodeIndex: [NodeID: Int]
  /// The start node index of each link.
  public let linkFrom: [Int]
  /// The end node index of each link.
  public let linkTo: [Int]
  /// For node `i`, its outgoing links are `outLinks[outStart[i] ..< outStart[i + 1]]`.
  public let outStart: [Int]
  /// Link indices grouped by start node.
  public let outLinks: [Int]

  /// Builds the graph of a scenario's nodes and links.
  public init(_ scenario: Scenario) {
    self.init(nodes: scenario.nodes.map(\.id), links: scenario.links.map { ($0.from, $0.to) })
  }

  /// Builds a graph from node identifiers and link end points.
  ///
  /// A link with an unknown end is kept in the numbering but not connected (`-1` ends).
  public init(nodes: [NodeID], links: [(from: NodeID, to: NodeID)]) {
    var index: [NodeID: Int] = [:]
    index.reserveCapacity(nodes.count)
    for (i, id) in nodes.enumerated() where index[id] == nil { index[id] = i }
    self.init(
      nodeIDs: nodes, index: index, from: links.map { index[$0.from] ?? -1 },
      to: links.map { index[$0.to] ?? -1 })
  }

  /// Builds a graph of numbered nodes `0 ..< nodeCount` from link end points.
  ///
  /// - Precondition: every end is in `0 ..< nodeCount`.
  public init(nodeCount: Int, links: [(from: Int, to: Int)]) {
    self.init(
      nodeIDs: (0..<nodeCount).map { NodeID("\($0)") }, index: [:], from: links.map(\.from),
      to: links.map(\.to))
  }

  private init(nodeIDs nodes: [NodeID], index: [NodeID: Int], from: [Int], to: [Int]) {
    nodeIDs = nodes
    nodeIndex = index
    linkFrom = from
    linkTo = to
    var counts = [Int](repeating: 0, count: nodes.count + 1)
    for (f, t) in zip(linkFrom, linkTo) where f >= 0 && t >= 0 { counts[f + 1] += 1 }
    for i in 0..<nodes.count { counts[i + 1] += counts[i] }
    var fill = counts
    var grouped = [Int](repeating: 0, count: counts[nodes.count])
    for (l, (f, t)) in zip(linkFrom, linkTo).enumerated() where f >= 0 && t >= 0 {
      grouped[fill[f]] = l
      fill[f] += 1
    }
    outStart = counts
    outLinks = grouped
  }

  /// The number of nodes.
  public var nodeCount: Int { nodeIDs.count }

  /// The links leaving node `node`.
  public func links(from node: Int) -> ArraySlice<Int> {
    outLinks[outStart[node]..<outStart[node + 1]]
  }

  /// Which nodes can be reached from `source` along directed links (breadth-first, O(V + E)).
  public func reachable(from source: Int) -> [Bool] {
    var seen = [Bool](repeating: false, count: nodeCount)
    guard source >= 0 && source < nodeCount else { return seen }
    var queue = [source]
    seen[source] = true
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for link in links(from: node) {
        let next = linkTo[link]
        if !seen[next] {
          seen[next] = true
          queue.append(next)
        }
      }
    }
    return seen
  }
}
