import CorridorCalibration
import CorridorModel

/// The brief's account of how far to trust it: the fit to observations and the scope.
enum BriefFit {
  /// The section "How well the model fits", then the scope and caveats.
  ///
  /// With observations: the fit by set, the modelled values as a share of the observed ones,
  /// and the table of observations; without, a note that none were compared.
  /// In a comparison (`isBase`), the fit and scope are the base scenario's.
  static func section(_ fit: FitTable?, scenario: Scenario, isBase: Bool = false) -> String {
    var out = ["<section><h2>How well the model fits</h2>"]
    if isBase {
      out.append(
        "<p class=\"note\">Of the base scenario <code>\(Markup.escape(scenario.id))</code>; "
          + "the variants change it by their measures only.</p>")
    }
    if let fit, !fit.lines.isEmpty {
      out.append("<p>\(Markup.escape(summary(fit)))</p>")
      let rows = fit.lines.map { line in
        (
          line.observation.id,
          [line.modelled.map { 100 * $0.value / line.observation.value } ?? .nan]
        )
      }
      out.append(
        BriefCharts.clearance(
          rows: rows, series: ["modelled"],
          title: "Modelled as a percentage of observed (100 % is a perfect fit)",
          axis: "modelled, % of observed", unit: "%"))
      out.append(table(fit))
    } else {
      out.append(
        "<p class=\"note\">This run was not compared with observations: give "
          + "<code>--observations FILE</code> to set it beside published figures.</p>")
    }
    out.append("<p class=\"note\">\(Markup.escape(scope(scenario)))</p></section>")
    return out.joined(separator: "\n")
  }

  /// The key finding on trust, first in the brief: how many of the figures held out for
  /// validation the model reproduces, and a caution when it is fewer than four in five.
  static func finding(_ fit: FitTable) -> String? {
    let held = fit.summary(.validate)
    guard held.count > 0 else { return nil }
    let share = Double(held.withinTolerance) / Double(held.count)
    return "Checked against \(held.count) published \(held.count == 1 ? "figure" : "figures") "
      + "held out for validation, the model reproduces \(held.withinTolerance) within "
      + "\(held.count == 1 ? "its" : "their") tolerance"
      + (share >= 0.8
        ? "."
        : "; its absolute times and volumes are not yet to be relied on (see How well the "
          + "model fits).")
  }

  /// One sentence per set: how many observations fit within their tolerance.
  static func summary(_ fit: FitTable) -> String {
    Observation.Use.allCases.compactMap { use -> String? in
      let s = fit.summary(use)
      guard s.count > 0 else { return nil }
      if use == .reference {
        return "\(s.count) more \(s.count == 1 ? "figure was" : "figures were") measured under "
          + "conditions the scenario does not represent (the table gives each reason); "
          + "\(s.count == 1 ? "it is" : "they are") shown for reference and not counted."
      }
      let set = use == .validate ? "held out for validation" : "used for calibration"
      return "Of the \(s.count) observations \(set), \(s.withinTolerance) "
        + "\(s.withinTolerance == 1 ? "is within its" : "are within their") tolerance."
    }.joined(separator: " ")
  }

  /// What the scenario covers and how its figures were found.
  static func scope(_ scenario: Scenario) -> String {
    let commodities = Set(scenario.demand.map(\.commodity)).count
    let provenance = scenario.provenance
    return "Scope: \(scenario.demand.count) flows between origins and destinations, "
      + "\(NumberFormat.grouped(scenario.totalTEUPerYear)) TEU a year in \(commodities) "
      + "\(commodities == 1 ? "commodity" : "commodities"), over \(scenario.nodes.count) places "
      + "and \(scenario.crossings.count) border crossings; freight not in these flows is not in "
      + "the results. Of the scenario's entries, \(provenance.sourced) cite a source and "
      + "\(provenance.estimated) are marked as estimates. The simulation models queues, "
      + "controls, opening hours, closed days, quotas, wagon supply and holding areas where the "
      + "scenario "
      + "gives them; permits, informal waits and congestion outside the posts are not modelled."
  }

  private static func table(_ fit: FitTable) -> String {
    var out = [
      "<table>",
      "<thead><tr><th>observation</th><th>use</th><th>what</th><th class=\"n\">observed</th>"
        + "<th class=\"n\">modelled</th><th class=\"n\">error</th><th>fits</th><th>source</th>"
        + "</tr></thead>", "<tbody>",
    ]
    for line in fit.lines {
      let o = line.observation
      let cells = [
        Markup.escape(o.id), o.use.rawValue, Markup.escape(FitReport.describe(o.quantity)),
        NumberFormat.significant(o.value),
        line.modelled.map { NumberFormat.significant($0.value) } ?? "none",
        line.errorPercent.map { NumberFormat.fixed($0, decimals: 0) + " %" } ?? "–",
        o.use == .reference ? "–" : line.withinTolerance ? "yes" : "no",
        Markup.escape("\(o.source) (\(o.year))" + (o.reason.map { "; not scored: \($0)" } ?? "")),
      ]
      let numeric: Set<Int> = [3, 4, 5]
      out.append(
        "<tr>"
          + cells.enumerated().map {
            numeric.contains($0) ? "<td class=\"n\">\($1)</td>" : "<td>\($1)</td>"
          }.joined() + "</tr>")
    }
    out.append("</tbody></table>")
    return out.joined(separator: "\n")
  }
}
