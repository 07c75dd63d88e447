/// The method of batch means: a confidence interval for the mean of one long, autocorrelated
/// run, from the means of consecutive batches of observations (Law, *Simulation Modeling and
/// Analysis*, 5th ed., §9.5.3).
///
/// The number of observations is known in advance and split into a fixed number of equal
/// batches; with batches much longer than the correlation time, the batch means are nearly
/// independent and normal, and a Student-t interval over them is valid. Memory is constant.
public struct BatchMeans: Sendable {
  private let batchSize: Int
  private var current = RunningStatistics()
  private(set) var means: [Double] = []

  /// Batches for `observations` values split into `batches` (at least 2).
  public init(observations: Int, batches: Int = 20) {
    batchSize = max(1, observations / max(2, batches))
  }

  /// Adds the next observation.
  @inline(__always)
  public mutating func add(_ x: Double) {
    current.add(x)
    if current.count == batchSize {
      means.append(current.mean)
      current = RunningStatistics()
    }
  }

  /// The 95 % interval of the mean from the complete batches.
  public var interval: ConfidenceInterval { ConfidenceInterval(observations: means) }
}
