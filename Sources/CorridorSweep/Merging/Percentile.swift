import Foundation

/// A percentile of a sample with a distribution-free 95 % interval from order statistics.
public struct Percentile: Hashable, Sendable {
  /// The share below (0.1 for P10).
  public var probability: Double
  /// The estimate: linear interpolation between order statistics (Hyndman and Fan's type 7).
  public var value: Double
  /// The interval [x₍ₗ₎, x₍ᵤ₎] that holds the population percentile with at least 95 %
  /// probability, from the binomial distribution of the count below it; widened to the
  /// sample's extremes when the sample is too small for 95 % (then ``isExact`` is false).
  public var lower: Double
  public var upper: Double
  /// Whether the interval reaches 95 % coverage.
  public var isExact: Bool

  /// The percentile `probability` of `values` (not empty).
  public init(_ probability: Double, of values: [Double]) {
    let sorted = values.sorted()
    let n = sorted.count
    self.probability = probability
    let h = Double(n - 1) * probability
    let below = Int(h.rounded(.down))
    let above = min(below + 1, n - 1)
    value = sorted[below] + (h - Double(below)) * (sorted[above] - sorted[below])
    // cdf[j] = P(B ≤ j) for B ~ Binomial(n, probability): the count of values below the
    // population percentile.
    var cdf: [Double] = []
    var total = 0.0
    for j in 0...n {
      total += Self.binomial(n, j, probability)
      cdf.append(total)
    }
    // Coverage of [x(l), x(u)] (1-based) is P(l ≤ B ≤ u − 1) = cdf[u − 1] − cdf[l − 1].
    let l = (1...n).last { cdf[$0 - 1] <= 0.025 }
    let u = (1...n).first { cdf[$0 - 1] >= 0.975 }
    lower = sorted[(l ?? 1) - 1]
    upper = sorted[(u ?? n) - 1]
    isExact = l != nil && u != nil
  }

  /// P(B = j) for B ~ Binomial(n, p), through logarithms so large n does not overflow.
  static func binomial(_ n: Int, _ j: Int, _ p: Double) -> Double {
    if p <= 0 { return j == 0 ? 1 : 0 }
    if p >= 1 { return j == n ? 1 : 0 }
    let logChoose = lgamma(Double(n + 1)) - lgamma(Double(j + 1)) - lgamma(Double(n - j + 1))
    return exp(logChoose + Double(j) * log(p) + Double(n - j) * log(1 - p))
  }
}
