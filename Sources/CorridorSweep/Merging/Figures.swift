import CorridorSimulation

/// Paired figures of a sweep's variants: the arithmetic behind ``SweepAnalysis``.
struct Figures {
  let data: SweepData
  let replications: Int
  let measureCount: Int
  /// The variant of each measure combination at the inputs' scenario values, by bit mask.
  let combination: [Int: Int]
  /// The variant of each input design point, without measures (`false`) and with them all.
  let points: [PointKey: Int]

  struct PointKey: Hashable {
    var point: SweepVariant.Point
    var withMeasures: Bool
  }

  init(data: SweepData) {
    self.data = data
    let manifest = data.manifest
    replications = manifest.replications
    measureCount = manifest.measures.count
    var combination: [Int: Int] = [:]
    var points: [PointKey: Int] = [:]
    for variant in manifest.variants {
      if variant.point == .measures {
        let mask = variant.measures.reduce(0) { mask, id in
          mask | (1 << (manifest.measures.firstIndex(of: id) ?? 0))
        }
        combination[mask] = variant.index
      } else {
        points[PointKey(point: variant.point, withMeasures: !variant.measures.isEmpty)] =
          variant.index
      }
    }
    self.combination = combination
    self.points = points
  }

  var allMask: Int { (1 << measureCount) - 1 }

  /// KPI `k` of each replication of variant `v`.
  func series(_ v: Int, _ k: Int) -> [Double?] {
    (0..<replications).map { data.value(variant: v, replication: $0, k) }
  }

  /// A value per replication from several variants' series, over the replications where all
  /// are measured.
  func paired(_ variants: [Int], _ k: Int, _ combine: ([Double]) -> Double) -> Moments {
    let all = variants.map { series($0, k) }
    return Moments(
      (0..<replications).compactMap { r in
        let values = all.compactMap { $0[r] }
        return values.count == variants.count ? combine(values) : nil
      })
  }

  /// `b − a` per replication.
  func difference(_ a: Int, _ b: Int, _ k: Int) -> ConfidenceInterval? {
    let moments = paired([a, b], k) { $0[1] - $0[0] }
    return moments.count > 0 ? moments.interval : nil
  }

  func mean(_ v: Int, _ k: Int) -> ConfidenceInterval? {
    let moments = Moments(series(v, k).compactMap { $0 })
    return moments.count > 0 ? moments.interval : nil
  }

  // MARK: Measures

  func measureTable(_ k: Int) -> SweepAnalysis.MeasureTable? {
    guard measureCount > 0, let none = combination[0], let all = combination[allMask],
      let base = mean(none, k), let bundle = mean(all, k),
      let bundleEffect = difference(none, all, k)
    else { return nil }
    let isComplete = combination.count == 1 << measureCount
    var effects: [SweepAnalysis.MeasureEffect] = []
    for i in 0..<measureCount {
      let alone = combination[1 << i].flatMap { difference(none, $0, k) }
      let shapley = isComplete ? shapleyShare(i, k) : nil
      effects.append(.init(measure: data.manifest.measures[i], alone: alone, shapley: shapley))
    }
    var interaction: ConfidenceInterval?
    let singles = (0..<measureCount).compactMap { combination[1 << $0] }
    if measureCount > 1, singles.count == measureCount {
      let moments = paired([none, all] + singles, k) { values in
        let base = values[0]
        return (values[1] - base) - values.dropFirst(2).reduce(0) { $0 + ($1 - base) }
      }
      if moments.count > 0 { interaction = moments.interval }
    }
    return .init(
      kpi: data.keys[k], base: base, bundle: bundle, bundleEffect: bundleEffect,
      measures: effects, interaction: interaction)
  }

  /// Measure i's Shapley value per replication, Σ over subsets S without i of
  /// |S|! (n − |S| − 1)! / n! × (v(S ∪ {i}) − v(S)).
  func shapleyShare(_ i: Int, _ k: Int) -> ConfidenceInterval? {
    let n = measureCount
    let masks = (0..<(1 << n)).filter { $0 & (1 << i) == 0 }
    let weights = masks.map { mask in Self.shapleyWeight(size: mask.nonzeroBitCount, of: n) }
    let pairs = masks.compactMap { mask -> (Int, Int)? in
      guard let without = combination[mask], let with = combination[mask | (1 << i)] else {
        return nil
      }
      return (without, with)
    }
    guard pairs.count == masks.count else { return nil }
    let variants = pairs.flatMap { [$0.0, $0.1] }
    let moments = paired(variants, k) { values in
      zip(weights, stride(from: 0, to: values.count, by: 2)).reduce(0) { total, item in
        total + item.0 * (values[item.1 + 1] - values[item.1])
      }
    }
    return moments.count > 0 ? moments.interval : nil
  }

  /// s! (n − s − 1)! / n!, computed as a product so it neither overflows nor rounds to 0.
  static func shapleyWeight(size s: Int, of n: Int) -> Double {
    // 1 / (n × C(n − 1, s))
    var choose = 1.0
    for j in 0..<s { choose = choose * Double(n - 1 - j) / Double(j + 1) }
    return 1 / (Double(n) * choose)
  }
}
