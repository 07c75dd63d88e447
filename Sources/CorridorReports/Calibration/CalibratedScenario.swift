import CorridorCalibration
import CorridorModel

/// The scenario a calibration writes: it extends the input and carries each fitted value as a
/// change of one measure, with its start value, bounds and the observations that inform it.
public enum CalibratedScenario {
  /// The YAML text, extending `base` (a path relative to the written file).
  public static func yaml(
    _ result: Calibration.Result, base: String, scenario: Scenario, observations: String,
    runSettings: String
  ) -> String {
    var lines = [
      "# Written by corridor calibrate: \(scenario.id) fitted to the calibration set of",
      "# \(observations), each run with \(runSettings).",
      "# Objective (squared errors in units of tolerance): "
        + "\(NumberFormat.significant(result.startObjective)) at the start, "
        + "\(NumberFormat.significant(result.objective)) fitted; "
        + "\(result.evaluations) runs; \(result.reason).",
      "scenario: \(quoted(scenario.id + "-calibrated"))",
      "extends: \(quoted(base))",
      "name: \(quoted(scenario.name + " (calibrated)"))",
    ]
    lines += otherNames(scenario)
    var changes: [String] = []
    if let matrix = result.matrix {
      for (d, factor) in matrix.factors.enumerated() where factor != 1 {
        let demand = scenario.demand[d]
        changes += [
          "      # demand adjusted to the counts: \(NumberFormat.grouped(demand.teuPerYear)) TEU a year "
            + "before",
          "      - demand: {from: \(quoted(demand.origin.rawValue)), "
            + "to: \(quoted(demand.destination.rawValue)), "
            + "commodity: \(quoted(demand.commodity.rawValue))}",
          "        scale: \(number(factor))",
        ]
      }
    }
    for (parameter, start, value) in result.parameters {
      let record =
        "      # parameter '\(parameter.id)': \(NumberFormat.significant(start)) -> "
        + "\(NumberFormat.significant(value)) (bounds \(NumberFormat.significant(parameter.lower))"
        + " to \(NumberFormat.significant(parameter.upper)))"
        + (parameter.observations.isEmpty
          ? "" : "; informed by \(parameter.observations.joined(separator: ", "))")
      switch parameter.target {
      case .serviceScale(let checkpoint, let mode, let direction):
        let selector =
          ["checkpoint: \(quoted(checkpoint.rawValue))"]
          + (mode.map { ["mode: \($0.rawValue)"] } ?? [])
          + (direction.map { ["direction: \(quoted($0.description))"] } ?? [])
        changes += [
          record, "      - stage: {\(selector.joined(separator: ", "))}",
          "        scale: {service_hours: \(number(value))}",
        ]
      case .demandScale(let origin, let destination, let commodity):
        let selector =
          (origin.map { ["from: \(quoted($0.rawValue))"] } ?? [])
          + (destination.map { ["to: \(quoted($0.rawValue))"] } ?? [])
          + (commodity.map { ["commodity: \(quoted($0.rawValue))"] } ?? [])
        changes += [
          record,
          "      - demand: " + (selector.isEmpty ? "all" : "{\(selector.joined(separator: ", "))}"),
          "        scale: \(number(value))",
        ]
      case .choiceConstant(let crossing):
        changes += [
          record, "      - crossing: \(quoted(crossing))",
          "        set: {choice_constant_usd_per_teu: \(number(value))}",
        ]
      case .logitScale:
        lines += [
          String(record.dropFirst(4)), "settings: {logit_scale_usd_per_teu: \(number(value))}",
        ]
      }
    }
    if !changes.isEmpty {
      lines +=
        [
          "measures:", "  - id: calibration", "    name: Fitted to observations",
          "    description: What calibration changed (demand adjusted to the counts, parameters declared free), at the fitted values.",
          "    changes:",
        ] + changes
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A number with enough digits to give the fitted run again.
  static func number(_ value: Double) -> String {
    NumberFormat.fixed(value, decimals: 6)
  }

  static func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  /// The names in other languages, marked as calibrated the way the English name is.
  private static func otherNames(_ scenario: Scenario) -> [String] {
    [("ru", " (калибровка)"), ("tr", " (kalibre)")].compactMap { language, mark in
      scenario.otherNames[language].map { "name_\(language): \(quoted($0 + mark))" }
    }
  }
}
