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
    var out = ["<section><h2>\(Markup.escape(t("How well the model fits")))</h2>"]
    if isBase {
      let note = t(
        "Of the base scenario, {0}; the what-if cases change it by their measures only.",
        Names.scenario(scenario))
      out.append("<p class=\"note\">\(Markup.escape(note))</p>")
    }
    if let fit, !fit.lines.isEmpty {
      out.append("<p>\(Markup.escape(summary(fit)))</p>")
      // One chart per set, so that calibration and validation stay apart; the figures for
      // reference are in the table only.
      let sets = [
        (Observation.Use.calibrate, t("Calibration set: modelled as a percentage of observed")),
        (
          .validate,
          t("Validation set: modelled as a percentage of observed (100 % is a perfect fit)")
        ),
      ]
      for (use, title) in sets {
        let rows = fit.lines.filter { $0.observation.use == use }.map { line in
          (
            BriefWords.quantity(line.observation.quantity, in: scenario),
            [line.modelled.map { 100 * $0.value / line.observation.value } ?? .nan]
          )
        }
        guard !rows.isEmpty else { continue }
        out.append(
          "<figure>"
            + BriefCharts.clearance(
              rows: rows, series: [t("modelled")], title: title,
              axis: t("modelled, % of observed"), unit: "%") + "</figure>")
      }
      out.append(table(fit, scenario: scenario))
    } else {
      let note = t(
        "This run was not compared with observations: give --observations FILE to set it beside published figures."
      )
      out.append("<p class=\"note\">\(Markup.escape(note))</p>")
    }
    out.append("<h3>\(Markup.escape(t("Scope and limits")))</h3>")
    out.append("<p class=\"note\">\(Markup.escape(scope(scenario)))</p></section>")
    return out.joined(separator: "\n")
  }

  /// The key finding on trust, first in the brief: how many of the figures held out for
  /// validation the model reproduces, and a caution when it is fewer than four in five.
  static func finding(_ fit: FitTable) -> String? {
    let held = fit.summary(.validate)
    guard held.count > 0 else { return nil }
    let share = Double(held.withinTolerance) / Double(held.count)
    let text =
      held.count == 1
      ? t(
        "Checked against 1 published figure held out for validation, the model reproduces {0} within its tolerance",
        "\(held.withinTolerance)")
      : t(
        "Checked against {0} published figures held out for validation, the model reproduces {1} within their tolerance",
        "\(held.count)", "\(held.withinTolerance)")
    return text
      + (share >= 0.8
        ? "."
        : t(
          "; its absolute times and volumes are not yet to be relied on (see How well the model fits)."
        ))
  }

  /// One sentence per set: how many observations fit within their tolerance.
  static func summary(_ fit: FitTable) -> String {
    Observation.Use.allCases.compactMap { use -> String? in
      let s = fit.summary(use)
      guard s.count > 0 else { return nil }
      if use == .reference {
        return t(
          "{0} more figures were measured under conditions the scenario does not represent (the table gives each reason); they are shown for reference and not counted.",
          "\(s.count)")
      }
      if s.count == 1 {
        return use == .validate
          ? t(
            "Of the 1 observation held out for validation, {0} is within its tolerance.",
            "\(s.withinTolerance)")
          : t(
            "Of the 1 observation used for calibration, {0} is within its tolerance.",
            "\(s.withinTolerance)")
      }
      return use == .validate
        ? t(
          "Of the {0} observations held out for validation, {1} are within their tolerance.",
          "\(s.count)", "\(s.withinTolerance)")
        : t(
          "Of the {0} observations used for calibration, {1} are within their tolerance.",
          "\(s.count)", "\(s.withinTolerance)")
    }.joined(separator: " ")
  }

  /// What the scenario covers and how its figures were found.
  static func scope(_ scenario: Scenario) -> String {
    let commodities = Set(scenario.demand.map(\.commodity)).count
    let provenance = scenario.provenance
    return t(
      "The model covers {0} flows between origins and destinations, {1} TEU a year in {2} commodities, over {3} places and {4} border crossings; freight not in these flows is not in the results. Of the scenario's entries, {5} cite a source and {6} are marked as estimates; findings that rest on estimates say so. The simulation models queues, controls, opening hours, closed days, quotas, wagon supply and holding areas where the scenario gives them; permits, informal waits, congestion outside the posts, engines idling at borders and the demand that faster crossings would attract are not modelled.",
      "\(scenario.demand.count)", LocalNumber.grouped(scenario.totalTEUPerYear), "\(commodities)",
      "\(scenario.nodes.count)", "\(scenario.crossings.count)", "\(provenance.sourced)",
      "\(provenance.estimated)")
  }

  private static func table(_ fit: FitTable, scenario: Scenario) -> String {
    var out = [
      "<table>",
      BriefTables.words(
        [
          t("what was measured"), t("use"), t("observed"), t("modelled"), t("error"), t("fits"),
          t("source"),
        ], numeric: [2, 3, 4]), "<tbody>",
    ]
    for line in fit.lines {
      let o = line.observation
      let use =
        switch o.use {
        case .calibrate: t("calibration")
        case .validate: t("validation")
        case .reference: t("reference")
        }
      let cells = [
        Markup.escape(BriefWords.quantity(o.quantity, in: scenario)), Markup.escape(use),
        LocalNumber.significant(o.value),
        line.modelled.map { LocalNumber.significant($0.value) } ?? Markup.escape(t("none")),
        line.errorPercent.map { LocalNumber.percent($0, decimals: 0) } ?? "–",
        o.use == .reference ? "–" : Markup.escape(line.withinTolerance ? t("yes") : t("no")),
        Markup.escape(
          "\(o.source) (\(o.year))" + (o.reason.map { "; " + t("not scored: {0}", $0) } ?? "")),
      ]
      let numeric: Set<Int> = [2, 3, 4]
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
