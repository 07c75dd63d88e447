import CorridorModel
import CorridorSimulation
import CorridorSweep

/// The key findings of a sweep, as sentences a minister can read.
enum SweepFindings {
  static func sentences(_ analysis: SweepAnalysis) -> [String] {
    var out = measures(analysis) + inputs(analysis)
    if !analysis.overloads.isEmpty {
      out.append(
        "\(analysis.overloads.count) of \(analysis.manifest.variants.count) variants load a "
          + "facility beyond what it can serve and ran with capped queues (listed in the appendix): their "
          + "figures depend on the length of the run.")
    }
    return out
  }

  /// What the measures earn, by the first headline KPI they were measured on.
  static func measures(_ analysis: SweepAnalysis) -> [String] {
    var out: [String] = []
    let manifest = analysis.manifest
    let names = Dictionary(
      zip(manifest.measures, manifest.measureNames), uniquingKeysWith: { a, _ in a })
    for headline in SweepHeadline.all {
      guard let table = analysis.measures.first(where: { $0.kpi == headline.kpi }) else {
        continue
      }
      out.append(
        "All \(manifest.measures.count) measures together change the \(headline.label) by "
          + "\(headline.text(table.bundleEffect)) \(headline.unit) (from "
          + "\(headline.text(table.base, signed: false)) without them).")
      let shares = table.measures.compactMap { effect in effect.shapley.map { (effect, $0) } }
      if let lead = shares.max(by: { abs($0.1.mean) < abs($1.1.mean) }),
        table.bundleEffect.mean != 0
      {
        let percent = 100 * lead.1.mean / table.bundleEffect.mean
        out.append(
          "Of that, \(names[lead.0.measure] ?? lead.0.measure) earns the largest share: "
            + "\(headline.text(lead.1)) \(headline.unit), \(NumberFormat.fixed(percent, decimals: 0)) % "
            + "of the bundle's effect (Shapley share, exact over every combination of measures).")
        let negligible = shares.filter { $0.1.lower <= 0 && $0.1.upper >= 0 }.map {
          names[$0.0.measure] ?? $0.0.measure
        }
        if !negligible.isEmpty {
          out.append(
            "The share of \(negligible.joined(separator: "; ")) cannot be told from zero on the "
              + "\(headline.label) with \(manifest.replications) replications.")
        }
      } else if let lead = table.measures.compactMap({ e in e.alone.map { (e, $0) } })
        .max(by: { abs($0.1.mean) < abs($1.1.mean) })
      {
        out.append(
          "Alone, \(names[lead.0.measure] ?? lead.0.measure) changes it most: "
            + "\(headline.text(lead.1)) \(headline.unit).")
      }
      if let interaction = table.interaction, interaction.lower > 0 || interaction.upper < 0 {
        out.append(
          "Together the measures do \(headline.text(interaction)) \(headline.unit) more than the sum of "
            + "their effects alone: they interact, so the effect of one depends on the others.")
      }
      break
    }
    return out
  }

  /// Which input matters most, and the bands under their uncertainty.
  static func inputs(_ analysis: SweepAnalysis) -> [String] {
    var out: [String] = []
    let manifest = analysis.manifest
    for headline in SweepHeadline.all.prefix(1) {
      if let tornado = analysis.tornadoes.first(where: { $0.kpi == headline.kpi }),
        let widest = tornado.bars.first
      {
        let input = manifest.inputs[widest.input]
        out.append(
          "Of the uncertain inputs, \(input.name) moves the \(headline.label) most: "
            + "\(headline.text(widest.atLow)) \(headline.unit) at its P10 "
            + "(\(NumberFormat.significant(input.low))) and \(headline.text(widest.atHigh)) at its "
            + "P90 (\(NumberFormat.significant(input.high))).")
      }
      if let bands = analysis.bands.first(where: { $0.kpi == headline.kpi }) {
        let percentiles = { (band: SweepAnalysis.Band) in
          "P10 \(NumberFormat.grouped(band.p10.value, decimals: headline.decimals)), "
            + "P50 \(NumberFormat.grouped(band.p50.value, decimals: headline.decimals)) and "
            + "P90 \(NumberFormat.grouped(band.p90.value, decimals: headline.decimals)) \(headline.unit)"
        }
        let samples = "\(analysis.samples) Latin hypercube samples of the inputs"
        if let base = bands.bands.first(where: { $0.label == "without measures" }) {
          out.append(
            "Under the inputs' uncertainty (\(samples)), the \(headline.label) without the "
              + "measures has \(percentiles(base)).")
        }
        if let effect = bands.bands.first(where: { $0.label == "effect of the measures" }) {
          out.append(
            "Over the same samples, the measures change it by \(percentiles(effect)).")
        }
      }
    }
    return out
  }
}
