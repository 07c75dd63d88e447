import CorridorModel
import CorridorSimulation

/// The brief's table of crossings, both sides' posts together, beside the observed figures.
enum BriefCrossings {
  /// The table, or nothing when the scenario groups no posts.
  static func table(_ simulation: SimulationResult) -> String {
    let rows = CrossingComparison(simulation).rows
    guard !rows.isEmpty else { return "" }
    var out = [
      "<table>",
      "<thead><tr><th>crossing</th><th>direction</th><th>posts</th>"
        + "<th class=\"n\">hours to clear</th><th class=\"n\">p95 hours</th>"
        + "<th class=\"n\">observed hours</th><th>observed figure</th></tr></thead>",
      "<tbody>",
    ]
    for row in rows {
      let cells = [
        Markup.escape(row.name), Markup.escape(row.direction), Markup.escape(row.scope),
        row.simulated.map { CrossingComparison.hours($0, decimals: 2) } ?? row.missing,
        row.p95Hours.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
        row.observed.map { NumberFormat.fixed($0.hours, decimals: 1) } ?? "",
        row.observed.map { Markup.escape($0.label + " (" + $0.source + ")") } ?? "",
      ]
      let numeric: Set<Int> = [3, 4, 5]
      out.append(
        "<tr>"
          + cells.enumerated().map {
            numeric.contains($0) ? "<td class=\"n\">\($1)</td>" : "<td>\($1)</td>"
          }
          .joined() + "</tr>")
    }
    out.append(
      "</tbody></table><p class=\"note\">A crossing's time runs from arrival at its first post "
        + "to leaving the last, the way between included. CAREC CPMM publishes its time to "
        + "clear (TFI1) per post and side, or as a country average where a post's own figure is "
        + "missing; each figure stands beside the simulated time of the posts it covers. The "
        + "simulation models queues, controls, opening hours, quotas and wagon supply; permits, "
        + "informal waits and congestion on the approach roads are outside it.</p>")
    return out.joined(separator: "\n")
  }
}
