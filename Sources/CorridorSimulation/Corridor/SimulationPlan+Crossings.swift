import CorridorModel

/// Where routes enter and leave the scenario's crossings, and each crossing's sides.
extension SimulationPlan {
  /// Marks where each crossing the route passes starts (its first post or gauge change) and
  /// ends (its last one done), in the direction the route takes it, and likewise each side:
  /// the run of the crossing's legs in one country.
  mutating func markCrossings(_ route: inout SimulationRoute, nodes: [NodeID], scenario: Scenario) {
    route.crossingStart = Array(repeating: -1, count: route.legs.count)
    route.crossingEnd = route.crossingStart
    route.sideStart = route.crossingStart
    route.sideEnd = route.crossingStart
    guard !scenario.crossings.isEmpty else { return }
    // The checkpoint and gauge-change legs, each with its node and that node's position.
    var stops: [(leg: Int, node: Int, position: Int)] = []
    var position = 0
    for (l, leg) in route.legs.enumerated() {
      let node: Int
      switch leg {
      case .checkpoint(let f): node = checkpoints[f].node
      case .gaugeChange(let g): node = gaugeChanges[g]
      default: continue
      }
      let id = scenario.nodes[node].id
      while position < nodes.count && nodes[position] != id { position += 1 }
      stops.append((l, node, min(position, nodes.count - 1)))
    }
    for (c, crossing) in scenario.crossings.enumerated() {
      let passed = stops.filter { crossing.posts.contains(scenario.nodes[$0.node].id) }
      guard let first = passed.first, let last = passed.last else { continue }
      let direction = BorderDirection(
        route: nodes, entered: first.position, left: last.position,
        border: scenario.borderCountries(of: crossing), scenario: scenario)
      let key = CrossingFacility(crossing: c, direction: direction)
      let facility =
        crossings.firstIndex(of: key)
        ?? {
          crossings.append(key)
          return crossings.count - 1
        }()
      route.crossingStart[first.leg] = Int32(facility)
      route.crossingEnd[last.leg] = Int32(facility)
      var runStart = 0
      for i in passed.indices {
        let country = scenario.nodes[passed[i].node].country
        let endsRun =
          i == passed.count - 1 || scenario.nodes[passed[i + 1].node].country != country
        guard endsRun else { continue }
        let side =
          crossingSides.firstIndex { $0.crossing == facility && $0.country == country }
          ?? {
            crossingSides.append((facility, country))
            return crossingSides.count - 1
          }()
        route.sideStart[passed[runStart].leg] = Int32(side)
        route.sideEnd[passed[i].leg] = Int32(side)
        runStart = i + 1
      }
    }
  }
}
