import CorridorSweep

/// The report of a merged sweep: `brief.html`, `summary.md` and the tables as CSV.
public enum SweepReport {
  /// The report's files, named and in a fixed order; the same analysis, date and version give
  /// the same bytes.
  public static func files(_ analysis: SweepAnalysis, date: String, toolVersion: String)
    -> [(name: String, text: String)]
  {
    var files: [(name: String, text: String)] = [
      ("brief.html", SweepBrief.html(analysis, date: date, toolVersion: toolVersion)),
      ("summary.md", summary(analysis)),
      ("variants.csv", SweepCSV.variants(analysis)),
      ("variant-kpis.csv", SweepCSV.variantKPIs(analysis)),
    ]
    if !analysis.measures.isEmpty { files.append(("measures.csv", SweepCSV.measures(analysis))) }
    if !analysis.tornadoes.isEmpty { files.append(("tornado.csv", SweepCSV.tornado(analysis))) }
    if !analysis.mainEffects.isEmpty {
      files.append(("main-effects.csv", SweepCSV.mainEffects(analysis)))
    }
    if !analysis.bands.isEmpty { files.append(("bands.csv", SweepCSV.bands(analysis))) }
    return files
  }

  /// The findings as Markdown, for the screen and for notes.
  public static func summary(_ analysis: SweepAnalysis) -> String {
    var out = ["# \(analysis.manifest.name)", ""]
    out += SweepFindings.sentences(analysis).map { "- \($0)" }
    if let table = analysis.measures.first(where: { $0.kpi == SweepHeadline.all[0].kpi }) {
      let headline = SweepHeadline.all[0]
      out += [
        "", "| measure | alone (\(headline.unit)) | Shapley share (\(headline.unit)) |",
        "|---|---:|---:|",
      ]
      for effect in table.measures {
        out.append(
          "| \(effect.measure) | \(headline.text(effect.alone)) | \(headline.text(effect.shapley)) |"
        )
      }
      out.append("| all together | \(headline.text(table.bundleEffect)) | |")
    }
    return out.joined(separator: "\n") + "\n"
  }
}
