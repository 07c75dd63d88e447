import CorridorSweep

/// The report of a merged sweep: `brief.html`, `summary.md` and the tables as CSV.
public enum SweepReport {
  /// The report's files, named and in a fixed order; the same analysis, sweep, language, date
  /// and version give the same bytes.
  ///
  /// - Parameters:
  ///   - sweep: The sweep file and its scenario, read again, for the names the brief and the
  ///     summary write; `nil` writes the manifest's names and the ids.
  ///   - phrasebook: The language of `brief.html` (the summary and tables are in English).
  public static func files(
    _ analysis: SweepAnalysis, sweep: LoadedSweepPlan?, phrasebook: Phrasebook = .english,
    date: String, toolVersion: String
  ) -> [(name: String, text: String)] {
    let brief = Phrasebook.$current.withValue(phrasebook) {
      SweepBrief.html(
        analysis, names: SweepNames(analysis.manifest, sweep: sweep), date: date,
        toolVersion: toolVersion)
    }
    let names = SweepNames(analysis.manifest, sweep: sweep)
    var files: [(name: String, text: String)] = [
      ("brief.html", brief),
      ("summary.md", summary(analysis, names: names)),
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

  /// The findings as Markdown (`summary.md`), for the screen and for notes.
  static func summary(_ analysis: SweepAnalysis, names: SweepNames) -> String {
    var out = ["# \(names.title)", ""]
    out += SweepFindings.sentences(analysis, names: names).map { "- \($0)" }
    if let table = analysis.measures.first(where: { $0.kpi == SweepHeadline.all[0].kpi }) {
      let headline = SweepHeadline.all[0]
      out += [
        "", "| measure | alone (\(headline.unit)) | Shapley share (\(headline.unit)) |",
        "|---|---:|---:|",
      ]
      for (i, effect) in table.measures.enumerated() {
        out.append(
          "| \(names.measure(i)) | \(headline.text(effect.alone)) | \(headline.text(effect.shapley)) |"
        )
      }
      out.append("| all together | \(headline.text(table.bundleEffect)) | |")
    }
    return out.joined(separator: "\n") + "\n"
  }
}
