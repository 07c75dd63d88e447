import CorridorModel
import CorridorSimulation

/// The brief's table of crossings, both sides' posts together, beside the observed figures.
enum BriefCrossings {
  /// The table, or nothing when the scenario groups no posts.
  static func table(_ simulation: SimulationResult) -> String {
    let scenario = simulation.scenario
    let rows = CrossingComparison(simulation).rows
    guard !rows.isEmpty else { return "" }
    var out = [
      "<table>",
      BriefTables.words(
        [
          t("crossing"), t("direction"), t("posts"), t("hours to clear (95 %)"),
          t("1 in 20 waits more than, h"), t("observed, h"), t("observed figure"),
        ], numeric: [3, 4, 5]),
      "<tbody>",
    ]
    for row in rows {
      let cells = [
        Markup.escape(Names.crossing(row.crossing, in: scenario)),
        Markup.escape(BriefWords.directionOrBoth(row.borderDirection)),
        Markup.escape(BriefWords.posts(side: row.side)),
        row.simulated.map { BriefTables.plusMinus($0, decimals: 2) }
          ?? Markup.escape(t(row.missing)),
        row.p95Hours.map { LocalNumber.fixed($0, decimals: 1) } ?? "",
        row.observed.map { LocalNumber.fixed($0.hours, decimals: 1) } ?? "",
        row.observed.map { Markup.escape(BriefWords.observed($0) + " (" + $0.source + ")") } ?? "",
      ]
      let numeric: Set<Int> = [3, 4, 5]
      out.append(
        "<tr>"
          + cells.enumerated().map {
            numeric.contains($0) ? "<td class=\"n\">\($1)</td>" : "<td>\($1)</td>"
          }
          .joined() + "</tr>")
    }
    let note = t(
      "A crossing's time runs from arrival at its first post to leaving the last, the way between included. CAREC CPMM publishes its time to clear (TFI1) per post and side, or as a country average where a post's own figure is missing; each figure stands beside the simulated time of the posts it covers. The simulation models queues, controls, opening hours, quotas and wagon supply; permits, informal waits and congestion on the approach roads are outside it."
    )
    out.append("</tbody></table><p class=\"note\">\(Markup.escape(note))</p>")
    return out.joined(separator: "\n")
  }
}
