/// Free-flow travel times over a scenario's modal network, and the fastest routes they give.
///
/// A link takes its mean running time, plus the mean wait for a sailing on ferry links, plus
/// the mean service time of the checkpoint process it enters (by its mode and the country it
/// comes from). A change of mode takes the gauge-change transshipment time between rail
/// gauges, or the hub's dwell time; starting or ending at a hub takes its dwell time. There is
/// no queueing here; congestion is the assignment's work.
public struct FreeFlowRoutes: Sendable {
  /// The modal network.
  public let modal: ModalNetwork
  /// The free-flow hours of each modal link.
  public let stepHours: [Double]
  private let scenario: Scenario

  /// Computes the free-flow times of a scenario.
  public init(_ scenario: Scenario) {
    self.scenario = scenario
    let modal = ModalNetwork(scenario)
    self.modal = modal
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    stepHours = modal.steps.map { step in
      switch step {
      case .link(let l):
        let link = scenario.links[l]
        var hours = link.runningHours.mean + (link.ferry?.meanHeadwayWaitHours ?? 0)
        if let u = index[link.from], let v = index[link.to],
          let process = Self.process(at: scenario.nodes[v], by: link.mode, from: scenario.nodes[u])
        {
          hours += process.meanServiceHours
        }
        return max(0, hours)
      case .modeChange(let n, let m1, let m2):
        let node = scenario.nodes[n]
        if m1 == m2 || m1 == .transfer || m2 == .transfer { return 0 }
        if m1.isRail && m2.isRail { return node.gaugeChange?.transshipmentHours.mean ?? 0 }
        return node.hub?.dwellHours.mean ?? 0
      case .start(let n), .end(let n):
        return scenario.nodes[n].hub?.dwellHours.mean ?? 0
      }
    }
  }

  /// The checkpoint process that a link of `mode` from node `from` passes on entering `node`.
  public static func process(at node: Node, by mode: Mode, from: Node) -> CheckpointProcess? {
    guard let checkpoint = node.checkpoint, mode != .transfer else { return nil }
    return checkpoint.process(for: mode.family, fromCountry: from.country)
  }

  /// The fastest route that starts at the first waypoint, passes the others in order and ends
  /// at the last: its scenario links in order and its hours; `nil` when a leg has no route.
  public func fastestPath(through waypoints: [NodeID]) -> (links: [Int], hours: Double)? {
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let nodes = waypoints.compactMap { index[$0] }
    guard nodes.count == waypoints.count, nodes.count >= 2 else { return nil }
    let graph = modal.graph
    var frontier: [(node: Int, distance: Double)] = [(modal.source[nodes[0]], 0)]
    var trees: [ShortestPathTree] = []
    var targetsOfLeg: [[Int]] = []
    for (i, n) in nodes.enumerated().dropFirst() {
      let last = i == nodes.count - 1
      // Arrival vertices of the waypoint: the starts of its links to its sink.
      let arrivals = graph.linkFrom.indices.filter {
        modal.steps[$0] == .end(node: n)
      }.map { graph.linkFrom[$0] }
      let targets = last ? [modal.sink[n]] : arrivals
      let tree = graph.shortestPaths(from: frontier, stoppingAfter: Set(targets)) { stepHours[$0] }
      frontier = targets.map { ($0, tree.distance[$0]) }.filter { $0.distance.isFinite }
      guard !frontier.isEmpty else { return nil }
      trees.append(tree)
      targetsOfLeg.append(targets)
    }
    guard let end = frontier.min(by: { $0.distance < $1.distance }) else { return nil }
    // Walk back through the legs, each leg's path starting where the previous one ended.
    var steps: [Int] = []
    var vertex = end.node
    for tree in trees.reversed() {
      guard let leg = tree.path(to: vertex, in: graph) else { return nil }
      steps = leg + steps
      if let first = leg.first { vertex = graph.linkFrom[first] }
    }
    let links = steps.compactMap { step -> Int? in
      if case .link(let l) = modal.steps[step] { return l }
      return nil
    }
    return (links, end.distance)
  }

  /// Loads annual OD volumes onto their fastest routes; returns the load of each modal link.
  public func allOrNothing(_ demand: [Demand]) -> [Double] {
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let volumes = demand.compactMap { d -> ODVolume? in
      guard let o = index[d.origin], let t = index[d.destination] else { return nil }
      return ODVolume(origin: modal.source[o], destination: modal.sink[t], volume: d.teuPerYear)
    }
    return modal.graph.allOrNothing(volumes, weights: stepHours)
  }

  /// Whether demand from `origin` can reach `destination` at all.
  public func connects(_ origin: Int, _ destination: Int, reachable: inout [Int: [Bool]]) -> Bool {
    let start = modal.source[origin]
    if reachable[start] == nil { reachable[start] = modal.graph.reachable(from: start) }
    return reachable[start]?[modal.sink[destination]] ?? false
  }
}
