/// Code that takes part in a mixed-integer solve.
///
/// The closures run synchronously on the thread that called
/// ``solve(_:options:callbacks:)``, from inside GLPK's branch and cut, so they need not
/// be `Sendable`. They may start a separate solve of another model, which runs to the
/// end before the outer search continues. An error thrown by any of them stops the search
/// and is rethrown, unchanged, by `solve`.
///
/// Setting ``lazyConstraints`` or ``heuristicSolution`` turns GLPK's presolver off so
/// that the closures see the model's own variables. Setting ``lazyConstraints`` also
/// turns GLPK's built-in heuristics off, because those check their solutions only
/// against the constraints GLPK already has. Callbacks are not used for linear models.
public struct SolverCallbacks {
  /// Returns constraints that the given LP point violates and that every solution must
  /// satisfy.
  ///
  /// Called each time GLPK has solved a node's LP relaxation to optimality with a result
  /// better than the incumbent, for fractional and integral points alike, before GLPK
  /// accepts an integral point as a solution (GLPK's `GLP_IROWGEN`). Constraints the
  /// point already satisfies are ignored; the others are added to the problem and the LP
  /// is solved again, so a point is accepted only when the closure returns nothing it
  /// violates. The constraints must be valid for the whole model, not just the current
  /// node. GLPK may drop a constraint added deep in the tree when it backtracks, so return
  /// every violated constraint each time it is violated.
  ///
  /// The closure is also asked about each solution the ``heuristicSolution`` closure
  /// offers; that solution is rejected if the closure returns a constraint it violates.
  public var lazyConstraints: ((RelaxationPoint) throws -> [LinearConstraint])?

  /// Whether the lazy constraints that are slack at a node's LP solution are removed
  /// before ``lazyConstraints`` is asked for more.
  ///
  /// GLPK keeps every row added at a node for the node's whole subtree, so with many
  /// separation rounds the LPs grow and slow down. With this set, each call first removes
  /// the lazy rows added at the current node (earlier rounds included) that are basic in
  /// its LP solution; removing them leaves that solution as it is. Rows added at the
  /// node's ancestors stay, as GLPK requires. A removed constraint that is violated again
  /// later is returned again by ``lazyConstraints``, so the result stays exact; the
  /// count is in ``SolveStatistics/lazyConstraintsRemoved``. Off by default.
  public var removesSlackLazyConstraints: Bool

  /// Returns a solution of the whole model to offer GLPK, or nil.
  ///
  /// Called after a node's LP relaxation has been solved with a fractional result better
  /// than the incumbent (GLPK's `GLP_IHEUR`); the first call comes at the root, which
  /// makes it the place to offer a known starting solution. The returned array needs one
  /// value per variable in ``Variable/index`` order. The layer checks it before GLPK
  /// sees it, since GLPK would take it on trust: a wrong length or a non-finite value
  /// throws ``SolverError/Kind/invalidCallbackResult``; values of integer variables
  /// within 10⁻⁶ of a whole number are rounded; a solution that breaks a bound, a
  /// constraint or a lazy constraint by more than 10⁻⁶ (relative) is rejected and
  /// counted in ``SolveStatistics/heuristicSolutionsRejected``.
  public var heuristicSolution: ((RelaxationPoint) throws -> [Double]?)?

  /// Called when branch and cut has found a better integer solution.
  ///
  /// The improvement is noticed at GLPK's next callback, so a solution found by a
  /// built-in heuristic is reported with a small delay; one found just before the search
  /// ends is reported after GLPK has returned, with the final bound. Each report improves
  /// on the previous one.
  public var incumbentFound: ((SearchProgress) throws -> Void)?

  /// Chooses the variable to branch on, or returns nil to leave the choice to GLPK's
  /// ``SolverOptions/branching`` rule.
  ///
  /// Called when a node's LP solution is fractional and GLPK is about to branch (GLPK's
  /// `GLP_IBRANCH`). The point lists the variables GLPK may branch on; returning another
  /// one throws ``SolverError/Kind/invalidCallbackResult``. Setting it turns GLPK's
  /// presolver off, like the other callbacks.
  public var branching: ((BranchingPoint) throws -> BranchChoice?)?

  /// Called as the search goes on, at most once per ``progressInterval``, with the best
  /// solution and bound so far; for showing progress to a person.
  ///
  /// GLPK calls it when it is about to pick the next node, so a long node delays it.
  public var progress: ((TreeProgress) throws -> Void)?

  /// The shortest time between two calls of ``progress``.
  public var progressInterval: Duration

  /// Creates callbacks; leave out the ones you do not need.
  public init(
    lazyConstraints: ((RelaxationPoint) throws -> [LinearConstraint])? = nil,
    removesSlackLazyConstraints: Bool = false,
    heuristicSolution: ((RelaxationPoint) throws -> [Double]?)? = nil,
    incumbentFound: ((SearchProgress) throws -> Void)? = nil,
    branching: ((BranchingPoint) throws -> BranchChoice?)? = nil,
    progress: ((TreeProgress) throws -> Void)? = nil,
    progressInterval: Duration = .seconds(1)
  ) {
    self.lazyConstraints = lazyConstraints
    self.removesSlackLazyConstraints = removesSlackLazyConstraints
    self.heuristicSolution = heuristicSolution
    self.incumbentFound = incumbentFound
    self.branching = branching
    self.progress = progress
    self.progressInterval = progressInterval
  }
}

/// A point handed to a callback: the solution of a node's LP relaxation, or a solution
/// offered by the heuristic callback and being checked for lazy constraints.
public struct RelaxationPoint: Sendable {
  /// The value of each variable, in ``Variable/index`` order.
  public let values: [Double]
  /// The objective value at the point.
  public let objective: Double
  /// Whether every integer and binary variable is within 10⁻⁵ of a whole number (GLPK's
  /// integrality tolerance).
  public let isIntegral: Bool
  /// The objective of the best integer solution found so far, if any.
  public let incumbentObjective: Double?

  /// The value of `variable` at the point.
  public func value(of variable: Variable) -> Double { values[variable.index] }
}

/// The state of branch and cut when a better integer solution is found.
public struct SearchProgress: Sendable {
  /// The objective of the new best integer solution.
  public let objective: Double
  /// The best proven bound at that moment, if known.
  public let bound: Double?
  /// The relative gap between the two, if the bound is known.
  public let gap: Double?
  /// Branch-and-cut nodes created so far.
  public let nodes: Int
  /// Seconds since the solve started.
  public let seconds: Double
}

/// The state of branch and cut between two nodes, for a progress display.
public struct TreeProgress: Sendable {
  /// The objective of the best integer solution so far, if any.
  public let incumbent: Double?
  /// The best proven bound so far, if known; it may lag the tree a little.
  public let bound: Double?
  /// Nodes created so far.
  public let nodes: Int
  /// Nodes still open.
  public let openNodes: Int
  /// Seconds since the solve started.
  public let seconds: Double
}
