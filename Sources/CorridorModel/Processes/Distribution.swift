import Foundation

/// A distribution of a non-negative duration or quantity, such as a stage's service time.
///
/// Every case states its mean and coefficient of variation so that queueing formulas and
/// the simulator read the same figures.
public enum Distribution: Hashable, Sendable {
  /// Always the same value.
  case fixed(Double)
  /// Exponential with the given mean (coefficient of variation 1).
  case exponential(mean: Double)
  /// Log-normal with the given mean and coefficient of variation.
  case lognormal(mean: Double, cv: Double)
  /// Gamma with the given mean and coefficient of variation (Erlang when 1/cv² is whole).
  case gamma(mean: Double, cv: Double)
  /// Triangular between `min` and `max` with the given mode.
  case triangular(min: Double, mode: Double, max: Double)
  /// Uniform between `min` and `max`.
  case uniform(min: Double, max: Double)
  /// Observed values, each drawn with equal probability (at least one value).
  case empirical([Double])

  /// The mean.
  public var mean: Double {
    switch self {
    case .fixed(let value): value
    case .exponential(let mean), .lognormal(let mean, _), .gamma(let mean, _): mean
    case .triangular(let a, let c, let b): (a + b + c) / 3
    case .uniform(let a, let b): (a + b) / 2
    case .empirical(let values): values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
  }

  /// The variance.
  public var variance: Double {
    switch self {
    case .fixed: 0
    case .exponential(let mean): mean * mean
    case .lognormal(let mean, let cv), .gamma(let mean, let cv): (mean * cv) * (mean * cv)
    case .triangular(let a, let c, let b): (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    case .uniform(let a, let b): (b - a) * (b - a) / 12
    case .empirical(let values):
      values.isEmpty
        ? 0
        : {
          let m = values.reduce(0, +) / Double(values.count)
          return values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count)
        }()
    }
  }

  /// The coefficient of variation (standard deviation over mean); 0 when the mean is 0.
  public var cv: Double {
    let m = mean
    return m > 0 ? variance.squareRoot() / m : 0
  }

  /// The same distribution with every value multiplied by `factor` (mean scales, cv stays).
  public func scaled(by factor: Double) -> Distribution {
    switch self {
    case .fixed(let value): .fixed(value * factor)
    case .exponential(let mean): .exponential(mean: mean * factor)
    case .lognormal(let mean, let cv): .lognormal(mean: mean * factor, cv: cv)
    case .gamma(let mean, let cv): .gamma(mean: mean * factor, cv: cv)
    case .triangular(let a, let c, let b):
      .triangular(min: a * factor, mode: c * factor, max: b * factor)
    case .uniform(let a, let b): .uniform(min: a * factor, max: b * factor)
    case .empirical(let values): .empirical(values.map { $0 * factor })
    }
  }

  /// The same distribution shape with its mean set to `newMean`.
  public func withMean(_ newMean: Double) -> Distribution {
    let m = mean
    if m > 0 { return scaled(by: newMean / m) }
    return .fixed(newMean)
  }
}

extension Distribution {
  /// The Erlang distribution with `k` phases and the given mean: a gamma with cv 1/√k.
  public static func erlang(phases k: Int, mean: Double) -> Distribution {
    .gamma(mean: mean, cv: 1 / Double(max(1, k)).squareRoot())
  }
}
