import CorridorModel
import CorridorSimulation
import CorridorSweep

/// The key findings of a sweep, as sentences a minister can read, in the report's language.
enum SweepFindings {
  static func sentences(_ analysis: SweepAnalysis, names: SweepNames) -> [String] {
    var out = measures(analysis, names: names) + inputs(analysis, names: names)
    if !analysis.overloads.isEmpty {
      out.append(
        t(
          "{0} of {1} variants load a facility beyond what it can serve and ran with capped queues (listed in the appendix): their figures depend on the length of the run.",
          "\(analysis.overloads.count)", "\(analysis.manifest.variants.count)"))
    }
    return out
  }

  /// What the measures earn, by the first headline KPI they were measured on.
  static func measures(_ analysis: SweepAnalysis, names: SweepNames) -> [String] {
    var out: [String] = []
    let manifest = analysis.manifest
    for headline in SweepHeadline.all {
      guard let table = analysis.measures.first(where: { $0.kpi == headline.kpi }) else {
        continue
      }
      out.append(
        t(
          "All {0} measures together change the {1} by {2} {3} (from {4} without them).",
          "\(manifest.measures.count)", headline.label, headline.text(table.bundleEffect),
          headline.unit, headline.text(table.base, signed: false)))
      let shares = table.measures.compactMap { effect in effect.shapley.map { (effect, $0) } }
      if let lead = shares.max(by: { abs($0.1.mean) < abs($1.1.mean) }),
        table.bundleEffect.mean != 0
      {
        let percent = 100 * lead.1.mean / table.bundleEffect.mean
        out.append(
          t(
            "Of that, {0} earns the largest share: {1} {2}, {3} of the bundle's effect (Shapley share, exact over every combination of measures).",
            names.measure(id: lead.0.measure), headline.text(lead.1), headline.unit,
            LocalNumber.percent(percent, decimals: 0)))
        let negligible = shares.filter { $0.1.lower <= 0 && $0.1.upper >= 0 }.map {
          names.measure(id: $0.0.measure)
        }
        if !negligible.isEmpty {
          out.append(
            t(
              "The share of {0} cannot be told from zero on the {1} with {2} replications.",
              negligible.joined(separator: "; "), headline.label, "\(manifest.replications)"))
        }
      } else if let lead = table.measures.compactMap({ e in e.alone.map { (e, $0) } })
        .max(by: { abs($0.1.mean) < abs($1.1.mean) })
      {
        out.append(
          t(
            "Alone, {0} changes it most: {1} {2}.", names.measure(id: lead.0.measure),
            headline.text(lead.1), headline.unit))
      }
      if let interaction = table.interaction, interaction.lower > 0 || interaction.upper < 0 {
        out.append(
          t(
            "Together the measures do {0} {1} more than the sum of their effects alone: they interact, so the effect of one depends on the others.",
            headline.text(interaction), headline.unit))
      }
      break
    }
    return out
  }

  /// Which input matters most, and the bands under their uncertainty.
  static func inputs(_ analysis: SweepAnalysis, names: SweepNames) -> [String] {
    var out: [String] = []
    let manifest = analysis.manifest
    for headline in SweepHeadline.all.prefix(1) {
      if let tornado = analysis.tornadoes.first(where: { $0.kpi == headline.kpi }),
        let widest = tornado.bars.first
      {
        let input = manifest.inputs[widest.input]
        out.append(
          t(
            "Of the uncertain inputs, {0} moves the {1} most: {2} {3} at its P10 ({4}) and {5} at its P90 ({6}).",
            names.input(widest.input), headline.label, headline.text(widest.atLow),
            headline.unit, LocalNumber.significant(input.low), headline.text(widest.atHigh),
            LocalNumber.significant(input.high)))
      }
      if let bands = analysis.bands.first(where: { $0.kpi == headline.kpi }) {
        let percentiles = { (band: SweepAnalysis.Band) in
          t(
            "P10 {0}, P50 {1} and P90 {2} {3}",
            LocalNumber.grouped(band.p10.value, decimals: headline.decimals),
            LocalNumber.grouped(band.p50.value, decimals: headline.decimals),
            LocalNumber.grouped(band.p90.value, decimals: headline.decimals), headline.unit)
        }
        if let base = bands.bands.first(where: { $0.label == "without measures" }) {
          out.append(
            t(
              "Under the inputs' uncertainty ({0} Latin hypercube samples of the inputs), the {1} without the measures has {2}.",
              "\(analysis.samples)", headline.label, percentiles(base)))
        }
        if let effect = bands.bands.first(where: { $0.label == "effect of the measures" }) {
          out.append(
            t("Over the same samples, the measures change it by {0}.", percentiles(effect)))
        }
      }
    }
    return out
  }
}
