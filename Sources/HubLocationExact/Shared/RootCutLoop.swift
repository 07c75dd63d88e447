import GLPK

/// The cut loop at the root of a Benders branch and cut: rounds of separating the cuts the
/// LP solution violates, adding them and re-solving with the dual simplex.
///
/// The loop ends when the LP is not solved to optimality, no cut is violated, the deadline
/// passes, or, when ``stopsOnTailingOff``, two rounds in a row move the objective by less
/// than 10⁻⁵ (relative).
struct RootCutLoop {
  /// What a run of the loop did.
  struct Result {
    /// The last relaxation.
    var relaxation: RelaxationOutcome
    /// The cuts added.
    var cuts = 0
    /// The LP re-solves.
    var resolves = 0
  }

  /// When to stop separating.
  var deadline: Deadline
  /// Whether two rounds in a row that barely move the objective end the loop (the tree
  /// then separates the rest).
  var stopsOnTailingOff: Bool
  /// Whether each re-solve is limited to the time left before the deadline.
  var limitsResolves = true

  /// Runs rounds from `relaxation` with the cuts of `separation`.
  ///
  /// `observe` sees every optimal LP objective, the first one included, before the loop
  /// decides whether to go on.
  func run<Separation: CutSeparation>(
    _ session: inout ProblemSession, from relaxation: RelaxationOutcome,
    separation: inout Separation, observe: (Double) -> Void = { _ in }
  ) throws -> Result {
    var result = Result(relaxation: relaxation)
    var previous: Double?
    var stalled = 0
    while result.relaxation.termination == .optimal, let objective = result.relaxation.objective {
      if let previous, objective - previous < 1e-5 * max(1, abs(objective)) {
        stalled += 1
      } else {
        stalled = 0
      }
      previous = objective
      observe(objective)
      if deadline.hasPassed || (stopsOnTailingOff && stalled >= 2) { break }
      let added = try separation.addViolatedCuts(to: &session)
      if added == 0 { break }
      result.cuts += added
      result.relaxation = try session.solveRelaxation(
        method: .dual, timeLimit: limitsResolves ? deadline.remaining : nil)
      result.resolves += 1
    }
    return result
  }
}
