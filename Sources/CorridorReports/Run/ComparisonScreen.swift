import CorridorModel
import CorridorStudy

/// The summary of a comparison printed on standard output.
public enum ComparisonScreen {
  /// For each variant, the crossings whose time to clear changed, and the flows that moved
  /// between corridors; then the overload caveats and where the files went.
  public static func text(runs: [ScenarioRun], comparisons: [Comparison], folder: String)
    -> String
  {
    var out: [String] = []
    for comparison in comparisons {
      out.append(
        "\(comparison.variant) against \(comparison.base) (difference ± 95 % interval; n.s. = not significant)"
      )
      out.append(crossings(comparison).render())
      let shifts = comparison.corridorFlows.filter { abs($0.variant - $0.base) >= 1 }
      if !shifts.isEmpty {
        out.append("")
        out.append("Flow shifts between corridors (TEU/year)")
        for shift in shifts {
          out.append(
            "  \(shift.corridor): \(NumberFormat.grouped(shift.base)) → \(NumberFormat.grouped(shift.variant))"
          )
        }
      }
      out.append("")
    }
    for run in runs {
      if let note = OverloadNote.text(run.simulation) { out.append("\(run.scenario.id): \(note)") }
    }
    out.append("Written to \(folder)/")
    return out.joined(separator: "\n") + "\n"
  }

  /// The crossings whose change is significant or at least 1 %.
  static func crossings(_ comparison: Comparison) -> TextTable {
    var table = TextTable(
      headers: ["checkpoint", "base h", "variant h", "difference", "change"],
      alignments: [.left, .right, .right, .right, .right])
    for row in comparison.rows
    where row.key.subject.checkpoint != nil && (row.isSignificant || abs(row.percent) >= 1) {
      let difference =
        "\(NumberFormat.fixed(row.difference.mean, decimals: 2)) ± "
        + "\(NumberFormat.fixed(row.difference.halfWidth, decimals: 2))"
        + (row.isSignificant ? "" : " n.s.")
      table.append([
        row.key.subject.name, NumberFormat.fixed(row.base, decimals: 2),
        NumberFormat.fixed(row.variant, decimals: 2), difference,
        NumberFormat.fixed(row.percent, decimals: 1) + " %",
      ])
    }
    return table
  }
}
