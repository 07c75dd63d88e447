/// What the single-allocation branch and cut found, before the solution is evaluated.
struct SingleAllocationOutcome {
  /// The best allocation the MIP found, if any.
  var allocation: [Int]?
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
}
