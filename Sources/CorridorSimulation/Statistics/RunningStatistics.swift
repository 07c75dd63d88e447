/// Count, mean, variance, minimum and maximum of a stream of values, in constant memory.
///
/// Welford's update (*Technometrics* 4(3), 1962) keeps the variance accurate for long streams.
public struct RunningStatistics: Sendable, Hashable {
  /// The number of values.
  public private(set) var count = 0
  /// The mean.
  public private(set) var mean = 0.0
  private var squares = 0.0
  /// The smallest value (`+∞` when empty).
  public private(set) var minimum = Double.infinity
  /// The largest value (`−∞` when empty).
  public private(set) var maximum = -Double.infinity

  /// An empty accumulator.
  public init() {}

  /// Adds a value.
  @inline(__always)
  public mutating func add(_ x: Double) {
    count += 1
    let delta = x - mean
    mean += delta / Double(count)
    squares += delta * (x - mean)
    if x < minimum { minimum = x }
    if x > maximum { maximum = x }
  }

  /// The sample variance (n − 1 in the denominator); 0 with fewer than two values.
  public var variance: Double { count > 1 ? squares / Double(count - 1) : 0 }

  /// The sample standard deviation.
  public var standardDeviation: Double { variance.squareRoot() }

  /// Combines two accumulators (Chan, Golub & LeVeque's parallel formula).
  public func merged(with other: RunningStatistics) -> RunningStatistics {
    guard other.count > 0 else { return self }
    guard count > 0 else { return other }
    var result = RunningStatistics()
    result.count = count + other.count
    let delta = other.mean - mean
    result.mean = mean + delta * Double(other.count) / Double(result.count)
    result.squares =
      squares + other.squares + delta * delta * Double(count) * Double(other.count)
      / Double(result.count)
    result.minimum = Swift.min(minimum, other.minimum)
    result.maximum = Swift.max(maximum, other.maximum)
    return result
  }
}
