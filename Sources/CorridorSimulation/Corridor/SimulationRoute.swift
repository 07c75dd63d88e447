import CorridorModel

/// One step of a consignment's route.
enum Leg: Sendable, Hashable {
  /// Running over a link (index in ``Scenario/links``).
  case run(link: Int)
  /// Waiting for a sailing of a ferry link, then sailing.
  case ferry(link: Int)
  /// Passing a checkpoint process (index in the facility list).
  case checkpoint(Int)
  /// Transshipment between gauges (index in the facility list).
  case gaugeChange(Int)
  /// Dwelling at a hub or terminal (index in ``Scenario/nodes``).
  case dwell(node: Int)
}

/// A route with its annual TEU, as the simulation runs it.
struct SimulationRoute: Sendable {
  var commodity: Int
  var origin: Int
  var destination: Int
  var legs: [Leg]
  var teuPerYear: Double
  /// TEU per consignment: a truck or a train, by the first link's mode.
  var teuPerConsignment: Double
  var km: Double
  var moneyUSD: Double
  var co2KgPerTEU: Double
  /// The named corridors the route follows.
  var corridors: [Int]
}

/// The facilities of a scenario that hold queues, and the routes through them.
struct SimulationPlan: Sendable {
  /// A checkpoint process at a node.
  struct CheckpointFacility: Sendable, Hashable {
    var node: Int
    var process: Int
  }

  var checkpoints: [CheckpointFacility] = []
  var gaugeChanges: [Int] = []
  var ferries: [Int] = []
  var routes: [SimulationRoute] = []

  init(scenario: Scenario, routes assigned: [AssignedRoute]) {
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let commodities = Dictionary(
      scenario.commodities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }
    )
    var checkpointIndex: [CheckpointFacility: Int] = [:]
    var gaugeIndex: [Int: Int] = [:]
    var ferrySet = Set<Int>()
    for route in assigned where route.teuPerYear > 0 && !route.links.isEmpty {
      guard let o = index[route.origin], let d = index[route.destination],
        let k = commodities[route.commodity]
      else { continue }
      var legs: [Leg] = []
      if scenario.nodes[o].hub != nil { legs.append(.dwell(node: o)) }
      var co2 = 0.0
      var km = 0.0
      for (position, l) in route.links.enumerated() {
        let link = scenario.links[l]
        km += link.distanceKm
        co2 += link.co2KgPerTEUKm * link.distanceKm
        if link.ferry != nil {
          legs.append(.ferry(link: l))
          ferrySet.insert(l)
        } else {
          legs.append(.run(link: l))
        }
        guard let u = index[link.from], let v = index[link.to] else { continue }
        let node = scenario.nodes[v]
        if let process = FreeFlowRoutes.process(at: node, by: link.mode, from: scenario.nodes[u]),
          let p = node.checkpoint?.processes.firstIndex(of: process)
        {
          let key = CheckpointFacility(node: v, process: p)
          let facility =
            checkpointIndex[key]
            ?? {
              checkpointIndex[key] = checkpoints.count
              checkpoints.append(key)
              return checkpoints.count - 1
            }()
          legs.append(.checkpoint(facility))
        }
        if position + 1 < route.links.count {
          let next = scenario.links[route.links[position + 1]].mode
          let this = link.mode
          if this.isRail && next.isRail && this != next && node.gaugeChange != nil {
            let facility =
              gaugeIndex[v]
              ?? {
                gaugeIndex[v] = gaugeChanges.count
                gaugeChanges.append(v)
                return gaugeChanges.count - 1
              }()
            legs.append(.gaugeChange(facility))
          } else if this != next && this != .transfer && next != .transfer && node.hub != nil {
            legs.append(.dwell(node: v))
          }
        }
      }
      if scenario.nodes[d].hub != nil { legs.append(.dwell(node: d)) }
      let first = scenario.links[route.links[0]].mode
      let unit = first.isRail ? scenario.settings.teuPerTrain : scenario.settings.teuPerTruck
      let corridors = scenario.corridors.indices.filter {
        route.corridors.contains(scenario.corridors[$0].name)
      }
      routes.append(
        SimulationRoute(
          commodity: k, origin: o, destination: d, legs: legs, teuPerYear: route.teuPerYear,
          teuPerConsignment: unit, km: km, moneyUSD: route.moneyUSD, co2KgPerTEU: co2,
          corridors: corridors))
    }
    ferries = ferrySet.sorted()
  }
}

extension SimulationPlan {
  /// Leg `leg` of route `r`, or `nil` past the route's last leg.
  func leg(_ leg: Int32, ofRoute r: Int32) -> Leg? {
    let legs = routes[Int(r)].legs
    return Int(leg) < legs.count ? legs[Int(leg)] : nil
  }
}
