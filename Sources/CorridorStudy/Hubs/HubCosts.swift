import CorridorAssignment
import CorridorModel
import HubLocation

/// The generalized costs per TEU of a scenario's hub instance, priced as the equilibrium
/// prices routes at free flow: money plus the value of time × hours, over the expanded
/// network of ``CorridorNetwork`` with every candidate hub open and consolidating.
///
/// Collection from a node to a hub is the cheapest route from where the node's demand starts
/// to where freight boards the hub's services, the hub's terminal included; transfer between
/// two hubs is their consolidated service (its run, half the time between departures, its
/// tariff, and its capacity queue empty); distribution is the cheapest route from where
/// freight leaves a service at a hub, through its terminal, to the node. Collection and
/// distribution take no consolidated service. Hours are priced at the demand-weighted mean
/// value of time of the commodities. A pair with no route is priced out at ten times the
/// dearest priced pair. A hub that is also a demand end is priced as a hub: its demand
/// boards at the hub without collection.
struct HubCosts {
  /// The costs, row-major over ``ScenarioHubs/instanceNodes(of:keepOpen:)``.
  let matrix: [Double]
  /// The value of time used (US$ per TEU-hour).
  let valueOfTime: Double
  /// Row-major like ``matrix``: whether the flow from one node to another would go more
  /// cheaply through some hubs, every candidate open, than by its best route without a
  /// consolidated service.
  let goesThroughHubs: [Bool]

  init(scenario: Scenario, keepOpen: [NodeID]) throws(HubModelError) {
    let network: CorridorNetwork
    do {
      network = try CorridorNetwork(Self.opening(scenario, keepOpen: keepOpen))
    } catch {
      throw HubModelError("the scenario's network with every candidate hub open: \(error)")
    }
    let vot = Self.meanValueOfTime(scenario)
    valueOfTime = vot
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let nodes = ScenarioHubs.instanceNodes(of: scenario, keepOpen: keepOpen).compactMap {
      index[$0]
    }
    let pricing = Pricing(network: network, valueOfTime: vot)
    let hubs = Set(nodes.filter { network.serviceBoarding[$0] != nil })
    let n = nodes.count
    var matrix = [Double](repeating: .infinity, count: n * n)
    var direct = [Double](repeating: .infinity, count: n * n)
    for (a, i) in nodes.enumerated() {
      matrix[a * n + a] = 0
      // Collection from i to every hub, and i's routes without a consolidated service.
      let fromZone = pricing.tree(from: network.zoneVertex[i])
      for (b, j) in nodes.enumerated() {
        direct[a * n + b] = fromZone.distance[network.zoneVertex[j]]
        if b != a, let board = network.serviceBoarding[j], !hubs.contains(i) {
          matrix[a * n + b] = fromZone.distance[board]
        }
      }
      guard let alight = network.serviceAlighting[i] else { continue }
      // Distribution from hub i to every node, and transfer to every other hub.
      let fromHub = pricing.tree(from: alight)
      for (b, j) in nodes.enumerated() where b != a {
        matrix[a * n + b] =
          hubs.contains(j)
          ? pricing.service[i]?[j] ?? .infinity : fromHub.distance[network.zoneVertex[j]]
      }
    }
    let isHub = nodes.map { hubs.contains($0) }
    goesThroughHubs = Self.cheaperThroughHubs(matrix, direct: direct, isHub: isHub)
    // Pairs of two nodes that are not hubs are never priced by a hub model.
    for a in 0..<n where !isHub[a] {
      for b in 0..<n where !isHub[b] { matrix[a * n + b] = 0 }
    }
    let dearest = matrix.filter(\.isFinite).max() ?? 1
    self.matrix = matrix.map { $0.isFinite ? $0 : 10 * max(dearest, 1) }
  }

  /// The scenario with every candidate hub, and every hub kept open, open and consolidating.
  private static func opening(_ scenario: Scenario, keepOpen: [NodeID]) -> Scenario {
    var open = scenario
    let kept = Set(keepOpen)
    for n in open.nodes.indices where open.nodes[n].hub != nil {
      if open.nodes[n].hub?.isCandidate == true || kept.contains(open.nodes[n].id) {
        open.nodes[n].hub?.isCandidate = false
        open.nodes[n].hub?.consolidates = true
      }
    }
    return open
  }

  /// The value of time of the commodities, weighted by their demand (US$ per TEU-hour).
  private static func meanValueOfTime(_ scenario: Scenario) -> Double {
    let teu = scenario.demand.reduce(0) { $0 + $1.teuPerYear }
    guard teu > 0 else { return 0 }
    return scenario.demand.reduce(0) {
      $0 + $1.teuPerYear * (scenario.commodity($1.commodity)?.valueOfTimeUSDPerTEUHour ?? 0)
    } / teu
  }

  /// Whether each pair of nodes that are not hubs goes more cheaply through one hub, or a
  /// service between two, than by `direct`.
  private static func cheaperThroughHubs(_ matrix: [Double], direct: [Double], isHub: [Bool])
    -> [Bool]
  {
    let n = isHub.count
    let hubs = (0..<n).filter { isHub[$0] }
    var through = [Bool](repeating: false, count: n * n)
    for a in 0..<n where !isHub[a] {
      for b in 0..<n where b != a && !isHub[b] {
        var best = Double.infinity
        for k in hubs {
          for m in hubs {
            best = min(best, matrix[a * n + k] + matrix[k * n + m] + matrix[m * n + b])
          }
        }
        through[a * n + b] = best < direct[a * n + b]
      }
    }
    return through
  }
}

/// Free-flow generalized costs on a corridor network, consolidated services apart.
private struct Pricing {
  let network: CorridorNetwork
  let graph: Graph
  /// Cost per TEU of each expanded link; consolidated services cannot be taken.
  let weight: [Double]
  /// Cost per TEU of the service from one hub (node index) to another.
  let service: [Int: [Int: Double]]

  init(network: CorridorNetwork, valueOfTime vot: Double) {
    self.network = network
    let links = network.network
    var weight = [Double](repeating: 0, count: links.linkCount)
    var service: [Int: [Int: Double]] = [:]
    for e in 0..<links.linkCount {
      weight[e] = network.moneyUSD[e] + vot * links.delay[e].time(0)
      if case .service(let s, _) = network.elements[e] {
        let run = network.services[s]
        service[run.origin, default: [:]][run.destination, default: 0] += weight[e]
        weight[e] = .infinity
      }
    }
    self.weight = weight
    self.service = service
    graph = Graph(
      nodeCount: links.nodeCount,
      links: zip(links.linkFrom, links.linkTo).map { (Int($0), Int($1)) })
  }

  /// The cheapest routes from `source`, through no vertex where routes may not pass.
  func tree(from source: Int) -> ShortestPathTree {
    let links = network.network
    return graph.shortestPaths(from: source) { e in
      let tail = Int(links.linkFrom[e])
      return tail != source && !links.passable[tail] ? .infinity : weight[e]
    }
  }
}
