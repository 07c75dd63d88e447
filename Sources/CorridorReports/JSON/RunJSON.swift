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
    /// TEU per year on routes that pass the corridor's segment the other way.
    var teuPerYearOtherWay: Double
    enum CodingKeys: String, CodingKey {
      case corridor, share
      case teuPerYearOtherWay = "teu_per_year_other_way"
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
    var unitsPerDay: Double
    var utilization: Double
    enum CodingKeys: String, CodingKey {
      case checkpoint, mode, direction, utilization
      case clearHours = "clear_hours"
      case clearHoursCI95 = "clear_hours_ci95"
      case unitsPerDay = "units_per_day"
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
    /// A direction, or "both" for both directions averaged.
    var direction: String
    /// "both sides", or one side's posts ("CN side").
    var posts: String
    var clearHours: Double?
    var clearHoursCI95: Double?
    var observed: Observed?
    enum CodingKeys: String, CodingKey {
      case crossing, direction, posts, observed
      case clearHours = "clear_hours"
      case clearHoursCI95 = "clear_hours_ci95"
    }
  }

  /// An observed figure, with what it covers.
  struct Observed: Encodable, Sendable {
    var hours: Double
    var year: Int
    var side: String?
    var level: String
    var includes: String?
    var label: String
    var source: String
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
    crossings = CrossingComparison(simulation).rows.map { row in
      Crossing(
        crossing: row.crossing, direction: row.direction, posts: row.scope,
        clearHours: row.simulated?.mean,
        clearHoursCI95: row.simulated.flatMap { $0.halfWidth.isFinite ? $0.halfWidth : nil },
        observed: row.observed.map {
          Observed(
            hours: $0.hours, year: $0.year, side: $0.side, level: $0.level.rawValue,
            includes: $0.includes, label: $0.label, source: $0.source)
        })
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
        }, teuPerYearOtherWay: routes.teuPerYear(against: corridor))
    }
    checkpoints = simulation.checkpoints.map { c in
      Checkpoint(
        checkpoint: c.node.rawValue, mode: c.mode.rawValue,
        direction: c.direction?.description ?? "both",
        clearHours: c.clearanceHours.mean,
        clearHoursCI95: c.clearanceHours.halfWidth.isFinite ? c.clearanceHours.halfWidth : nil,
        unitsPerDay: c.unitsPerDay.mean,
        utilization: c.stageUtilization.map(\.utilization.mean).max() ?? 0)
    }
    self.seconds = seconds
    report = folder
  }
}
