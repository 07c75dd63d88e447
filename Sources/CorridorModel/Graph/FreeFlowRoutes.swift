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
  /// The index of each node identifier in the scenario's nodes.
  private let nodeIndex: [NodeID: Int]
  /// The arrival vertices of each node: the starts of its links to its sink vertex.
  private let arrivals: [[Int]]

  /// Computes the free-flow times of a scenario.
  public init(_ scenario: Scenario) {
    self.scenario = scenario
    let modal = ModalNetwork(scenario)
    self.modal = modal
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    nodeIndex = index
    var arrivals = [[Int]](repeating: [], count: scenario.nodes.count)
    for (s, step) in modal.steps.enumerated() {
      if case .end(let n) = step { arrivals[n].append(modal.graph.linkFrom[s]) }
    }
    self.arrivals = arrivals
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
        switch scenario.nodes[n].modeChangeStop(from: m1, to: m2) {
        case .gaugeChange(let gauge): return gauge.transshipmentHours.mean
        case .terminal(let hub): return hub.dwellHours.mean
        case nil: return 0
        }
      case .start(let n), .end(let n):
        return scenario.nodes[n].hub?.dwellHours.mean ?? 0
      }
    }
  }

  /// The work of one route search over the modal network, in vertices and links: a bound on
  /// what each leg of ``route(through:)`` costs.
  public var searchSize: Int { modal.graph.nodeCount + modal.graph.linkFrom.count }

  /// The checkpoint process that a link of `mode` from node `from` passes on entering `node`.
  public static func process(at node: Node, by mode: Mode, from: Node) -> CheckpointProcess? {
    guard let checkpoint = node.checkpoint, mode != .transfer else { return nil }
    return checkpoint.process(for: mode.family, fromCountry: from.country)
  }

  /// The fastest route through waypoints, or the first leg that has none.
  public enum WaypointRoute: Sendable {
    /// The route's scenario links in order and its free-flow hours.
    case route(links: [Int], hours: Double)
    /// No route from `waypoints[leg - 1]` to `waypoints[leg]` through the waypoints before
    /// it (`leg` 0 when a waypoint is not a node of the scenario, or there are fewer than two).
    case unreachable(leg: Int)
  }

  /// The fastest route that starts at the first waypoint, passes the others in order and ends
  /// at the last: its scenario links in order and its hours; `nil` when a leg has no route.
  public func fastestPath(through waypoints: [NodeID]) -> (links: [Int], hours: Double)? {
    guard case .route(let links, let hours) = route(through: waypoints) else { return nil }
    return (links, hours)
  }

  /// The fastest route through `waypoints` in order, in one search per leg.
  public func route(through waypoints: [NodeID]) -> WaypointRoute {
    let nodes = waypoints.compactMap { nodeIndex[$0] }
    guard nodes.count == waypoints.count, nodes.count >= 2 else { return .unreachable(leg: 0) }
    let graph = modal.graph
    var frontier: [(node: Int, distance: Double)] = [(modal.source[nodes[0]], 0)]
    var trees: [ShortestPathTree] = []
    for (i, n) in nodes.enumerated().dropFirst() {
      let targets = i == nodes.count - 1 ? [modal.sink[n]] : arrivals[n]
      let tree = graph.shortestPaths(from: frontier, stoppingAfter: Set(targets)) { stepHours[$0] }
      frontier = targets.map { ($0, tree.distance[$0]) }.filter { $0.distance.isFinite }
      guard !frontier.isEmpty else { return .unreachable(leg: i) }
      trees.append(tree)
    }
    guard let end = frontier.min(by: { $0.distance < $1.distance }) else {
      return .unreachable(leg: nodes.count - 1)
    }
    // Walk back through the legs, each leg's path starting where the previous one ended.
    var steps: [Int] = []
    var vertex = end.node
    for (k, tree) in trees.enumerated().reversed() {
      guard let leg = tree.path(to: vertex, in: graph) else { return .unreachable(leg: k + 1) }
      steps = leg + steps
      if let first = leg.first { vertex = graph.linkFrom[first] }
    }
    let links = steps.compactMap { step -> Int? in
      if case .link(let l) = modal.steps[step] { return l }
      return nil
    }
    return .route(links: links, hours: end.distance)
  }

  /// Loads annual OD volumes onto their fastest routes; returns the load of each modal link.
  public func allOrNothing(_ demand: [Demand]) -> [Double] {
    let volumes = demand.compactMap { d -> ODVolume? in
      guard let o = nodeIndex[d.origin], let t = nodeIndex[d.destination] else { return nil }
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
