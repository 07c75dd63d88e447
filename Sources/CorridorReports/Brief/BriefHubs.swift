import CorridorModel
import CorridorStudy

/// The part of a comparison that a hub plan changes: the freight through the hubs, and the
/// change in generalized cost per TEU for all freight and by OD pair.
enum BriefHubs {
  /// The cost change and, when hubs consolidate in either run, the flow through each; empty
  /// when the comparison has no cost rows.
  static func section(_ comparison: Comparison, scenario: Scenario) -> String {
    var out: [String] = []
    if let cost = comparison.rows.first(where: { $0.key == .networkCost }),
      let transit = comparison.rows.first(where: { $0.key == .networkTransit })
    {
      let text = t(
        "All freight: generalized cost {0} → {1} US$ per TEU ({2}{3}), transit {4} → {5} h ({6}{7}).",
        LocalNumber.grouped(cost.base), LocalNumber.grouped(cost.variant),
        BriefTables.plusMinus(cost.difference, decimals: 0),
        cost.isSignificant ? "" : t(", not significant"),
        LocalNumber.fixed(transit.base, decimals: 1),
        LocalNumber.fixed(transit.variant, decimals: 1),
        BriefTables.plusMinus(transit.difference, decimals: 1),
        transit.isSignificant ? "" : t(", not significant"))
      out.append("<p>\(Markup.escape(text))</p>")
    }
    let hubs = comparison.hubFlows.filter { $0.base > 0 || $0.variant > 0 }
    if !hubs.isEmpty {
      out.append("<table>")
      out.append(
        BriefTables.words(
          [t("hub"), t("base, TEU a year"), t("what-if, TEU a year"), t("change")],
          numeric: [1, 2, 3]))
      out.append("<tbody>")
      for hub in hubs {
        out.append(
          BriefTables.row(
            [
              Markup.escape(Names.node(hub.hub, in: scenario)), LocalNumber.grouped(hub.base),
              LocalNumber.grouped(hub.variant),
              (hub.variant >= hub.base ? "+" : "−")
                + LocalNumber.grouped(abs(hub.variant - hub.base)),
            ], numeric: [1, 2, 3]))
      }
      let note = t(
        "Freight consolidated through each hub: the TEU a year of the routes that board or leave a consolidated service there."
      )
      out.append("</tbody></table><p class=\"note\">\(Markup.escape(note))</p>")
    }
    guard !hubs.isEmpty else { return out.joined(separator: "\n") }
    for (kind, title) in [("corridor", t("corridor")), ("od", t("origin and destination"))] {
      out.append(costTable(comparison, kind: kind, title: title, scenario: scenario))
    }
    return out.joined(separator: "\n")
  }

  /// The subjects of a kind (corridors, OD pairs) whose generalized cost per TEU changed
  /// significantly, the largest changes first, at most ten; empty when none did.
  private static func costTable(
    _ comparison: Comparison, kind: String, title: String, scenario: Scenario
  ) -> String {
    let pairs = comparison.rows.filter {
      $0.key.subject.kind == kind && $0.key.measure == .costUSDPerTEU && $0.isSignificant
    }.sorted { abs($0.difference.mean) > abs($1.difference.mean) }
    var out: [String] = []
    if !pairs.isEmpty {
      out.append("<table>")
      out.append(
        BriefTables.words(
          [title, t("base, US$ per TEU"), t("what-if, US$ per TEU"), t("difference (95 %)")],
          numeric: [1, 2, 3]))
      out.append("<tbody>")
      for r in pairs.prefix(10) {
        out.append(
          BriefTables.row(
            [
              Markup.escape(BriefWords.subject(r.key.subject, in: scenario)),
              LocalNumber.grouped(r.base), LocalNumber.grouped(r.variant),
              BriefTables.plusMinus(r.difference, decimals: 0),
            ], numeric: [1, 2, 3]))
      }
      let note = t(
        "Generalized cost per TEU (money plus value of time × simulated transit) that changed significantly, the largest changes first (at most ten of {0}).",
        "\(pairs.count)")
      out.append("</tbody></table><p class=\"note\">\(Markup.escape(note))</p>")
    }
    return out.joined(separator: "\n")
  }
}
