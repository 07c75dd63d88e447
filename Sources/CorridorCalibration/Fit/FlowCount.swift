import CorridorModel
import CorridorStudy

/// TEU a year on a run's equilibrium routes through a place, in a direction.
struct FlowCount {
  let scenario: Scenario
  let routes: [AssignedRoute]

  init(_ run: ScenarioRun) {
    scenario = run.scenario
    routes = run.routes
  }

  init(scenario: Scenario, routes: [AssignedRoute]) {
    self.scenario = scenario
    self.routes = routes
  }

  /// TEU a year through `place` in `direction` (`nil`: both).
  func teuPerYear(at place: Observation.Place, direction: BorderDirection?) -> Double {
    routes.reduce(0) { $0 + (passes($1, place, direction) ? $1.teuPerYear : 0) }
  }

  /// TEU a year through any of `places` in `direction`, each route counted once.
  func teuPerYear(atAny places: [Observation.Place], direction: BorderDirection?) -> Double {
    routes.reduce(0) { total, route in
      total + (places.contains { passes(route, $0, direction) } ? route.teuPerYear : 0)
    }
  }

  /// Whether a route passes a place in a direction: for a crossing or a node, from the country
  /// of the node before its first post there to the other country of the border.
  private func passes(
    _ route: AssignedRoute, _ place: Observation.Place, _ direction: BorderDirection?
  ) -> Bool {
    let members: [NodeID]
    switch place {
    case .link(let id):
      guard let l = scenario.links.firstIndex(where: { $0.id == id }) else { return false }
      return route.links.contains(l)
    case .node(let id): members = [id]
    case .crossing(let id):
      members = scenario.crossings.first { $0.id == id }?.posts ?? []
    }
    guard let first = route.nodes.firstIndex(where: members.contains) else { return false }
    guard let direction else { return true }
    let before = first > 0 ? scenario.node(route.nodes[first - 1])?.country : nil
    let last = route.nodes.lastIndex(where: members.contains) ?? first
    let after = last + 1 < route.nodes.count ? scenario.node(route.nodes[last + 1])?.country : nil
    if let before, before == direction.from || before == direction.to {
      return before == direction.from
    }
    if let after, after == direction.from || after == direction.to { return after == direction.to }
    return false
  }
}
