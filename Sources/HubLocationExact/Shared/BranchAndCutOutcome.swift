import HubLocation

/// What a Benders branch and cut found, before its solution is evaluated.
struct BranchAndCutOutcome {
  /// The best solution the MIP found, if any: the hub of each node (single allocation) or
  /// the open hubs (multiple allocation).
  var solution: [Int]?
  /// Its objective in the MIP model.
  var modelObjective: Double?
  /// A proven lower bound, valid together with the starting solution's cost.
  var bound: Double?
  /// Why no solution exists, when that was proven.
  var infeasibleReason: String?
  /// Branch-and-cut nodes.
  var nodes = 0
  /// Counts of the run.
  var statistics = ExactHubStatistics()

  /// Records the seconds spent at the root since `start`.
  mutating func endRoot(startedAt start: ContinuousClock.Instant) {
    statistics.rootSeconds = (ContinuousClock.now - start).inSeconds
  }
}
