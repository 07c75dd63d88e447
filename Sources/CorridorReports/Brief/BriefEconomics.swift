import CorridorModel
import CorridorSimulation
import CorridorStudy
import Foundation

/// What a variant changes for traders in money and carbon: per TEU and a year, with intervals.
///
/// The money is generalized cost: tariffs, fees and handling, plus the time in transit valued
/// at the commodity's value of time (its value × its cost of a day in transit). A year's figure
/// weighs each route by its TEU a year on the scenario's own equilibrium routes. Differences are
/// paired over replications run with the same random streams, each with its 95 % interval.
enum BriefEconomics {
  /// One subject's changes: cost per TEU, cost a year and CO2 a year.
  struct Line {
    var label: String
    var perTEU: Comparison.Row?
    var perYear: Comparison.Row
    var co2: Comparison.Row?
  }

  /// The comparison's rows by key.
  static func rows(_ comparison: Comparison) -> [ResultKey: Comparison.Row] {
    Dictionary(comparison.rows.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The lines of one kind of subject, largest yearly change first.
  static func lines(
    _ comparison: Comparison, scenario: Scenario, where isKind: (ResultSubject) -> Bool
  ) -> [Line] {
    let byKey = rows(comparison)
    return comparison.rows.filter { $0.key.measure == .costUSDPerYear && isKind($0.key.subject) }
      .map { row in
        Line(
          label: BriefWords.subject(row.key.subject, in: scenario),
          perTEU: byKey[ResultKey(row.key.subject, .costUSDPerTEU)], perYear: row,
          co2: byKey[ResultKey(row.key.subject, .co2TonnesPerYear)])
      }
      .sorted {
        (abs($0.perYear.difference.mean), $1.label) > (abs($1.perYear.difference.mean), $0.label)
      }
  }

  /// A difference in millions of US$ a year with its interval: `−12.3 ± 0.4`.
  static func millions(_ row: Comparison.Row) -> String {
    signed(row.difference, scale: 1e-6, decimals: row.difference.mean.magnitude >= 1e7 ? 0 : 2)
  }

  /// `mean ± half` of `ci` × `scale`, with a sign, in the report's language; `n.s.` when the
  /// interval holds zero.
  static func signed(_ ci: ConfidenceInterval, scale: Double = 1, decimals: Int) -> String {
    let half = ci.halfWidth.isFinite ? ci.halfWidth * scale : 0
    let significant = ci.observations > 1 && (ci.lower > 0 || ci.upper < 0)
    return LocalNumber.local(
      (ci.mean * scale >= 0.5 * pow(10, -Double(decimals)) ? "+" : "")
        + NumberFormat.grouped(ci.mean * scale, decimals: decimals) + " ± "
        + NumberFormat.grouped(half, decimals: decimals))
      + (significant || half == 0 ? "" : " " + t("n.s."))
  }

  /// The section of one variant: all freight, then corridors, crossings and OD pairs.
  static func section(run: BriefRun, comparison: Comparison, base: Scenario) -> String {
    let scenario = base
    var out = [
      "<h3>" + Markup.escape(t("Money and carbon: {0}", Names.scenario(run.scenario))) + "</h3>"
    ]
    let all = lines(comparison, scenario: scenario) { $0 == .network }
    if let total = all.first {
      out.append(
        "<p>" + Markup.escape(sentence(total, name: Names.scenario(run.scenario))) + "</p>")
    }
    let tables: [(String, (ResultSubject) -> Bool, Int)] = [
      (t("By corridor"), { $0.kind == "corridor" }, 8),
      (t("By border crossing and direction"), { $0.kind == "crossing" }, 10),
      (t("By origin and destination (the ten largest changes)"), { $0.kind == "od" }, 10),
    ]
    for (title, kind, limit) in tables {
      let rows = lines(comparison, scenario: scenario, where: kind).prefix(limit)
      guard !rows.isEmpty else { continue }
      out.append("<h4>" + Markup.escape(title) + "</h4><table>")
      out.append(
        BriefTables.header(
          [
            "", t("cost per TEU, US$ (95 %)"), t("cost a year, million US$ (95 %)"),
            t("CO2 a year, tonnes"),
          ].map(Markup.escape), numeric: [1, 2, 3]))
      out.append("<tbody>")
      for line in rows {
        out.append(
          BriefTables.row(
            [
              Markup.escape(line.label),
              line.perTEU.map { signed($0.difference, decimals: 1) } ?? "–",
              millions(line.perYear),
              line.co2.map { signed($0.difference, decimals: 0) } ?? "–",
            ], numeric: [1, 2, 3]))
      }
      out.append("</tbody></table>")
    }
    out.append("<p class=\"note\">" + Markup.escape(method) + "</p>")
    return out.joined(separator: "\n")
  }

  /// The finding on all freight: US$ a year and per TEU, and CO2 a year.
  static func sentence(_ total: Line, name: String) -> String {
    let money = total.perYear
    let perTEU = total.perTEU.map { signed($0.difference, decimals: 1) }
    let co2 = total.co2.map { signed($0.difference, decimals: 0) } ?? "0"
    if money.isSignificant {
      return t(
        "{0} changes what traders pay for the region's freight, time included, by {1} million US$ a year{2}, and running emissions by {3} tonnes of CO2 a year.",
        name, millions(money), perTEU.map { t(" ({0} US$ per TEU)", $0) } ?? "", co2)
    }
    return t(
      "{0} does not change what traders pay for the region's freight by more than chance allows ({1} million US$ a year); running emissions change by {2} tonnes of CO2 a year.",
      name, millions(money), co2)
  }

  /// How the figures are found, and what they leave out.
  static var method: String {
    t(
      "Cost to traders: tariffs, fees and handling plus time in transit valued at each commodity's value of time, weighted by the TEU a year on each scenario's routes; changes are the variant minus the base over paired replications, with 95 % intervals (n.s.: the interval holds zero). A corridor's or crossing's yearly change includes freight that moves onto or off it. CO2 counts running emissions only (kg per TEU-km by mode, from the scenario or the fact-sheet defaults, which are estimates): engines idling at borders and terminals are not counted, so CO2 changes only where freight changes route, and its interval is zero because routes are chosen by the equilibrium, not sampled."
    )
  }
}
