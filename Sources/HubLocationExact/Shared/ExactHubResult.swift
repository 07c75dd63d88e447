import HubLocation

/// The outcome of ``ExactHubSolver/solve()``.
public struct ExactHubResult: Sendable {
  /// How the solve ended.
  public var status: ExactHubStatus
  /// The objective of the solution, as computed by ``HubEvaluator``, or nil without one.
  public var objective: Double?
  /// The proven lower bound on the optimal objective, or nil when none is known
  /// (infeasible problems).
  public var bound: Double?
  /// `(objective − bound) / objective`, or nil when either is missing.
  public var gap: Double?
  /// The hubs, 0-based, ascending; empty without a solution.
  public var hubs: [Int]
  /// The hub of each node, 0-based (single allocation), or nil.
  public var allocation: [Int]?
  /// The independent evaluation of the solution, or nil without one.
  public var evaluation: HubEvaluation?
  /// Wall-clock seconds of the whole solve, heuristic included.
  public var seconds: Double
  /// Branch-and-cut nodes (0 when the root or enumeration settled it).
  public var nodes: Int
  /// Counts and bounds describing the run.
  public var statistics: ExactHubStatistics
}
