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

  /// Whether a route passes a place in a direction: for a crossing or a node, the direction the
  /// simulation gives the crossing (see ``BorderDirection/init(route:entered:left:border:scenario:)``).
  private func passes(
    _ route: AssignedRoute, _ place: Observation.Place, _ direction: BorderDirection?
  ) -> Bool {
    let members: [NodeID]
    let border: [String]
    switch place {
    case .link(let id):
      guard let l = scenario.links.firstIndex(where: { $0.id == id }) else { return false }
      return route.links.contains(l)
    case .node(let id):
      members = [id]
      border = scenario.node(id)?.checkpoint?.countries ?? []
    case .crossing(let id):
      guard let crossing = scenario.crossings.first(where: { $0.id == id }) else { return false }
      members = crossing.posts
      border = scenario.borderCountries(of: crossing)
    }
    guard let first = route.nodes.firstIndex(where: members.contains) else { return false }
    guard let direction else { return true }
    let last = route.nodes.lastIndex(where: members.contains) ?? first
    return BorderDirection(
      route: route.nodes, entered: first, left: last, border: border, scenario: scenario)
      == direction
  }
}
