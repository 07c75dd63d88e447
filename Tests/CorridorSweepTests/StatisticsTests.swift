import CorridorModel
import CorridorSimulation
import Foundation
import Testing

@testable import CorridorSweep

@Suite struct StatisticsTests {
  static let values: [Double] = (0..<200).map { i in
    let x = Double(i)
    return 1e6 + 37 * sin(x * 0.7) + 0.01 * x * x
  }

  @Test func mergedMomentsEqualOnePass() {
    let whole = Moments(Self.values)
    for split in [1, 7, 100, 199] {
      var merged = Moments(Self.values[..<split])
      merged.combine(Moments(Self.values[split...]))
      #expect(merged.count == whole.count)
      #expect(abs(merged.mean - whole.mean) <= 1e-12 * abs(whole.mean))
      #expect(abs(merged.variance - whole.variance) <= 1e-9 * whole.variance)
    }
    let mean = Self.values.reduce(0, +) / Double(Self.values.count)
    let twoPass =
      Self.values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(Self.values.count - 1)
    #expect(abs(whole.variance - twoPass) <= 1e-9 * twoPass)
    let reference = ConfidenceInterval(observations: Self.values)
    #expect(abs(whole.interval.halfWidth - reference.halfWidth) <= 1e-9 * reference.halfWidth)
  }

  @Test func medianOfTwentyHasTheTabulatedInterval() {
    // For n = 20 the distribution-free 95 % interval of the median is [x(6), x(15)]
    // (coverage 95.9 %, Conover's table).
    var generator = FixedGenerator(state: 42)
    let sample = (1...20).map(Double.init).shuffled(using: &generator)
    let median = Percentile(0.5, of: sample)
    #expect(median.value == 10.5)
    #expect(median.lower == 6)
    #expect(median.upper == 15)
    #expect(median.isExact)
    let p10 = Percentile(0.1, of: [1, 2, 3, 4, 5])
    #expect(abs(p10.value - 1.4) < 1e-12)
    #expect(!p10.isExact)
  }

  @Test func normalQuantilesMatchPublishedValues() {
    let cases: [(Double, Double)] = [
      (0.5, 0), (0.975, 1.959963984540054), (0.9, 1.2815515655446004),
      (0.025, -1.959963984540054), (1e-10, -6.361340902404056), (0.999, 3.090232306167813),
    ]
    for (p, z) in cases {
      #expect(abs(StandardNormal.quantile(p) - z) < 1e-12 * max(1, abs(z)))
    }
  }

  @Test func distributionQuantilesFollowTheirDefinitions() {
    let triangle = InputDistributionFixtures.triangle
    #expect(abs(triangle.quantile(0.4) - 1.0) < 1e-12)  // the mode holds 40 % below it
    #expect(abs(triangle.low - 0.9) < 1e-12)  // 0.8 + √(0.1 · 0.5 · 0.2)
    #expect(abs(InputDistributionFixtures.uniform.high - 1.17) < 1e-12)  // 0.9 + 0.9 · 0.3
    let logNormal = InputDistributionFixtures.logNormal
    #expect(abs(logNormal.quantile(0.5) - 2) < 1e-12)
    #expect(abs(logNormal.low * logNormal.high - 4) < 1e-9)  // symmetric in log space
  }

  @Test func latinHypercubeHasOnePointPerStratum() {
    let points = LatinHypercube.points(samples: 17, dimensions: 4, seed: 9)
    for d in 0..<4 {
      let strata = points.map { Int(($0[d] * 17).rounded(.down)) }.sorted()
      #expect(strata == Array(0..<17))
    }
    #expect(points == LatinHypercube.points(samples: 17, dimensions: 4, seed: 9))
    #expect(points != LatinHypercube.points(samples: 17, dimensions: 4, seed: 10))
  }
}

enum InputDistributionFixtures {
  static let triangle = CorridorModel.InputDistribution.triangular(low: 0.8, mode: 1, high: 1.3)
  static let uniform = CorridorModel.InputDistribution.uniform(low: 0.9, high: 1.2)
  static let logNormal = CorridorModel.InputDistribution.logNormal(median: 2, sigma: 0.4)
}

/// A seeded generator, so a shuffled test sample is the same every run.
struct FixedGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state
  }
}
