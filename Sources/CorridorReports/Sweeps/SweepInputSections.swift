import CorridorModel
import CorridorSweep

/// The sections of a sweep's brief on its uncertain inputs: the tornado, the main effects and
/// the percentile bands.
enum SweepInputSections {
  static func tornado(_ analysis: SweepAnalysis, names: SweepNames) -> String {
    let charts = SweepHeadline.all.compactMap { headline in
      analysis.tornadoes.first { $0.kpi == headline.kpi }.map { (headline, $0) }
    }
    guard !charts.isEmpty else { return "" }
    var out = ["<section><h2>\(Markup.escape(t("Which uncertain input matters most")))</h2>"]
    for (headline, tornado) in charts {
      out.append(
        "<figure>"
          + SweepTornadoChart.svg(
            tornado, inputs: analysis.manifest.inputs, names: names, headline: headline)
          + "</figure>")
    }
    if !analysis.manifest.measures.isEmpty, let (headline, tornado) = charts.first {
      out.append(
        "<table>"
          + BriefTables.header(
            [
              t("input"), t("bundle's effect at P10 ({0})", headline.unit), t("at P90"),
            ].map(Markup.escape), numeric: [1, 2])
          + "<tbody>")
      for bar in tornado.bars {
        out.append(
          BriefTables.row(
            [
              Markup.escape(names.input(bar.input)),
              headline.text(bar.effectAtLow), headline.text(bar.effectAtHigh),
            ], numeric: [1, 2]))
      }
      out.append("</tbody></table>")
    }
    out.append("</section>")
    return out.joined(separator: "\n")
  }

  static func mainEffects(_ analysis: SweepAnalysis, names: SweepNames) -> String {
    let rows = SweepHeadline.all.compactMap { headline in
      analysis.mainEffects.first { $0.kpi == headline.kpi }.map { (headline, $0) }
    }
    guard !rows.isEmpty else { return "" }
    var out = [
      "<section><h2>\(Markup.escape(t("Main effects of the inputs (factorial design)")))</h2><table>",
      BriefTables.header(
        [t("KPI"), t("input"), t("high minus low"), t("on the bundle's effect")].map(
          Markup.escape), numeric: [2, 3])
        + "<tbody>",
    ]
    for (headline, row) in rows {
      for effect in row.effects {
        out.append(
          BriefTables.row(
            [
              Markup.escape("\(headline.label) (\(headline.unit))"),
              Markup.escape(names.input(effect.input)),
              headline.text(effect.effect),
              headline.text(effect.effectOnBundle),
            ], numeric: [2, 3]))
      }
    }
    out.append("</tbody></table></section>")
    return out.joined(separator: "\n")
  }

  static func bands(_ analysis: SweepAnalysis) -> String {
    let rows = SweepHeadline.all.compactMap { headline in
      analysis.bands.first { $0.kpi == headline.kpi }.map { (headline, $0) }
    }
    guard !rows.isEmpty else { return "" }
    var out = [
      "<section><h2>\(Markup.escape(t("Under the inputs' uncertainty")))</h2>",
      "<p class=\"note\">"
        + Markup.escape(
          t(
            "Over {0} Latin hypercube samples of the inputs, each the mean of {1} replications. In brackets: the interval that holds the percentile with at least 95 % probability (order statistics).",
            "\(analysis.samples)", "\(analysis.manifest.replications)")) + "</p><table>",
      BriefTables.header([Markup.escape(t("KPI")), "", "P10", "P50", "P90"], numeric: [2, 3, 4])
        + "<tbody>",
    ]
    for (headline, row) in rows {
      for band in row.bands {
        let cells = [band.p10, band.p50, band.p90].map { p in
          // The interval on a line of its own, so that three columns fit the page.
          LocalNumber.grouped(p.value, decimals: headline.decimals) + "<br>["
            + LocalNumber.grouped(p.lower, decimals: headline.decimals) + "; "
            + LocalNumber.grouped(p.upper, decimals: headline.decimals) + "]"
            + (p.isExact ? "" : "*")
        }
        out.append(
          BriefTables.row(
            [Markup.escape("\(headline.label) (\(headline.unit))"), Markup.escape(t(band.label))]
              + cells,
            numeric: [2, 3, 4]))
      }
    }
    out.append(
      "</tbody></table><p class=\"note\">"
        + Markup.escape(
          t(
            "*: too few samples for a 95 % interval; the interval shown runs to the sample's extremes."
          )) + "</p></section>")
    return out.joined(separator: "\n")
  }
}
