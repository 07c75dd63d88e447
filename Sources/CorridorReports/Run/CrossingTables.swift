import CorridorModel
import CorridorSimulation

/// The border crossings, both sides' posts together, as a Markdown section.
enum CrossingTables {
  /// The section of `summary.md`, or nothing when the scenario groups no posts.
  static func markdown(_ simulation: SimulationResult) -> [String] {
    let rows = CrossingComparison(simulation).rows
    guard !rows.isEmpty else { return [] }
    var out = [
      "", "## Border crossings, both sides together", "",
      "A crossing's time runs from arrival at its first post to leaving its last, the way between "
        + "included. Each observed figure stands beside the simulated time of what it covers: one "
        + "side's posts or both, one direction or both averaged.", "",
      "| crossing | direction | posts | hours to clear | p95 hours | consignments/year "
        + "| observed hours | observed figure | source |",
      "|---|---|---|---:|---:|---:|---:|---|---|",
    ]
    let scenario = simulation.scenario
    for row in rows {
      let cells = [
        Names.crossing(row.crossing, in: scenario), BriefWords.directionOrBoth(row.borderDirection),
        BriefWords.posts(side: row.side),
        row.simulated.map { CrossingComparison.hours($0, decimals: 2) } ?? row.missing,
        row.p95Hours.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
        row.consignmentsPerYear.map { NumberFormat.grouped($0) } ?? "",
        row.observed.map { NumberFormat.fixed($0.hours, decimals: 1) } ?? "",
        row.observed.map(BriefWords.observed) ?? "",
        row.observed?.source.replacingOccurrences(of: "|", with: "/") ?? "",
      ]
      out.append("| " + cells.joined(separator: " | ") + " |")
    }
    return out
  }

  /// The rows of `crossings.csv`: both sides and each side with an observed figure.
  static func csv(_ simulation: SimulationResult) -> CSVTable {
    var table = CSVTable(
      header: [
        "crossing", "direction", "posts", "clear_hours", "clear_hours_ci95", "p95_clear_hours",
        "consignments_per_year", "observed_hours", "observed_year", "observed_side",
        "observed_level", "observed_includes", "observed_source",
      ])
    for row in CrossingComparison(simulation).rows {
      let simulated = row.simulated
      let half = simulated.map(\.halfWidth).flatMap { $0.isFinite ? $0 : nil }
      table.append([
        row.crossing, row.direction, row.scope,
        simulated.map { CSVTable.number($0.mean, decimals: 2) } ?? "",
        half.map { CSVTable.number($0, decimals: 2) } ?? "",
        row.p95Hours.map { CSVTable.number($0, decimals: 2) } ?? "",
        row.consignmentsPerYear.map { CSVTable.number($0, decimals: 0) } ?? "",
        row.observed.map { CSVTable.number($0.hours, decimals: 1) } ?? "",
        row.observed.map { "\($0.year)" } ?? "", row.observed?.side ?? "",
        row.observed?.level.rawValue ?? "", row.observed?.includes ?? "",
        row.observed?.source ?? "",
      ])
    }
    return table
  }
}
