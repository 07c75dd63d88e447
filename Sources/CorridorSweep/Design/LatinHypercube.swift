import CorridorRandom

/// Latin hypercube sampling (McKay, Beckman and Conover, 1979): `samples` points in the unit
/// cube such that each coordinate has exactly one point in each of `samples` equal strata.
public enum LatinHypercube {
  /// The points' probabilities, `points[s][d]` in (0, 1), drawn from `seed`: for each
  /// dimension a random permutation of the strata, and a uniform position within each.
  public static func points(samples: Int, dimensions: Int, seed: UInt64) -> [[Double]] {
    guard samples > 0 else { return [] }
    var random = SplitMix64(state: seed ^ 0x4C48_5331_5357_4545)
    var points = Array(repeating: Array(repeating: 0.5, count: dimensions), count: samples)
    for d in 0..<dimensions {
      var strata = Array(0..<samples)
      // Fisher-Yates with the seeded generator, so a seed gives the same design everywhere.
      for i in stride(from: samples - 1, to: 0, by: -1) {
        strata.swapAt(i, random.below(i + 1))
      }
      for s in 0..<samples {
        // 53 random bits as a number in [0, 1), then moved off 0 so quantiles stay finite.
        let u = (Double(random.next() >> 11) + 0.5) / 9_007_199_254_740_992
        points[s][d] = (Double(strata[s]) + u) / Double(samples)
      }
    }
    return points
  }
}
