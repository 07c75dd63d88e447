import CorridorCalibration
import CorridorModel

/// The `--json` output of `corridor calibrate`.
public struct CalibrateJSON: Encodable, Sendable {
  struct Line: Encodable, Sendable {
    var id: String
    var kind: String
    var use: String
    var observed: Double
    var modelled: Double?
    var modelledCI95: Double?
    var errorPercent: Double?
    var tolerancePercent: Double
    var withinTolerance: Bool
    enum CodingKeys: String, CodingKey {
      case id, kind, use, observed, modelled
      case modelledCI95 = "modelled_ci95"
      case errorPercent = "error_percent"
      case tolerancePercent = "tolerance_percent"
      case withinTolerance = "within_tolerance"
    }
  }

  struct Summary: Encodable, Sendable {
    var count: Int
    var withinTolerance: Int
    var r2: Double?
    enum CodingKeys: String, CodingKey {
      case count, r2
      case withinTolerance = "within_tolerance"
    }
  }

  var scenario: String
  var observations: [Line]
  var summary: [String: Summary]
  var seconds: Double
  var report: String

  /// The output of comparing `scenario`'s run with observations.
  public init(scenario: String, table: FitTable, seconds: Double, folder: String) {
    self.scenario = scenario
    observations = table.lines.map { line in
      Line(
        id: line.observation.id, kind: line.observation.quantity.kind,
        use: line.observation.use.rawValue, observed: line.observation.value,
        modelled: line.modelled?.value, modelledCI95: line.modelled?.halfWidth,
        errorPercent: line.errorPercent, tolerancePercent: line.observation.tolerancePercent,
        withinTolerance: line.withinTolerance)
    }
    var summary: [String: Summary] = [:]
    for use in Observation.Use.allCases {
      let s = table.summary(use)
      if use == .reference && s.count == 0 { continue }
      summary[use.rawValue] = Summary(count: s.count, withinTolerance: s.withinTolerance, r2: s.r2)
    }
    self.summary = summary
    self.seconds = seconds
    report = folder
  }
}
