/// The outcome of ``solve(_:options:callbacks:)``.
public struct Solution: Sendable {
  /// Why the solver stopped.
  public var termination: Termination
  /// Whether ``values`` holds a feasible point.
  public var primalStatus: PrimalStatus
  /// The objective value of ``values``, or nil when there is no solution.
  public var objective: Double?
  /// The best proven bound on the optimal objective, or nil when none is known.
  ///
  /// A lower bound when minimising and an upper bound when maximising. For an optimal
  /// solution it equals ``objective``. For a linear model stopped early there is none.
  /// For a mixed-integer solve stopped early it is the best local bound among the open
  /// branch-and-cut nodes (or the LP relaxation's objective, before any node), read as
  /// GLPK picks its next node: always valid, though it may lag GLPK's own figure a little.
  /// When the search stopped on ``SolverOptions/relativeGap`` it is within that gap of
  /// ``objective``.
  public var bound: Double?
  /// The relative gap between objective and bound, or nil when either is missing.
  ///
  /// Computed as GLPK does, `|objective − bound| / (|objective| + ε)`; 0 for an optimal
  /// solution.
  public var gap: Double?
  /// The value of each variable, in ``Variable/index`` order; empty without a solution.
  public var values: [Double]
  /// The value of each constraint's sum, in ``Constraint/index`` order.
  ///
  /// Empty without a solution. Lazy constraints added by callbacks are not included.
  public var constraintActivities: [Double]
  /// Wall-clock seconds spent in the call, including building the GLPK problem.
  public var seconds: Double
  /// Counts describing the search.
  public var statistics: SolveStatistics
  /// GLPK's return code from the last solver routine, 0 when it completed, for
  /// diagnostics.
  public var glpkReturnCode: Int

  /// Whether ``values`` holds a feasible point.
  public var hasSolution: Bool { primalStatus == .feasible }

  /// Whether the solution is optimal, or optimal within the requested relative gap.
  public var isOptimal: Bool { termination.isOptimal && hasSolution }

  /// The value of `variable`, or nil when there is no solution or no such variable.
  public func value(of variable: Variable) -> Double? {
    values.indices.contains(variable.index) ? values[variable.index] : nil
  }

  /// The value of the sum of `constraint`, or nil when there is no solution or no such
  /// constraint.
  public func activity(of constraint: Constraint) -> Double? {
    constraintActivities.indices.contains(constraint.index)
      ? constraintActivities[constraint.index] : nil
  }
}

/// Counts that describe how a solve went.
public struct SolveStatistics: Sendable, Hashable {
  /// Branch-and-cut nodes created, 0 for linear models.
  public var nodes = 0
  /// Lazy constraints added to the problem by the lazy-constraint callback.
  public var lazyConstraintsAdded = 0
  /// Slack lazy constraints removed again (``SolverCallbacks/removesSlackLazyConstraints``).
  public var lazyConstraintsRemoved = 0
  /// Heuristic-callback solutions GLPK accepted as its new best solution.
  public var heuristicSolutionsAccepted = 0
  /// Heuristic-callback solutions that were feasible but no better than the incumbent.
  public var heuristicSolutionsNotImproving = 0
  /// Heuristic-callback solutions rejected because they broke a bound, a constraint,
  /// integrality or a lazy constraint.
  public var heuristicSolutionsRejected = 0
  /// Whether GLPK's presolver was used.
  public var usedPresolver = false

  /// Creates zero counts.
  public init() {}
}
