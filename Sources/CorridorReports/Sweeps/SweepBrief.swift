import CorridorModel
import CorridorSimulation
import CorridorSweep

/// `brief.html` of a sweep: findings, the effect of each measure with its Shapley share, the
/// tornado of the uncertain inputs, percentile bands, and an appendix with the method, the
/// inputs' ranges and sources, the settings and the files.
enum SweepBrief {
  static func html(_ analysis: SweepAnalysis, date: String, toolVersion: String) -> String {
    let manifest = analysis.manifest
    var body = [
      "<header><h1>\(Markup.escape(manifest.name))</h1>",
      "<p class=\"meta\">\(Markup.escape(date)) · sweep <code>\(Markup.escape(manifest.sweep))</code> · "
        + "scenario <code>\(Markup.escape(manifest.scenario))</code> · "
        + "\(manifest.variants.count) variants × \(manifest.replications) replications</p></header>",
      "<section><h2>Key findings</h2><ol>",
    ]
    body += SweepFindings.sentences(analysis).map { "<li>\(Markup.escape($0))</li>" }
    body.append("</ol></section>")
    if !analysis.overloads.isEmpty {
      body.append(
        "<p class=\"note\"><strong>\(analysis.overloads.count) variants load facilities beyond "
          + "what they can serve and ran with every queue capped at 100,000 units: their queues "
          + "and every figure behind them depend on the simulated days, so read the effects that "
          + "involve them as lower bounds of the delays. The appendix lists them.</strong></p>")
    }
    body.append(measureSection(analysis))
    body.append(tornadoSection(analysis))
    body.append(mainEffectSection(analysis))
    body.append(bandSection(analysis))
    body.append(crossingSection(analysis))
    body.append(SweepAppendix.html(analysis, toolVersion: toolVersion))
    return Brief.document(title: manifest.name, toolVersion: toolVersion, body: body)
  }

  static func measureSection(_ analysis: SweepAnalysis) -> String {
    let tables = SweepHeadline.all.compactMap { headline in
      analysis.measures.first { $0.kpi == headline.kpi }.map { (headline, $0) }
    }
    guard !tables.isEmpty else { return "" }
    let names = analysis.manifest.measureNames
    var out = [
      "<section><h2>What each measure earns</h2>",
      "<p class=\"note\">Alone: the measure by itself against no measures. Shapley share: its "
        + "average extra effect over every order in which the measures could be added; the "
        + "shares add up to the bundle's effect. Differences are paired by replication; "
        + "± is the 95 % interval; n.s.: the interval holds zero.</p><table>",
    ]
    var heading = ["measure"]
    for (headline, _) in tables {
      heading += [
        "\(headline.short) alone (\(headline.unit))", "\(headline.short) Shapley share",
      ]
    }
    out.append(BriefTables.header(heading, numeric: Set(1..<heading.count)) + "<tbody>")
    for (i, id) in analysis.manifest.measures.enumerated() {
      var cells = [Markup.escape(names[i]) + " <code>\(Markup.escape(id))</code>"]
      for (headline, table) in tables {
        let effect = table.measures[i]
        cells += [headline.text(effect.alone), headline.text(effect.shapley)]
      }
      out.append(BriefTables.row(cells, numeric: Set(1..<cells.count)))
    }
    var total = ["<b>all measures together</b>"]
    var interaction = ["together minus the sum alone"]
    for (headline, table) in tables {
      total += ["<b>\(headline.text(table.bundleEffect))</b>", ""]
      interaction += [headline.text(table.interaction), ""]
    }
    out.append(BriefTables.row(total, numeric: Set(1..<total.count)))
    out.append(BriefTables.row(interaction, numeric: Set(1..<interaction.count)))
    out.append("</tbody></table></section>")
    return out.joined(separator: "\n")
  }

  static func tornadoSection(_ analysis: SweepAnalysis) -> String {
    let charts = SweepHeadline.all.compactMap { headline in
      analysis.tornadoes.first { $0.kpi == headline.kpi }.map { (headline, $0) }
    }
    guard !charts.isEmpty else { return "" }
    var out = ["<section><h2>Which uncertain input matters most</h2>"]
    for (headline, tornado) in charts {
      out.append(
        "<figure>"
          + SweepTornadoChart.svg(tornado, inputs: analysis.manifest.inputs, headline: headline)
          + "</figure>")
    }
    if !analysis.manifest.measures.isEmpty, let (headline, tornado) = charts.first {
      out.append(
        "<table>"
          + BriefTables.header(
            ["input", "bundle's effect at P10 (\(headline.unit))", "at P90"], numeric: [1, 2])
          + "<tbody>")
      for bar in tornado.bars {
        out.append(
          BriefTables.row(
            [
              Markup.escape(analysis.manifest.inputs[bar.input].name),
              headline.text(bar.effectAtLow), headline.text(bar.effectAtHigh),
            ], numeric: [1, 2]))
      }
      out.append("</tbody></table>")
    }
    out.append("</section>")
    return out.joined(separator: "\n")
  }

  static func mainEffectSection(_ analysis: SweepAnalysis) -> String {
    let rows = SweepHeadline.all.compactMap { headline in
      analysis.mainEffects.first { $0.kpi == headline.kpi }.map { (headline, $0) }
    }
    guard !rows.isEmpty else { return "" }
    var out = [
      "<section><h2>Main effects of the inputs (factorial design)</h2><table>",
      BriefTables.header(
        ["KPI", "input", "high minus low", "on the bundle's effect"], numeric: [2, 3])
        + "<tbody>",
    ]
    for (headline, row) in rows {
      for effect in row.effects {
        out.append(
          BriefTables.row(
            [
              "\(Markup.escape(headline.label)) (\(headline.unit))",
              Markup.escape(analysis.manifest.inputs[effect.input].name),
              headline.text(effect.effect),
              headline.text(effect.effectOnBundle),
            ], numeric: [2, 3]))
      }
    }
    out.append("</tbody></table></section>")
    return out.joined(separator: "\n")
  }

  static func bandSection(_ analysis: SweepAnalysis) -> String {
    let rows = SweepHeadline.all.compactMap { headline in
      analysis.bands.first { $0.kpi == headline.kpi }.map { (headline, $0) }
    }
    guard !rows.isEmpty else { return "" }
    var out = [
      "<section><h2>Under the inputs' uncertainty</h2>",
      "<p class=\"note\">Over \(analysis.samples) Latin hypercube samples of the inputs, each the "
        + "mean of \(analysis.manifest.replications) replications. In brackets: the interval "
        + "that holds the percentile with at least 95 % probability (order statistics).</p><table>",
      BriefTables.header(["KPI", "", "P10", "P50", "P90"], numeric: [2, 3, 4]) + "<tbody>",
    ]
    for (headline, row) in rows {
      for band in row.bands {
        let cells = [band.p10, band.p50, band.p90].map { p in
          NumberFormat.grouped(p.value, decimals: headline.decimals) + " ["
            + NumberFormat.grouped(p.lower, decimals: headline.decimals) + ", "
            + NumberFormat.grouped(p.upper, decimals: headline.decimals) + "]"
            + (p.isExact ? "" : "*")
        }
        out.append(
          BriefTables.row(
            ["\(Markup.escape(headline.label)) (\(headline.unit))", Markup.escape(band.label)]
              + cells,
            numeric: [2, 3, 4]))
      }
    }
    out.append(
      "</tbody></table><p class=\"note\">*: too few samples for a 95 % interval; the "
        + "interval shown runs to the sample's extremes.</p></section>")
    return out.joined(separator: "\n")
  }

  /// The crossings whose clearance the bundle changes most, with each measure's share.
  static func crossingSection(_ analysis: SweepAnalysis) -> String {
    let rows = analysis.measures.filter {
      $0.kpi.kind == "crossing" && $0.kpi.measure == ResultMeasure.clearanceHours.rawValue
    }.sorted {
      (abs($0.bundleEffect.mean), $1.kpi.name) > (abs($1.bundleEffect.mean), $0.kpi.name)
    }.prefix(8)
    guard !rows.isEmpty else { return "" }
    let ids = analysis.manifest.measures
    let shapley = rows.first?.measures.first?.shapley != nil
    var out = [
      "<section><h2>Crossings the measures change most (hours to clear)</h2><table>",
      BriefTables.header(
        ["crossing", "hours without", "change with all"]
          + ids.indices.map { "(\($0 + 1))" },
        numeric: Set(1..<(3 + ids.count))) + "<tbody>",
    ]
    for row in rows {
      let cells =
        [
          Markup.escape(row.kpi.name), SweepHeadline.text(row.base, decimals: 1, signed: false),
          SweepHeadline.text(row.bundleEffect, decimals: 1),
        ] + row.measures.map { SweepHeadline.text(shapley ? $0.shapley : $0.alone, decimals: 1) }
      out.append(BriefTables.row(cells, numeric: Set(1..<cells.count)))
    }
    out.append(
      "</tbody></table><p class=\"note\">Per measure: its \(shapley ? "Shapley share" : "effect alone") "
        + "of the change in hours; "
        + ids.enumerated().map { "(\($0.offset + 1)) <code>\(Markup.escape($0.element))</code>" }
        .joined(separator: ", ") + ".</p></section>")
    return out.joined(separator: "\n")
  }
}
