import CorridorModel
import CorridorStudy

/// The part of a comparison that a hub plan changes: the freight through the hubs, and the
/// change in generalized cost per TEU for all freight and by OD pair.
enum BriefHubs {
  /// The cost change and, when hubs consolidate in either run, the flow through each; empty
  /// when the comparison has no cost rows.
  static func section(_ comparison: Comparison) -> String {
    var out: [String] = []
    if let cost = comparison.rows.first(where: { $0.key == .networkCost }),
      let transit = comparison.rows.first(where: { $0.key == .networkTransit })
    {
      out.append(
        "<p>All freight: generalized cost US$\(NumberFormat.grouped(cost.base)) → "
          + "US$\(NumberFormat.grouped(cost.variant)) per TEU "
          + "(\(BriefTables.plusMinus(cost.difference, decimals: 0))"
          + "\(cost.isSignificant ? "" : ", not significant")), transit "
          + "\(NumberFormat.fixed(transit.base, decimals: 1)) → "
          + "\(NumberFormat.fixed(transit.variant, decimals: 1)) h "
          + "(\(BriefTables.plusMinus(transit.difference, decimals: 1))"
          + "\(transit.isSignificant ? "" : ", not significant")).</p>")
    }
    let hubs = comparison.hubFlows.filter { $0.base > 0 || $0.variant > 0 }
    if !hubs.isEmpty {
      out.append("<table>")
      out.append(
        BriefTables.header(
          ["hub", "base TEU/year", "variant TEU/year", "change"], numeric: [1, 2, 3]))
      out.append("<tbody>")
      for hub in hubs {
        out.append(
          BriefTables.row(
            [
              Markup.escape(hub.hub.rawValue), NumberFormat.grouped(hub.base),
              NumberFormat.grouped(hub.variant),
              (hub.variant >= hub.base ? "+" : "−")
                + NumberFormat.grouped(abs(hub.variant - hub.base)),
            ], numeric: [1, 2, 3]))
      }
      out.append(
        "</tbody></table><p class=\"note\">Freight consolidated through each hub: the TEU a "
          + "year of the routes that board or leave a consolidated service there.</p>")
    }
    guard !hubs.isEmpty else { return out.joined(separator: "\n") }
    for (kind, title) in [("corridor", "corridor"), ("od", "OD pair")] {
      out.append(costTable(comparison, kind: kind, title: title))
    }
    return out.joined(separator: "\n")
  }

  /// The subjects of a kind (corridors, OD pairs) whose generalized cost per TEU changed
  /// significantly, the largest changes first, at most ten; empty when none did.
  private static func costTable(_ comparison: Comparison, kind: String, title: String) -> String {
    let pairs = comparison.rows.filter {
      $0.key.subject.kind == kind && $0.key.measure == .costUSDPerTEU && $0.isSignificant
    }.sorted { abs($0.difference.mean) > abs($1.difference.mean) }
    var out: [String] = []
    if !pairs.isEmpty {
      out.append("<table>")
      out.append(
        BriefTables.header(
          [title, "base US$/TEU", "variant US$/TEU", "difference (95 %)"], numeric: [1, 2, 3]))
      out.append("<tbody>")
      for r in pairs.prefix(10) {
        out.append(
          BriefTables.row(
            [
              Markup.escape(r.key.subject.name), NumberFormat.grouped(r.base),
              NumberFormat.grouped(r.variant), BriefTables.plusMinus(r.difference, decimals: 0),
            ], numeric: [1, 2, 3]))
      }
      out.append(
        "</tbody></table><p class=\"note\">Generalized cost per TEU (money plus value of time × "
          + "simulated transit) that changed significantly, the largest changes first (at most "
          + "ten of \(pairs.count)).</p>")
    }
    return out.joined(separator: "\n")
  }
}
