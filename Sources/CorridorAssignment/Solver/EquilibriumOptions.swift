/// When to stop an equilibrium assignment, and how to report progress.
public struct EquilibriumOptions: Sendable {
  /// Stop once the relative gap `(TSTT − SPTT) / TSTT` is at most this.
  public var targetGap: Double
  /// Stop after this many iterations whatever the gap.
  public var maximumIterations: Int
  /// Extra passes that re-balance the existing paths of every OD pair after each iteration's
  /// path generation (cheap: no shortest-path searches).
  public var innerPasses: Int
  /// Gaps at which to record the time and iteration reached (for benchmarks).
  public var milestones: [Double]

  /// Creates options.
  public init(
    targetGap: Double = 1e-8, maximumIterations: Int = 500, innerPasses: Int = 2,
    milestones: [Double] = []
  ) {
    self.targetGap = targetGap
    self.maximumIterations = maximumIterations
    self.innerPasses = innerPasses
    self.milestones = milestones
  }
}

/// The state of an assignment after one iteration.
public struct IterationRecord: Sendable, Hashable {
  /// The iteration, from 1.
  public var iteration: Int
  /// `(TSTT − SPTT) / TSTT`.
  public var relativeGap: Double
  /// The Beckmann objective.
  public var objective: Double
  /// Total system travel cost: flows times their class costs.
  public var tstt: Double
  /// Shortest-path travel cost: demand times the cost of its cheapest path.
  public var sptt: Double
  /// Seconds since the start of the assignment.
  public var seconds: Double
}
