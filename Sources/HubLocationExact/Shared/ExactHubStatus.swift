import HubLocation

/// How an exact solve ended.
public enum ExactHubStatus: Sendable, Hashable {
  /// The solution is optimal: the proven bound equals the objective to 10⁻⁶ (relative).
  case optimal
  /// The time limit stopped the search with a solution; ``ExactHubResult/gap`` says how far
  /// from optimal it may be.
  case feasible
  /// No solution exists; the reason says why.
  case infeasible(reason: String)
  /// The time limit stopped the search before any solution was found.
  case timeLimitWithoutSolution

  /// Whether a solution was found.
  public var hasSolution: Bool { self == .optimal || self == .feasible }
}
