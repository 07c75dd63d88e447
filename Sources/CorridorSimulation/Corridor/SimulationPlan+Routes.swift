import CorridorModel

extension SimulationPlan {
  /// The plan of `assigned` routes over `scenario`: each route's legs, and the facilities
  /// they pass, numbered in the order the routes first reach them.
  init(scenario: Scenario, routes assigned: [AssignedRoute]) {
    self.init()
    var builder = PlanBuilder(scenario: scenario)
    var formations = FormationNumbering()
    for route in assigned where route.teuPerYear > 0 && !route.links.isEmpty {
      guard let o = builder.index[route.origin], let d = builder.index[route.destination],
        let k = builder.commodities[route.commodity]
      else { continue }
      // A consolidated service's run forms its trains from the units of the legs before it.
      var onService = Set<Int>()
      for leg in route.serviceLegs {
        onService.formUnion(leg.firstLink..<(leg.firstLink + leg.service.links.count))
      }
      let changes = Self.unitChanges(route.links, onService: onService, scenario: scenario)
      let byRail = route.links.indices.contains {
        !onService.contains($0) && scenario.links[route.links[$0]].mode.isRail
      }
      let (legs, km, co2) = builder.legs(
        of: route, from: o, to: d, forming: changes.forming, splitting: changes.splitting)
      let unit =
        byRail && !changes.startsByRoad
        ? scenario.settings.teuPerTrain : scenario.settings.teuPerTruck
      let corridors = scenario.corridors.indices.filter {
        route.corridors.contains(scenario.corridors[$0].name)
      }
      var simulated = SimulationRoute(
        commodity: k, origin: o, destination: d, legs: legs, teuPerYear: route.teuPerYear,
        teuPerConsignment: unit, km: km, moneyUSD: route.moneyUSD, co2KgPerTEU: co2,
        corridors: corridors)
      // The crossings are marked by the facilities numbered so far.
      checkpoints = builder.checkpoints
      gaugeChanges = builder.gaugeChanges
      markCrossings(&simulated, nodes: route.nodes, scenario: scenario)
      simulated.nextPost = Self.nextPosts(simulated.legs)
      formations.number(&simulated)
      routes.append(simulated)
    }
    trainFormations = formations.nodes
    checkpoints = builder.checkpoints
    gaugeChanges = builder.gaugeChanges
    services = builder.services
    terminals = builder.terminals
    ferries = builder.ferries.sorted()
  }
}

/// Turns assigned routes into legs, numbering the facilities they pass.
private struct PlanBuilder {
  let scenario: Scenario
  let index: [NodeID: Int]
  let commodities: [CommodityID: Int]
  var checkpoints: [SimulationPlan.CheckpointFacility] = []
  var gaugeChanges: [Int] = []
  var services: [ConsolidatedService] = []
  var terminals: [Int] = []
  var ferries = Set<Int>()
  private var terminalIndex: [Int: Int] = [:]
  private var checkpointIndex: [SimulationPlan.CheckpointFacility: Int] = [:]
  private var gaugeIndex: [Int: Int] = [:]
  private var serviceIndex: [ConsolidatedService: Int] = [:]

  init(scenario: Scenario) {
    self.scenario = scenario
    index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    commodities = Dictionary(
      scenario.commodities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }
    )
  }

  /// The legs of a route from node `o` to node `d`, its km and its CO2 per TEU.
  ///
  /// Each link is a run (or a ferry's wait and sailing), followed by the checkpoint process it
  /// enters; between two links, a gauge change or a hub's dwell where the mode changes. A
  /// consolidated service's run starts with the dwell at its hub (unless the route starts
  /// there) and the wait for a departure, and ends with the dwell at its other hub (unless the
  /// route ends there). The route's end hubs add their dwell. Before each link in `forming`,
  /// the route's trucks wait for a train (the leg names the node until the plan numbers the
  /// pools); where each link in `splitting` ends, before the change of mode there, its trains
  /// become trucks.
  mutating func legs(
    of route: AssignedRoute, from o: Int, to d: Int, forming: Set<Int>, splitting: Set<Int>
  ) -> (legs: [Leg], km: Double, co2: Double) {
    var legs: [Leg] = []
    if scenario.nodes[o].hub != nil { legs.append(.dwell(node: o)) }
    var co2 = 0.0
    var km = 0.0
    var starts: [Int: ConsolidatedService] = [:]
    var ends: [Int: ConsolidatedService] = [:]
    for leg in route.serviceLegs where !leg.service.links.isEmpty {
      starts[leg.firstLink] = leg.service
      ends[leg.firstLink + leg.service.links.count - 1] = leg.service
    }
    for (position, l) in route.links.enumerated() {
      let link = scenario.links[l]
      if let service = starts[position] {
        if position > 0 { legs.append(pass(service.origin)) }
        legs.append(.service(number(service)))
      }
      if forming.contains(position), let u = index[link.from] { legs.append(.formTrain(u)) }
      km += link.distanceKm
      co2 += link.co2KgPerTEUKm * link.distanceKm
      if link.ferry != nil {
        legs.append(.ferry(link: l))
        ferries.insert(l)
      } else {
        legs.append(.run(link: l))
      }
      guard let u = index[link.from], let v = index[link.to] else { continue }
      if let facility = checkpoint(at: v, by: link.mode, from: u) {
        legs.append(.checkpoint(facility))
      }
      guard position + 1 < route.links.count else { continue }
      if splitting.contains(position) { legs.append(.splitTrain) }
      if let service = ends[position] {
        legs.append(pass(service.destination))
      } else if starts[position + 1] == nil {
        let next = scenario.links[route.links[position + 1]].mode
        if let change = modeChange(at: v, from: link.mode, to: next) { legs.append(change) }
      }
    }
    if scenario.nodes[d].hub != nil { legs.append(.dwell(node: d)) }
    return (legs, km, co2)
  }

  /// The checkpoint facility a link of `mode` from node `u` enters at node `v`, if any.
  private mutating func checkpoint(at v: Int, by mode: Mode, from u: Int) -> Int? {
    let node = scenario.nodes[v]
    guard let process = FreeFlowRoutes.process(at: node, by: mode, from: scenario.nodes[u]),
      let p = node.checkpoint?.processes.firstIndex(of: process)
    else { return nil }
    let key = SimulationPlan.CheckpointFacility(node: v, process: p)
    if let facility = checkpointIndex[key] { return facility }
    checkpointIndex[key] = checkpoints.count
    checkpoints.append(key)
    return checkpoints.count - 1
  }

  /// The leg of a change from `this` mode to `next` at node `v`: a gauge change between rail
  /// gauges, a hub's dwell between other modes (transfer links change nothing).
  private mutating func modeChange(at v: Int, from this: Mode, to next: Mode) -> Leg? {
    switch scenario.nodes[v].modeChangeStop(from: this, to: next) {
    case .gaugeChange:
      if let facility = gaugeIndex[v] { return .gaugeChange(facility) }
      gaugeIndex[v] = gaugeChanges.count
      gaugeChanges.append(v)
      return .gaugeChange(gaugeChanges.count - 1)
    case .terminal: return pass(v)
    case nil: return nil
    }
  }

  /// The leg of passing hub `n` on the way: its terminal's queue and dwell when it has a
  /// handling capacity, its dwell alone otherwise. (Where a route starts or ends, at its
  /// zone, the hub's dwell has no queue, as in the equilibrium.)
  private mutating func pass(_ n: Int) -> Leg {
    guard scenario.nodes[n].hub?.capacityTEUPerYear != nil else { return .dwell(node: n) }
    if let t = terminalIndex[n] { return .terminal(t) }
    terminalIndex[n] = terminals.count
    terminals.append(n)
    return .terminal(terminals.count - 1)
  }

  /// The number of a consolidated service in the plan.
  private mutating func number(_ service: ConsolidatedService) -> Int {
    if let s = serviceIndex[service] { return s }
    serviceIndex[service] = services.count
    services.append(service)
    return services.count - 1
  }
}
