/// Why the solver stopped.
///
/// This is separate from whether a usable solution exists, which
/// ``Solution/primalStatus`` says: a time limit, for example, may leave a good integer
/// solution or none at all.
public enum Termination: Sendable, Hashable {
  /// The solution is optimal (for mixed-integer models, within GLPK's tolerances).
  case optimal
  /// Branch and cut stopped because the bound came within
  /// ``SolverOptions/relativeGap`` of the objective. The solution is feasible and at
  /// most that far from optimal; ``Solution/gap`` says how far.
  case gapLimit
  /// The model has no feasible solution.
  case infeasible
  /// The objective can improve without limit over the feasible region.
  case unbounded
  /// The model is infeasible or unbounded; GLPK proved that its relaxation has no dual
  /// feasible solution but not which of the two holds.
  case dualInfeasible
  /// ``SolverOptions/timeLimit`` was reached.
  case timeLimit
  /// GLPK's iteration limit was reached.
  case iterationLimit
  /// The search was stopped early for another reason, such as a callback asking to stop.
  case interrupted
  /// GLPK gave up because of numerical difficulties (a singular or ill-conditioned
  /// basis, or a failed relaxation).
  case numericalError
  /// GLPK rejected the model's data. Validation should prevent this; please report it.
  case invalidModel

  /// Whether the solution is optimal, or optimal within the requested relative gap.
  public var isOptimal: Bool { self == .optimal || self == .gapLimit }
}

/// Whether a solution carries a usable point.
public enum PrimalStatus: Sendable, Hashable {
  /// There are no values to use.
  case noSolution
  /// The values satisfy every constraint, bound and integrality condition within GLPK's
  /// tolerances.
  case feasible
}
