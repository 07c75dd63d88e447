/// Counts and bounds describing an exact solve.
public struct ExactHubStatistics: Sendable, Hashable {
  /// The method that settled the problem.
  public enum Method: Sendable, Hashable {
    /// Benders branch and cut with GLPK.
    case bendersBranchAndCut
    /// Complete enumeration of hub sets.
    case enumeration
    /// Nothing beyond the heuristic and the simple bound (time limit 0, or a trivial case).
    case heuristicOnly
  }

  /// The method used.
  public var method: Method = .heuristicOnly
  /// The objective of the starting heuristic's solution, if any.
  public var heuristicObjective: Double?
  /// The bound after the root cut loop.
  public var rootBound: Double?
  /// Cut-loop rounds (LP solves) at the root.
  public var rootRounds = 0
  /// Cuts added at the root.
  public var rootCuts = 0
  /// Cuts kept after slack cuts were removed.
  public var rootCutsKept = 0
  /// Allocation variables (single allocation) fixed to 0 by reduced costs.
  public var fixedByReducedCost = 0
  /// Hubs closed by reduced costs.
  public var hubsClosedByReducedCost = 0
  /// Hubs closed by probing: opening one lifts the LP above the starting solution.
  public var hubsClosedByProbing = 0
  /// Hubs kept open by probing: closing one lifts the LP above the starting solution.
  public var hubsOpenedByProbing = 0
  /// Cuts added in the tree.
  public var treeCuts = 0
  /// Tree cuts removed again because they were slack at the node that added them.
  public var treeCutsRemoved = 0
  /// Seconds spent at the root (LP cut loop and reductions).
  public var rootSeconds = 0.0
  /// The objective of the MIP model at its solution, which the evaluator's objective must
  /// match.
  public var modelObjective: Double?
  /// Allocation variables added to a restricted master by pricing.
  public var pricedAllocations = 0
  /// Hub sets examined (enumeration).
  public var hubSetsExamined = 0

  /// Creates empty statistics.
  public init() {}
}
