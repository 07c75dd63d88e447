import GLPK

/// The reduced-cost test of an optimal LP at the root: a variable at its lower bound 0 whose
/// reduced cost lifts the LP bound above the starting solution's cost is 0 in every better
/// solution, so it can be fixed to 0.
struct ReducedCostFixing {
  /// The LP bound the test starts from.
  let bound: Double
  /// The cost a solution must beat (``cutoff(above:)`` of the starting solution's).
  let cutoff: Double
  private let reducedCosts: [Double]

  /// The test at the session's current LP solution, valid with the lower bound `bound`,
  /// against the starting solution's cost `upper`.
  init(_ session: borrowing ProblemSession, bound: Double, upper: Double) {
    reducedCosts = session.reducedCosts()
    self.bound = bound
    cutoff = Self.cutoff(above: upper)
  }

  /// Whether `variable` is at its lower bound with a reduced cost that proves no better
  /// solution uses it.
  func provesUseless(_ variable: Variable, in session: borrowing ProblemSession) -> Bool {
    session.basisStatus(of: variable) == .atLower
      && bound + reducedCosts[variable.index] > cutoff
  }

  /// The value above which an LP bound proves that no solution better than one of cost
  /// `upper` exists, with a little room for rounding.
  static func cutoff(above upper: Double) -> Double {
    upper * (1 + 1e-9) + 1e-9
  }
}
