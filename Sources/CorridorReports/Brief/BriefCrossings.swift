import CorridorModel
import CorridorSimulation

/// The brief's table of crossings, both sides' posts together.
enum BriefCrossings {
  /// The table, or nothing when the scenario groups no posts.
  static func table(_ simulation: SimulationResult) -> String {
    let crossings = simulation.crossings
    guard !crossings.isEmpty else { return "" }
    var out = [
      "<table>",
      "<thead><tr><th>crossing, both sides</th><th>direction</th>"
        + "<th class=\"n\">hours to clear</th><th class=\"n\">p95 hours</th></tr></thead>",
      "<tbody>",
    ]
    for c in crossings {
      let half = c.clearanceHours.halfWidth
      out.append(
        "<tr><td>\(Markup.escape(c.name))</td><td>\(Markup.escape(c.key.direction.description))</td>"
          + "<td class=\"n\">\(NumberFormat.fixed(c.clearanceHours.mean, decimals: 2)) ± "
          + "\(NumberFormat.fixed(half.isFinite ? half : 0, decimals: 2))</td>"
          + "<td class=\"n\">\(NumberFormat.fixed(c.p95ClearanceHours.mean, decimals: 1))</td></tr>"
      )
    }
    out.append(
      "</tbody></table><p class=\"note\">A crossing's time runs from arrival at its first post "
        + "to leaving the last, the way between included, as CPMM's TFI1 measures a crossing.</p>")
    return out.joined(separator: "\n")
  }
}
