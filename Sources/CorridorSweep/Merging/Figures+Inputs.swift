import CorridorSimulation

extension Figures {
  /// The tornado of KPI `k`, when the inputs were varied one at a time.
  func tornado(_ k: Int) -> SweepAnalysis.Tornado? {
    guard let nominal = combination[0] else { return nil }
    let bundle = combination[allMask]
    var bars: [SweepAnalysis.TornadoBar] = []
    for p in data.manifest.inputs.indices {
      func variant(_ high: Bool, _ measures: Bool) -> Int? {
        points[PointKey(point: .oneAtATime(parameter: p, high: high), withMeasures: measures)]
      }
      guard let low = variant(false, false), let high = variant(true, false),
        let atLow = difference(nominal, low, k), let atHigh = difference(nominal, high, k)
      else { continue }
      var bar = SweepAnalysis.TornadoBar(input: p, atLow: atLow, atHigh: atHigh)
      if measureCount > 0, bundle != nil {
        bar.effectAtLow = variant(false, true).flatMap { difference(low, $0, k) }
        bar.effectAtHigh = variant(true, true).flatMap { difference(high, $0, k) }
      }
      bars.append(bar)
    }
    guard !bars.isEmpty else { return nil }
    // Widest first; ties in input order, so the order never depends on anything else.
    let sorted = bars.enumerated().sorted {
      ($0.element.swing, -$0.offset) > ($1.element.swing, -$1.offset)
    }.map(\.element)
    return .init(kpi: data.keys[k], bars: sorted)
  }

  /// The main effects on KPI `k`, when the inputs were varied factorially.
  func mainEffects(_ k: Int) -> SweepAnalysis.MainEffects? {
    let count = data.manifest.inputs.count
    guard count > 0 else { return nil }
    let corners = 1 << count
    let none = (0..<corners).compactMap {
      points[PointKey(point: .factorial(corner: $0), withMeasures: false)]
    }
    guard none.count == corners else { return nil }
    let all = (0..<corners).compactMap {
      points[PointKey(point: .factorial(corner: $0), withMeasures: true)]
    }
    var effects: [SweepAnalysis.MainEffect] = []
    for p in 0..<count {
      let contrast = { (values: [Double]) -> Double in
        var high = 0.0
        var low = 0.0
        for (corner, value) in values.enumerated() {
          if corner & (1 << p) != 0 { high += value } else { low += value }
        }
        return (high - low) / Double(corners / 2)
      }
      let effect = paired(none, k, contrast)
      guard effect.count > 0 else { continue }
      var main = SweepAnalysis.MainEffect(input: p, effect: effect.interval)
      if all.count == corners {
        let onBundle = paired(none + all, k) { values in
          contrast(zip(values[corners...], values[..<corners]).map { $0 - $1 })
        }
        if onBundle.count > 0 { main.effectOnBundle = onBundle.interval }
      }
      effects.append(main)
    }
    return effects.isEmpty ? nil : .init(kpi: data.keys[k], effects: effects)
  }

  /// P10, P50, P90 of KPI `k` over the Latin hypercube samples: without measures, with them,
  /// and their effect, each sample's figure its mean over replications.
  func bands(_ k: Int) -> SweepAnalysis.Bands? {
    var without: [Double] = []
    var with: [Double] = []
    var effect: [Double] = []
    var s = 0
    while let none = points[PointKey(point: .sample(s), withMeasures: false)] {
      if let mean = mean(none, k)?.mean { without.append(mean) }
      if let all = points[PointKey(point: .sample(s), withMeasures: true)] {
        if let mean = mean(all, k)?.mean { with.append(mean) }
        if let difference = difference(none, all, k)?.mean { effect.append(difference) }
      }
      s += 1
    }
    let series = [
      ("without measures", without), ("with the measures", with),
      ("effect of the measures", effect),
    ]
    let bands = series.filter { $0.1.count >= 2 }.map { label, values in
      SweepAnalysis.Band(
        label: label, p10: Percentile(0.1, of: values), p50: Percentile(0.5, of: values),
        p90: Percentile(0.9, of: values))
    }
    return bands.isEmpty ? nil : .init(kpi: data.keys[k], bands: bands)
  }
}
