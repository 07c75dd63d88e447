/// Free-flow travel times over a scenario's links, and the fastest paths they give.
///
/// The time of a link is its mean running time, plus the mean wait for a ferry sailing on
/// ferry links, plus the mean service time at the node it enters: the checkpoint process for
/// the link's mode and direction, gauge-change transshipment, and hub dwell. There is no
/// queueing here; congestion is the assignment's work.
public struct FreeFlowRoutes: Sendable {
  /// The graph of the scenario.
  public let graph: Graph
  /// The free-flow time of each link (hours).
  public let linkHours: [Double]

  /// Computes the free-flow link times of a scenario.
  public init(_ scenario: Scenario) {
    let graph = Graph(scenario)
    self.graph = graph
    linkHours = scenario.links.indices.map { l in
      let link = scenario.links[l]
      var hours = link.runningHours.mean
      if let ferry = link.ferry { hours += ferry.meanHeadwayWaitHours }
      let to = graph.linkTo[l]
      guard to >= 0 else { return hours }
      let node = scenario.nodes[to]
      if let process = Self.process(at: node, entering: l, scenario: scenario, graph: graph) {
        hours += process.meanServiceHours
      }
      if let gauge = node.gaugeChange { hours += gauge.transshipmentHours.mean }
      if let hub = node.hub { hours += hub.dwellHours.mean }
      return max(0, hours)
    }
  }

  /// The checkpoint process that traffic on link `l` passes at the node it enters, if any.
  public static func process(
    at node: Node, entering l: Int, scenario: Scenario, graph: Graph
  ) -> CheckpointProcess? {
    guard let checkpoint = node.checkpoint else { return nil }
    let from = graph.linkFrom[l]
    let country = from >= 0 ? scenario.nodes[from].country : nil
    return checkpoint.process(for: scenario.links[l].mode.family, fromCountry: country)
  }

  /// The fastest path through the given nodes in order, as link indices; `nil` if a leg has none.
  public func fastestPath(through waypoints: [NodeID]) -> [Int]? {
    var links: [Int] = []
    for (a, b) in zip(waypoints, waypoints.dropFirst()) {
      guard let from = graph.nodeIndex[a], let to = graph.nodeIndex[b],
        let leg = graph.shortestPaths(from: from, weight: { linkHours[$0] }).path(to: to, in: graph)
      else { return nil }
      links += leg
    }
    return links
  }
}
