import CorridorModel
import Foundation

extension Distribution {
  /// A value drawn from the distribution.
  ///
  /// Log-normal and gamma are parameterised by mean and coefficient of variation: log-normal
  /// with σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2; gamma with shape 1/cv² and scale mean·cv²,
  /// drawn by Marsaglia and Tsang's method (*ACM TOMS* 26(3), 2000). Normal variates come from
  /// Marsaglia's polar method.
  @inline(__always)
  public func sample(_ random: inout RandomStream) -> Double {
    switch self {
    case .fixed(let value):
      return value
    case .exponential(let mean):
      return -mean * Foundation.log(random.uniform())
    case .uniform(let low, let high):
      return low + (high - low) * random.uniform()
    case .triangular(let low, let mode, let high):
      let u = random.uniform()
      let split = (mode - low) / (high - low)
      return u < split
        ? low + ((high - low) * (mode - low) * u).squareRoot()
        : high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
    case .lognormal(let mean, let cv) where !(cv > 1e-9),
      .gamma(let mean, let cv) where !(cv > 1e-9):
      // A coefficient of variation too small to matter: the value is the mean.
      return mean
    case .lognormal(let mean, let cv):
      let variance = Foundation.log(1 + cv * cv)
      let mu = Foundation.log(mean) - variance / 2
      return Foundation.exp(mu + variance.squareRoot() * Self.normal(&random))
    case .gamma(let mean, let cv):
      let shape = 1 / (cv * cv)
      return Self.gamma(shape: shape, &random) * mean / shape
    case .empirical(let values):
      return values.isEmpty ? 0 : values[Int(random.next() % UInt64(values.count))]
    }
  }

  /// A standard normal variate (Marsaglia's polar method).
  static func normal(_ random: inout RandomStream) -> Double {
    while true {
      let u = 2 * random.uniform() - 1
      let v = 2 * random.uniform() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 { return u * (-2 * Foundation.log(s) / s).squareRoot() }
    }
  }

  /// A gamma variate with the given shape and scale 1 (Marsaglia & Tsang).
  static func gamma(shape: Double, _ random: inout RandomStream) -> Double {
    if shape < 1 {
      // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a).
      return gamma(shape: shape + 1, &random) * Foundation.pow(random.uniform(), 1 / shape)
    }
    let d = shape - 1.0 / 3
    let c = 1 / (9 * d).squareRoot()
    while true {
      var x: Double
      var v: Double
      repeat {
        x = normal(&random)
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = random.uniform()
      if u < 1 - 0.0331 * x * x * x * x { return d * v }
      if Foundation.log(u) < 0.5 * x * x + d * (1 - v + Foundation.log(v)) { return d * v }
    }
  }
}
