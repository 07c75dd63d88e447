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
  /// Per leg: the crossing facility whose time starts at this checkpoint leg, and the one
  /// whose time ends when it clears (-1: none).
  var crossingStart: [Int32] = []
  var crossingEnd: [Int32] = []
}

/// The facilities of a scenario that hold queues, and the routes through them.
struct SimulationPlan: Sendable {
  /// A checkpoint process at a node.
  struct CheckpointFacility: Sendable, Hashable {
    var node: Int
    var process: Int
  }

  /// A crossing in one direction: its index in ``Scenario/crossings`` and the countries left
  /// and entered.
  struct CrossingFacility: Sendable, Hashable {
    var crossing: Int
    var direction: BorderDirection
  }

  var checkpoints: [CheckpointFacility] = []
  var crossings: [CrossingFacility] = []
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
      var simulated = SimulationRoute(
        commodity: k, origin: o, destination: d, legs: legs, teuPerYear: route.teuPerYear,
        teuPerConsignment: unit, km: km, moneyUSD: route.moneyUSD, co2KgPerTEU: co2,
        corridors: corridors)
      markCrossings(&simulated, nodes: route.nodes, scenario: scenario)
      routes.append(simulated)
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

  /// Marks where each crossing the route passes starts (its first post) and ends (its last
  /// post cleared), in the direction the route takes it.
  mutating func markCrossings(_ route: inout SimulationRoute, nodes: [NodeID], scenario: Scenario) {
    route.crossingStart = Array(repeating: -1, count: route.legs.count)
    route.crossingEnd = Array(repeating: -1, count: route.legs.count)
    guard !scenario.crossings.isEmpty else { return }
    // The checkpoint legs, each with the position of its node on the route.
    var posts: [(leg: Int, node: NodeID, position: Int)] = []
    var position = 0
    for (l, leg) in route.legs.enumerated() {
      guard case .checkpoint(let f) = leg else { continue }
      let id = scenario.nodes[checkpoints[f].node].id
      while position < nodes.count && nodes[position] != id { position += 1 }
      posts.append((l, id, min(position, nodes.count - 1)))
    }
    for (c, crossing) in scenario.crossings.enumerated() {
      let passed = posts.filter { crossing.posts.contains($0.node) }
      guard let first = passed.first, let last = passed.last else { continue }
      let country = { (position: Int) in scenario.node(nodes[position])?.country ?? "" }
      let direction = BorderDirection(
        from: country(max(0, first.position - 1)),
        to: country(min(nodes.count - 1, last.position + 1)))
      let key = CrossingFacility(crossing: c, direction: direction)
      let facility =
        crossings.firstIndex(of: key)
        ?? {
          crossings.append(key)
          return crossings.count - 1
        }()
      route.crossingStart[first.leg] = Int32(facility)
      route.crossingEnd[last.leg] = Int32(facility)
    }
  }
}
