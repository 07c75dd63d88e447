import CorridorAssignment
import CorridorModel
import CorridorSimulation

/// A scenario run end to end: its equilibrium, the routes the simulation followed, the
/// simulation, and its figures by typed key.
public struct ScenarioRun: Sendable {
  /// The scenario.
  public let scenario: Scenario
  /// The settings it ran with.
  public let settings: RunSettings
  /// Its freight-flow equilibrium.
  public let assignment: CorridorAssignmentResult
  /// The equilibrium routes with their annual TEU, derived once from the assignment.
  public let routes: [AssignedRoute]
  /// The consignment simulation along those routes.
  public let simulation: SimulationResult

  /// Creates a run from its parts.
  public init(
    scenario: Scenario, settings: RunSettings, assignment: CorridorAssignmentResult,
    routes: [AssignedRoute], simulation: SimulationResult
  ) {
    self.scenario = scenario
    self.settings = settings
    self.assignment = assignment
    self.routes = routes
    self.simulation = simulation
  }

  /// Per-replication values of the simulated KPIs (see ``SimulationResult/replicationKPIs``).
  public var replicationKPIs: [ResultKey: [Double]] { simulation.replicationKPIs }

  /// The demand partitioned by its first border crossing, each TEU counted once.
  public var gatewayFlows: GatewayFlows { GatewayFlows(scenario: scenario, routes: routes) }

  /// TEU per year on the equilibrium routes through each named corridor, in scenario order.
  public var corridorFlows: [(corridor: String, teuPerYear: Double)] {
    scenario.corridors.map { ($0.name, routes.teuPerYear(onCorridor: $0.name)) }
  }

  /// CO2 per TEU over all freight (kg): each route's links' emissions per TEU-km × km,
  /// weighted by the routes' TEU.
  public var co2KgPerTEU: Double {
    let teu = routes.reduce(0) { $0 + $1.teuPerYear }
    guard teu > 0 else { return 0 }
    return routes.reduce(0) { total, route in
      total + route.teuPerYear
        * route.links.reduce(0) {
          $0 + scenario.links[$1].co2KgPerTEUKm * scenario.links[$1].distanceKm
        }
    } / teu
  }

  /// TEU per year consolidated through each consolidation hub at equilibrium: the routes that
  /// board or leave a consolidated service there, each counted once per hub, in node order.
  public var hubFlows: [(hub: NodeID, teuPerYear: Double)] {
    scenario.consolidationHubs.map { n in
      let teu = routes.reduce(0.0) { total, route in
        let uses = route.serviceLegs.contains {
          $0.service.origin == n || $0.service.destination == n
        }
        return total + (uses ? route.teuPerYear : 0)
      }
      return (scenario.nodes[n].id, teu)
    }
  }

  /// The figure of a key: a simulated KPI averaged over the replications that measured it,
  /// or, for ``ResultMeasure/teuPerYear``, the equilibrium's TEU per year on a named corridor,
  /// a link or a gateway; `nil` when the run has no such figure.
  public func value(_ key: ResultKey) -> Double? {
    if key.measure == .teuPerYear { return equilibriumTEU(key.subject) }
    guard let values = replicationKPIs[key]?.filter(\.isFinite), !values.isEmpty else {
      return nil
    }
    return values.reduce(0, +) / Double(values.count)
  }

  /// TEU per year on a named corridor's routes, a link or a gateway, at equilibrium.
  private func equilibriumTEU(_ subject: ResultSubject) -> Double? {
    switch subject {
    case .corridor(let name):
      guard scenario.corridors.contains(where: { $0.name == name }) else { return nil }
      return routes.teuPerYear(onCorridor: name)
    case .link(let id):
      guard let l = scenario.links.firstIndex(where: { $0.id == id }) else { return nil }
      return assignment.linkFlows()[l].reduce(0, +)
    case .gateway(let key):
      return gatewayFlows.lines.first { $0.gateway == key }?.teuPerYear ?? 0
    case .network:
      return routes.reduce(0) { $0 + $1.teuPerYear }
    case .crossing, .checkpoint, .od:
      return nil
    }
  }
}
