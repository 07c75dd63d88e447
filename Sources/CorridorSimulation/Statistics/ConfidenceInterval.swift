/// A mean with a Student-t confidence interval.
public struct ConfidenceInterval: Sendable, Hashable {
  /// The estimate.
  public var mean: Double
  /// Half the width of the 95 % interval.
  public var halfWidth: Double
  /// The number of independent observations behind it.
  public var observations: Int

  /// The lower end.
  public var lower: Double { mean - halfWidth }
  /// The upper end.
  public var upper: Double { mean + halfWidth }

  /// Whether the interval contains `value`.
  public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

  /// The 95 % interval of the mean of independent observations (replications or batch means).
  public init(observations values: [Double]) {
    var stats = RunningStatistics()
    for v in values { stats.add(v) }
    mean = stats.mean
    observations = values.count
    halfWidth =
      values.count > 1
      ? Self.studentT975(degreesOfFreedom: values.count - 1) * stats.standardDeviation
        / Double(values.count).squareRoot()
      : .infinity
  }

  /// The 95 % interval of a mean of `observations` independent values with the given sample
  /// standard deviation (for statistics accumulated elsewhere, such as merged moments).
  public init(mean: Double, standardDeviation: Double, observations: Int) {
    self.mean = mean
    self.observations = observations
    halfWidth =
      observations > 1
      ? Self.studentT975(degreesOfFreedom: observations - 1) * standardDeviation
        / Double(observations).squareRoot()
      : .infinity
  }

  /// The 97.5 % quantile of Student's t, for two-sided 95 % intervals.
  ///
  /// Exact values (to 6 decimals, from the t distribution) for 1–30, 40, 60 and 120 degrees
  /// of freedom; between them, linear in 1/df, which is accurate to about 1e-4; 1.959964 in the limit.
  static func studentT975(degreesOfFreedom df: Int) -> Double {
    let table: [(Int, Double)] = [
      (1, 12.706205), (2, 4.302653), (3, 3.182446), (4, 2.776445), (5, 2.570582),
      (6, 2.446912), (7, 2.364624), (8, 2.306004), (9, 2.262157), (10, 2.228139),
      (11, 2.200985), (12, 2.178813), (13, 2.160369), (14, 2.144787), (15, 2.131450),
      (16, 2.119905), (17, 2.109816), (18, 2.100922), (19, 2.093024), (20, 2.085963),
      (21, 2.079614), (22, 2.073873), (23, 2.068658), (24, 2.063899), (25, 2.059539),
      (26, 2.055529), (27, 2.051831), (28, 2.048407), (29, 2.045230), (30, 2.042272),
      (40, 2.021075), (60, 2.000298), (120, 1.979930),
    ]
    guard df >= 1 else { return .infinity }
    if let exact = table.first(where: { $0.0 == df }) { return exact.1 }
    let limit = 1.959964
    guard let upper = table.first(where: { $0.0 > df }) else {
      // Beyond 120: interpolate between 120 and infinity in 1/df.
      return limit + (1.979930 - limit) * 120 / Double(df)
    }
    guard let lower = table.last(where: { $0.0 < df }) else { return upper.1 }
    let x = 1 / Double(df)
    let x0 = 1 / Double(lower.0)
    let x1 = 1 / Double(upper.0)
    return lower.1 + (upper.1 - lower.1) * (x - x0) / (x1 - x0)
  }
}
