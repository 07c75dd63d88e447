import CorridorModel

/// A scenario's hub-placement problem, as a hub-location instance.
///
/// Its nodes are the scenario's demand end points and its candidate hubs (nodes whose `hub:`
/// block says `candidate: true`), plus any existing hubs the planner keeps open. Priced by
/// generalized costs computed elsewhere (``init(scenario:keepOpen:costs:valueOfTimeUSDPerTEUHour:keepsFlow:)``),
/// or by km: flows are the
/// annual TEU of the demand between the end points; distances are the shortest network
/// distances in km (the shorter of the two directions, so the matrix is symmetric). Unit costs
/// per TEU-km come from the scenario's links: collection and distribution at the km-weighted
/// mean road cost, transfer between hubs at the km-weighted mean rail cost, the discount of
/// consolidated flows. The objective is then US$ a year, with the candidates' annual fixed
/// costs and capacities in TEU a year.
public struct ScenarioHubs: Sendable {
  /// The hub instance.
  public let instance: HubInstance
  /// The scenario node of each instance node.
  public let nodes: [NodeID]
  /// The instance nodes that may become hubs: the candidates and the hubs kept open.
  public let candidates: Set<Int>
  /// The instance nodes of the hubs kept open.
  public let fixedOpen: Set<Int>
  /// Collection and distribution cost, US$ per TEU-km (km pricing).
  public let roadUSDPerTEUKm: Double
  /// Transfer cost between hubs, US$ per TEU-km (km pricing).
  public let railUSDPerTEUKm: Double
  /// The value of time that prices hours, US$ per TEU-hour, when the instance holds
  /// generalized costs; `nil` for km pricing.
  public let valueOfTimeUSDPerTEUHour: Double?

  /// The nodes of a scenario's hub instance, in node order: the demand's end points, the
  /// candidate hubs and the hubs kept open.
  public static func instanceNodes(of scenario: Scenario, keepOpen: [NodeID]) -> [NodeID] {
    var wanted = Set(scenario.nodes.filter { $0.hub?.isCandidate == true }.map(\.id))
      .union(keepOpen)
    for demand in scenario.demand where demand.teuPerYear > 0 {
      wanted.insert(demand.origin)
      wanted.insert(demand.destination)
    }
    return scenario.nodes.map(\.id).filter { wanted.contains($0) }
  }

  /// Builds the instance of `scenario` from generalized costs per TEU (US$).
  ///
  /// `costs` is row-major over the nodes ``instanceNodes(of:keepOpen:)`` gives, node to hub
  /// for collection, hub to hub for transfer and hub to node for distribution, with χ = α =
  /// δ = 1; `keepsFlow`, in the same order, keeps the demand that goes through hubs. The
  /// objective is then US$ a year, with the candidates' annual fixed costs.
  /// - Throws: ``HubModelError`` as the km-priced initializer does, or when `costs` does not
  ///   fit the nodes.
  public init(
    scenario: Scenario, keepOpen: [NodeID] = [], costs: [Double],
    valueOfTimeUSDPerTEUHour: Double, keepsFlow: [Bool]? = nil
  ) throws(HubModelError) {
    let candidateIDs = scenario.nodes.filter { $0.hub?.isCandidate == true }.map(\.id)
    try Self.validate(scenario: scenario, keepOpen: keepOpen, candidateIDs: candidateIDs)
    let ids = Self.instanceNodes(of: scenario, keepOpen: keepOpen)
    let n = ids.count
    guard costs.count == n * n else {
      throw HubModelError("the hub cost matrix has \(costs.count) entries for \(n) nodes")
    }
    let position = Self.positions(of: ids)
    let flows = Self.flows(of: scenario, ids: ids, keepsFlow: keepsFlow)
    guard flows.contains(where: { $0 > 0 }) else {
      throw HubModelError(
        "no demand of scenario \(scenario.id) would go more cheaply through its candidate hubs "
          + "than by its own best route; lower the hubs' costs or the consolidated services' "
          + "tariff factor, or add candidates")
    }
    let (fixedCosts, capacities) = Self.hubFigures(of: scenario, ids: ids)
    instance = try HubInstance(
      nodeCount: n, flows: flows, distances: costs, chi: 1, alpha: 1, delta: 1,
      fixedCosts: fixedCosts, capacities: capacities, names: ids.map(\.rawValue))
    nodes = ids
    candidates = Set(Set(candidateIDs).union(keepOpen).compactMap { position[$0] })
    fixedOpen = Set(keepOpen.compactMap { position[$0] })
    roadUSDPerTEUKm = .nan
    railUSDPerTEUKm = .nan
    self.valueOfTimeUSDPerTEUHour = valueOfTimeUSDPerTEUHour
  }

  /// Builds the instance of `scenario`, keeping the hubs `keepOpen` open.
  /// - Throws: ``HubModelError`` when the scenario has no candidates or no demand, a hub to
  ///   keep open is not a hub, or a candidate cannot be reached.
  public init(scenario: Scenario, keepOpen: [NodeID] = []) throws(HubModelError) {
    let candidateIDs = scenario.nodes.filter { $0.hub?.isCandidate == true }.map(\.id)
    try Self.validate(scenario: scenario, keepOpen: keepOpen, candidateIDs: candidateIDs)
    let ids = Self.instanceNodes(of: scenario, keepOpen: keepOpen)
    let position = Self.positions(of: ids)
    let n = ids.count
    let flows = Self.flows(of: scenario, ids: ids, keepsFlow: nil)
    let hubNodes = Set(candidateIDs).union(keepOpen).compactMap { position[$0] }
    let distances = try Self.distances(scenario: scenario, ids: ids, hubNodes: hubNodes)
    let road = Self.meanCostPerKm(scenario.links.filter { $0.mode == .road })
    let rail = Self.meanCostPerKm(scenario.links.filter { $0.mode.isRail })
    guard let road, road > 0 else {
      throw HubModelError(
        "scenario \(scenario.id) has no road links with a tariff to price collection and distribution"
      )
    }
    let transfer = rail ?? road
    let (fixedCosts, capacities) = Self.hubFigures(of: scenario, ids: ids)
    instance = try HubInstance(
      nodeCount: n, flows: flows, distances: distances, chi: road, alpha: transfer, delta: road,
      fixedCosts: fixedCosts, capacities: capacities, names: ids.map(\.rawValue))
    nodes = ids
    candidates = Set(hubNodes)
    fixedOpen = Set(keepOpen.compactMap { position[$0] })
    roadUSDPerTEUKm = road
    railUSDPerTEUKm = transfer
    valueOfTimeUSDPerTEUHour = nil
  }

  /// The position of each node in `ids`.
  private static func positions(of ids: [NodeID]) -> [NodeID: Int] {
    Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The annual TEU between the nodes `ids`, row-major; a pair `keepsFlow` (in the same
  /// order) says no to has none.
  private static func flows(of scenario: Scenario, ids: [NodeID], keepsFlow: [Bool]?) -> [Double] {
    let position = positions(of: ids)
    let n = ids.count
    var flows = [Double](repeating: 0, count: n * n)
    for demand in scenario.demand {
      guard let i = position[demand.origin], let j = position[demand.destination],
        keepsFlow?[i * n + j] ?? true
      else { continue }
      flows[i * n + j] += demand.teuPerYear
    }
    return flows
  }

  /// Each node's annual fixed cost as a hub (0 where none is given) and its capacity (the
  /// total demand where none is given).
  private static func hubFigures(of scenario: Scenario, ids: [NodeID])
    -> (fixedCosts: [Double], capacities: [Double])
  {
    var fixedCosts = [Double](repeating: 0, count: ids.count)
    var capacities = [Double](repeating: scenario.totalTEUPerYear, count: ids.count)
    for (i, id) in ids.enumerated() {
      guard let hub = scenario.node(id)?.hub else { continue }
      fixedCosts[i] = hub.fixedCostUSDPerYear ?? 0
      if let capacity = hub.capacityTEUPerYear { capacities[i] = capacity }
    }
    return (fixedCosts, capacities)
  }

  /// Checks that the hubs `keepOpen` are hub nodes of `scenario`, and that it has candidate
  /// hubs (`candidateIDs`, or hubs to keep open) and demand.
  private static func validate(scenario: Scenario, keepOpen: [NodeID], candidateIDs: [NodeID])
    throws(HubModelError)
  {
    for id in keepOpen {
      guard let node = scenario.node(id) else {
        throw HubModelError("'\(id)' is not a node of scenario \(scenario.id)")
      }
      guard node.hub != nil else {
        throw HubModelError(
          "'\(id)' has no hub block, so it cannot be kept open as a hub; name a hub node")
      }
    }
    guard !candidateIDs.isEmpty || !keepOpen.isEmpty else {
      throw HubModelError(
        "scenario \(scenario.id) has no candidate hubs; mark sites with 'candidate: true' and "
          + "'fixed_cost_usd_per_year' in their hub block")
    }
    guard scenario.totalTEUPerYear > 0 else {
      throw HubModelError("scenario \(scenario.id) has no demand to route through hubs")
    }
  }

  /// The symmetric distance matrix of the nodes `ids`: the shorter of the two directions'
  /// shortest network distances in km, 0 between two end points that no path joins.
  ///
  /// - Throws: ``HubModelError`` when a hub (`hubNodes`, by position) cannot be reached from
  ///   a node in either direction.
  private static func distances(scenario: Scenario, ids: [NodeID], hubNodes: [Int])
    throws(HubModelError) -> [Double]
  {
    let n = ids.count
    let graph = Graph(scenario)
    var directed = [Double](repeating: .infinity, count: n * n)
    for (i, id) in ids.enumerated() {
      guard let source = graph.nodeIndex[id] else { continue }
      let tree = graph.shortestPaths(from: source) { scenario.links[$0].distanceKm }
      for (j, other) in ids.enumerated() {
        if let target = graph.nodeIndex[other] { directed[i * n + j] = tree.distance[target] }
      }
    }
    var distances = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n {
        let d = min(directed[i * n + j], directed[j * n + i])
        if !d.isFinite {
          if hubNodes.contains(j) || hubNodes.contains(i) {
            let (a, b) = hubNodes.contains(j) ? (ids[i], ids[j]) : (ids[j], ids[i])
            throw HubModelError(
              "hub '\(b)' cannot be reached from '\(a)' in either direction; connect it to the network"
            )
          }
          distances[i * n + j] = 0  // two end points with no demand between them and no hub
        } else {
          distances[i * n + j] = d
        }
      }
    }
    return distances
  }

  /// The km-weighted mean cost per TEU-km of `links` (tariffs per TEU and per TEU-km).
  private static func meanCostPerKm(_ links: [Link]) -> Double? {
    let km = links.reduce(0) { $0 + $1.distanceKm }
    guard km > 0 else { return nil }
    return links.reduce(0) { $0 + $1.costUSDPerTEU } / km
  }
}
