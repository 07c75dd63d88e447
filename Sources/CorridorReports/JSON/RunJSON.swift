import CorridorAssignment
import CorridorModel
import CorridorSimulation
import CorridorStudy

/// The `--json` output of `corridor run`.
public struct RunJSON: Encodable, Sendable {
  struct Corridor: Encodable, Sendable {
    var corridor: String
    var teuPerYear: Double
    var share: Double
    var transitHours: Double?
    var transitHoursCI95: Double?
    enum CodingKeys: String, CodingKey {
      case corridor, share
      case teuPerYear = "teu_per_year"
      case transitHours = "transit_hours"
      case transitHoursCI95 = "transit_hours_ci95"
    }
  }

  struct Checkpoint: Encodable, Sendable {
    var checkpoint: String
    var mode: String
    var direction: String
    var clearHours: Double
    var clearHoursCI95: Double?
    var cpmmHours: Double?
    var utilization: Double
    enum CodingKeys: String, CodingKey {
      case checkpoint, mode, direction, utilization
      case clearHours = "clear_hours"
      case clearHoursCI95 = "clear_hours_ci95"
      case cpmmHours = "cpmm_hours"
    }
  }

  struct Gateway: Encodable, Sendable {
    var gateway: String?
    var direction: String?
    var teuPerYear: Double
    var share: Double
    enum CodingKeys: String, CodingKey {
      case gateway, direction, share
      case teuPerYear = "teu_per_year"
    }
  }

  struct Crossing: Encodable, Sendable {
    var crossing: String
    var direction: String
    var clearHours: Double
    var clearHoursCI95: Double?
    enum CodingKeys: String, CodingKey {
      case crossing, direction
      case clearHours = "clear_hours"
      case clearHoursCI95 = "clear_hours_ci95"
    }
  }

  var scenario: String
  /// Border crossings, both sides' posts together (empty when the scenario groups none).
  var crossings: [Crossing]
  var corridors: [Corridor]
  /// The demand by first border crossing; `gateway` is absent for freight that crosses none.
  var gateways: [Gateway]
  var checkpoints: [Checkpoint]
  var seconds: Double
  var report: String

  /// The output of a run that took `seconds` and wrote its report to `folder`.
  public init(_ run: ScenarioRun, seconds: Double, folder: String) {
    let scenario = run.scenario
    let routes = run.routes
    let simulation = run.simulation
    self.scenario = scenario.id
    crossings = simulation.crossings.map {
      Crossing(
        crossing: $0.key.crossing, direction: $0.key.direction.description,
        clearHours: $0.clearanceHours.mean,
        clearHoursCI95: $0.clearanceHours.halfWidth.isFinite ? $0.clearanceHours.halfWidth : nil)
    }
    gateways = run.gatewayFlows.lines.map {
      Gateway(
        gateway: $0.gateway.name, direction: $0.gateway.direction?.description,
        teuPerYear: $0.teuPerYear, share: $0.share)
    }
    let kpis = Dictionary(
      simulation.corridors.map { ($0.corridor, $0) }, uniquingKeysWith: { a, _ in a })
    corridors = scenario.corridors.map { corridor in
      let teu = routes.teuPerYear(onCorridor: corridor.name)
      let kpi = kpis[corridor.name]
      return Corridor(
        corridor: corridor.name, teuPerYear: teu, share: teu / max(scenario.totalTEUPerYear, 1e-12),
        transitHours: kpi?.transitHours.mean,
        transitHoursCI95: kpi.flatMap {
          $0.transitHours.halfWidth.isFinite ? $0.transitHours.halfWidth : nil
        })
    }
    checkpoints = simulation.checkpoints.map { c in
      Checkpoint(
        checkpoint: c.node.rawValue, mode: c.mode.rawValue,
        direction: c.direction?.description ?? "both",
        clearHours: c.clearanceHours.mean,
        clearHoursCI95: c.clearanceHours.halfWidth.isFinite ? c.clearanceHours.halfWidth : nil,
        cpmmHours: c.observedClearanceHours,
        utilization: c.stageUtilization.map(\.utilization.mean).max() ?? 0)
    }
    self.seconds = seconds
    report = folder
  }
}
