import CorridorCalibration
import CorridorModel
import Foundation

/// The fit of a run to observations: `fit.csv`, and the table printed on the screen.
public enum FitReport {
  /// `fit.csv`: one row per observation.
  public static func csv(_ table: FitTable) -> String { self.table(table).text }

  /// `fit.csv` with its name, for the CSV file and the workbook.
  public static func namedTable(_ table: FitTable) -> NamedTable {
    NamedTable("fit.csv", self.table(table))
  }

  /// The table of `fit.csv`: one row per observation.
  public static func table(_ table: FitTable) -> CSVTable {
    var csv = CSVTable(
      header: [
        "id", "kind", "use", "where", "year", "observed", "modelled", "modelled_ci95",
        "error_percent", "tolerance_percent", "within_tolerance", "geh", "source",
      ])
    for line in table.lines {
      let o = line.observation
      csv.append([
        o.id, o.quantity.kind, o.use.rawValue, describe(o.quantity), "\(o.year)",
        CSVTable.number(o.value, decimals: 4),
        line.modelled.map { CSVTable.number($0.value, decimals: 4) } ?? "",
        line.modelled?.halfWidth.map { CSVTable.number($0, decimals: 4) } ?? "",
        line.errorPercent.map { CSVTable.number($0, decimals: 1) } ?? "",
        CSVTable.number(o.tolerancePercent, decimals: 1), line.withinTolerance ? "yes" : "no",
        line.geh.map { CSVTable.number($0, decimals: 2) } ?? "", o.source,
      ])
    }
    return csv
  }

  /// The table for the screen, with a summary line per set; places by their names in
  /// `scenario`.
  public static func text(_ table: FitTable, names scenario: Scenario) -> String {
    var rows = TextTable(
      headers: ["observation", "use", "what", "observed", "modelled", "error", "fits"],
      alignments: [.left, .left, .left, .right, .right, .right, .left])
    for line in table.lines {
      let o = line.observation
      rows.append([
        o.id, o.use.rawValue, BriefWords.quantity(o.quantity, in: scenario),
        NumberFormat.significant(o.value),
        line.modelled.map { NumberFormat.significant($0.value) } ?? "none",
        line.errorPercent.map { NumberFormat.fixed($0, decimals: 0) + " %" } ?? "–",
        o.use == .reference ? "–" : line.withinTolerance ? "yes" : "no",
      ])
    }
    var out = [rows.render(), ""]
    for use in Observation.Use.allCases {
      let summary = table.summary(use)
      guard summary.count > 0 else { continue }
      if use == .reference {
        out.append(
          "reference: \(summary.count) shown for comparison, not scored (measured under "
            + "conditions the scenario does not represent; see each one's reason)")
        continue
      }
      out.append(
        "\(use.rawValue): \(summary.withinTolerance) of \(summary.count) within tolerance"
          + (summary.r2.map { "; R² of log counts \(NumberFormat.fixed($0, decimals: 2))" } ?? ""))
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The fitted parameters: start and fitted values, bounds, and how the search ended; and the
  /// demand adjustment with its checks, when there was one.
  public static func parameters(_ result: Calibration.Result, names scenario: Scenario) -> String {
    var out = ""
    if let matrix = result.matrix {
      let c = matrix.checks
      out +=
        "Demand adjusted to the counts (\(matrix.rounds) rounds with the equilibrium): "
        + "\(c.changedCells) of \(c.cells) cells changed by more than 5 %; adjusted on prior: "
        + "slope \(NumberFormat.fixed(c.slope, decimals: 3)), intercept "
        + "\(NumberFormat.grouped(c.intercept)) TEU, R² \(NumberFormat.fixed(c.r2, decimals: 3)); "
        + "mean trip \(NumberFormat.grouped(c.meanKmPrior)) km → "
        + "\(NumberFormat.grouped(c.meanKmAdjusted)) km "
        + "(\(NumberFormat.fixed(c.meanKmChangePercent, decimals: 1)) %), its spread "
        + "\(NumberFormat.fixed(c.sdKmChangePercent, decimals: 1)) %; "
        + (c.withinTAG
          ? "within the TAG M3.1 limits\n"
          : "outside the TAG M3.1 limits (slope 0.98–1.02, R² > 0.95, mean and spread of trip "
            + "lengths within 5 %)\n")
    }
    guard !result.parameters.isEmpty else { return out }
    return out + parameterTable(result, names: scenario)
  }

  /// The demand adjustment: its checks and every cell it changed, largest change first.
  public static func matrix(_ matrix: MatrixEstimation.Result, scenario: Scenario) -> String {
    var rows = TextTable(
      headers: ["from", "to", "commodity", "TEU/year before", "factor"],
      alignments: [.left, .left, .left, .right, .right])
    let changed = matrix.factors.indices.filter { matrix.factors[$0] != 1 }
      .sorted { abs(log(matrix.factors[$0])) > abs(log(matrix.factors[$1])) }
    for d in changed {
      let demand = scenario.demand[d]
      rows.append([
        Names.node(demand.origin, in: scenario), Names.node(demand.destination, in: scenario),
        scenario.commodities.first { $0.id == demand.commodity }.map(Names.of)
          ?? demand.commodity.rawValue,
        NumberFormat.grouped(demand.teuPerYear), NumberFormat.fixed(matrix.factors[d], decimals: 3),
      ])
    }
    return "Demand the counts ask for (\(changed.count) of \(matrix.factors.count) entries "
      + "changed; mean trip \(NumberFormat.grouped(matrix.checks.meanKmPrior)) km → "
      + "\(NumberFormat.grouped(matrix.checks.meanKmAdjusted)) km)\n" + rows.render() + "\n"
  }

  private static func parameterTable(_ result: Calibration.Result, names scenario: Scenario)
    -> String
  {
    var rows = TextTable(
      headers: ["parameter", "changes", "start", "fitted", "bounds"],
      alignments: [.left, .left, .right, .right, .left])
    for (parameter, start, value) in result.parameters {
      rows.append([
        parameter.id, describe(parameter.target, names: scenario), NumberFormat.significant(start),
        NumberFormat.significant(value),
        "\(NumberFormat.significant(parameter.lower)) to \(NumberFormat.significant(parameter.upper))"
          + (value <= parameter.lower * 1.001 || value >= parameter.upper * 0.999
            ? " (at a bound)" : ""),
      ])
    }
    return rows.render() + "\n"
      + "Objective (squared errors in units of tolerance, calibration set): "
      + "\(NumberFormat.significant(result.startObjective)) at the start, "
      + "\(NumberFormat.significant(result.objective)) fitted, in \(result.evaluations) runs "
      + "(\(result.reason))\n"
  }

  /// What a parameter changes, with places by their names in `scenario`.
  static func describe(_ target: CalibrationParameter.Target, names scenario: Scenario) -> String {
    switch target {
    case .serviceScale(let checkpoint, let mode, let direction):
      "service times at \(Names.node(checkpoint, in: scenario))"
        + ([mode.map(BriefWords.family), direction.map(BriefWords.direction)].compactMap { $0 }
          .map { ", " + $0 }.joined())
    case .demandScale(let origin, let destination, let commodity):
      "demand "
        + [origin, destination].map { $0.map { Names.node($0, in: scenario) } ?? "any" }
        .joined(separator: " to ")
        + (commodity.map { id in
          " (\(scenario.commodities.first { $0.id == id }.map(Names.of) ?? id.rawValue))"
        } ?? "")
    case .logitScale: "route-choice scale, USD/TEU"
    case .choiceConstant(let crossing):
      "route-choice constant at \(Names.crossing(crossing, in: scenario)), USD/TEU"
    }
  }

  /// What and where an observation measured, in a few words.
  static func describe(_ quantity: Observation.Quantity) -> String {
    switch quantity {
    case .clearanceHours(let crossing, let direction, let side):
      return "hours to clear \(crossing) \(direction?.description ?? "both ways")"
        + (side.map { ", \($0) side" } ?? "")
    case .flow(let place, let direction, let unit):
      return "\(unit.rawValue.replacingOccurrences(of: "_", with: " ")) at \(place)"
        + (direction.map { " \($0)" } ?? "")
    case .transitDays(let origin, let destination, let commodity):
      return "days \(origin) to \(destination)" + (commodity.map { " (\($0))" } ?? "")
    case .share(let of, let among, let direction):
      return "share of \(of) among \(among.count)" + (direction.map { " \($0)" } ?? "")
    }
  }
}
