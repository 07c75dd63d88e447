import CorridorSimulation

/// The count, mean and sum of squared deviations of a set of values, kept so that two sets'
/// moments combine into their union's (Chan, Golub and LeVeque, 1979).
///
/// Adding values one by one is Welford's update, the special case of a set of one. Sums of
/// floating-point numbers depend on their order, so a sweep always combines its units in unit
/// order, whatever shards they ran in: the merged figures are then the same bytes for any
/// number of shards.
public struct Moments: Hashable, Sendable {
  /// The number of values.
  public private(set) var count = 0
  /// Their mean.
  public private(set) var mean = 0.0
  /// The sum of their squared deviations from the mean.
  public private(set) var m2 = 0.0

  /// No values.
  public init() {}

  /// The moments of `values`, added in order.
  public init(_ values: some Sequence<Double>) {
    for value in values { add(value) }
  }

  /// Adds one value (Welford's update).
  public mutating func add(_ value: Double) {
    combine(Moments(count: 1, mean: value, m2: 0))
  }

  private init(count: Int, mean: Double, m2: Double) {
    self.count = count
    self.mean = mean
    self.m2 = m2
  }

  /// Combines another set's moments into these (Chan's parallel update).
  public mutating func combine(_ other: Moments) {
    guard other.count > 0 else { return }
    guard count > 0 else {
      self = other
      return
    }
    let n = count + other.count
    let delta = other.mean - mean
    mean += delta * Double(other.count) / Double(n)
    m2 += other.m2 + delta * delta * Double(count) * Double(other.count) / Double(n)
    count = n
  }

  /// The sample variance (n − 1 in the denominator); 0 for fewer than two values.
  public var variance: Double { count > 1 ? m2 / Double(count - 1) : 0 }

  /// The 95 % Student-t interval of the mean.
  public var interval: ConfidenceInterval {
    ConfidenceInterval(
      mean: mean, standardDeviation: variance.squareRoot(), observations: count)
  }
}
