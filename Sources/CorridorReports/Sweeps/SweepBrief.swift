import CorridorModel
import CorridorSimulation
import CorridorSweep

/// `brief.html` of a sweep: findings, the effect of each measure with its Shapley share, the
/// tornado of the uncertain inputs, percentile bands, and an appendix with the method, the
/// inputs' ranges and sources, the settings and the files; in the language of the phrasebook
/// in force.
enum SweepBrief {
  static func html(_ analysis: SweepAnalysis, names: SweepNames, date: String, toolVersion: String)
    -> String
  {
    let manifest = analysis.manifest
    var body = [
      "<header><h1>\(Markup.escape(names.title))</h1>",
      "<p class=\"meta\">"
        + Markup.escape(
          t(
            "{0} · sweep {1} · scenario {2} · {3} variants × {4} replications", date,
            manifest.sweep, manifest.scenario, "\(manifest.variants.count)",
            "\(manifest.replications)")) + "</p></header>",
      "<section><h2>\(Markup.escape(t("Key findings")))</h2><ol>",
    ]
    body += SweepFindings.sentences(analysis, names: names).map {
      "<li>\(Markup.escape($0))</li>"
    }
    body.append("</ol></section>")
    if !analysis.overloads.isEmpty {
      body.append(
        "<p class=\"note\"><strong>"
          + Markup.escape(
            t(
              "{0} variants load facilities beyond what they can serve and ran with every queue capped at 100,000 units: their queues and every figure behind them depend on the simulated days, so read the effects that involve them as lower bounds of the delays. The appendix lists them.",
              "\(analysis.overloads.count)")) + "</strong></p>")
    }
    body.append(measureSection(analysis, names: names))
    body.append(SweepInputSections.tornado(analysis, names: names))
    body.append(SweepInputSections.mainEffects(analysis, names: names))
    body.append(SweepInputSections.bands(analysis))
    body.append(crossingSection(analysis, names: names))
    body.append(SweepAppendix.html(analysis, names: names, toolVersion: toolVersion))
    return Brief.document(title: names.title, toolVersion: toolVersion, body: body)
  }

  static func measureSection(_ analysis: SweepAnalysis, names: SweepNames) -> String {
    let tables = SweepHeadline.all.compactMap { headline in
      analysis.measures.first { $0.kpi == headline.kpi }.map { (headline, $0) }
    }
    guard !tables.isEmpty else { return "" }
    var out = [
      "<section><h2>\(Markup.escape(t("What each measure earns")))</h2>",
      "<p class=\"note\">"
        + Markup.escape(
          t(
            "Alone: the measure by itself against no measures. Shapley share: its average extra effect over every order in which the measures could be added; the shares add up to the bundle's effect. Differences are paired by replication; ± is the 95 % interval; n.s.: the interval holds zero."
          )) + "</p><table>",
    ]
    var heading = [t("measure")]
    for (headline, _) in tables {
      heading += [
        t("{0} alone ({1})", headline.short, headline.unit),
        t("{0} Shapley share", headline.short),
      ]
    }
    out.append(
      BriefTables.header(heading.map(Markup.escape), numeric: Set(1..<heading.count)) + "<tbody>")
    for (i, id) in analysis.manifest.measures.enumerated() {
      var cells = [Markup.escape(names.measure(i)) + " <code>\(Markup.escape(id))</code>"]
      for (headline, table) in tables {
        let effect = table.measures[i]
        cells += [headline.text(effect.alone), headline.text(effect.shapley)]
      }
      out.append(BriefTables.row(cells, numeric: Set(1..<cells.count)))
    }
    var total = ["<b>\(Markup.escape(t("all measures together")))</b>"]
    var interaction = [Markup.escape(t("together minus the sum alone"))]
    for (headline, table) in tables {
      total += ["<b>\(headline.text(table.bundleEffect))</b>", ""]
      interaction += [headline.text(table.interaction), ""]
    }
    out.append(BriefTables.row(total, numeric: Set(1..<total.count)))
    out.append(BriefTables.row(interaction, numeric: Set(1..<interaction.count)))
    out.append("</tbody></table></section>")
    return out.joined(separator: "\n")
  }

  /// The crossings whose clearance the bundle changes most, with each measure's share.
  static func crossingSection(_ analysis: SweepAnalysis, names: SweepNames) -> String {
    let rows = analysis.measures.filter {
      $0.kpi.kind == "crossing" && $0.kpi.measure == ResultMeasure.clearanceHours.rawValue
    }.sorted {
      (abs($0.bundleEffect.mean), $1.kpi.name) > (abs($1.bundleEffect.mean), $0.kpi.name)
    }.prefix(8)
    guard !rows.isEmpty else { return "" }
    let ids = analysis.manifest.measures
    let shapley = rows.first?.measures.first?.shapley != nil
    var out = [
      "<section><h2>\(Markup.escape(t("Crossings the measures change most (hours to clear)")))</h2><table>",
      BriefTables.header(
        [t("crossing"), t("hours without"), t("change with all")].map(Markup.escape)
          + ids.indices.map { "(\($0 + 1))" },
        numeric: Set(1..<(3 + ids.count))) + "<tbody>",
    ]
    for row in rows {
      let cells =
        [
          Markup.escape(names.kpi(row.kpi)),
          SweepHeadline.text(row.base, decimals: 1, signed: false),
          SweepHeadline.text(row.bundleEffect, decimals: 1),
        ] + row.measures.map { measureCell(shapley ? $0.shapley : $0.alone) }
      out.append(BriefTables.row(cells, numeric: Set(1..<cells.count)))
    }
    let key = ids.indices.map { "(\($0 + 1)) \(names.measure($0))" }.joined(separator: ", ")
    out.append(
      "</tbody></table><p class=\"note\">"
        + Markup.escape(
          shapley
            ? t("Per measure: its Shapley share of the change in hours; {0}.", key)
            : t("Per measure: its effect alone on the change in hours; {0}.", key))
        + " "
        + Markup.escape(
          t(
            "In grey: a share that cannot be told from zero (its 95 % interval holds zero); every interval is in measures.csv."
          )) + "</p></section>")
    return out.joined(separator: "\n")
  }

  /// A measure's share of a crossing's change: its mean alone, in grey when its interval
  /// holds zero, so that a column per measure fits the page.
  static func measureCell(_ ci: ConfidenceInterval?) -> String {
    guard let ci else { return "–" }
    let significant = ci.observations > 1 && (ci.lower > 0 || ci.upper < 0)
    let mean = LocalNumber.fixed(ci.mean, decimals: 1, signed: true)
    return significant ? mean : "<span class=\"ns\">\(mean)</span>"
  }
}
