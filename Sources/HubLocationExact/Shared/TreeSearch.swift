import GLPK

/// The search phase of a Benders branch and cut: GLPK's branch and cut with the cuts as
/// lazy constraints, within the time left before the deadline, and what it found.
struct TreeSearch {
  /// When the search must stop.
  let deadline: Deadline

  /// The solver settings of the search: a relative gap of 10⁻⁷, no presolve and none of
  /// GLPK's own cuts or heuristics, Driebeck–Tomlin branching, best-local-bound
  /// backtracking, limited to the time left.
  var options: SolverOptions {
    SolverOptions(
      timeLimit: deadline.remaining, relativeGap: 1e-7, presolve: false, cuts: [],
      heuristics: [], branching: .driebeckTomlin, backtracking: .bestLocalBound)
  }

  /// Runs the search on the session's problem.
  func run(_ session: inout ProblemSession, callbacks: SolverCallbacks) throws -> Solution {
    try session.solveMixedInteger(options: options, callbacks: callbacks)
  }

  /// A heuristic callback that offers the variable values `start` (if any) once, as the
  /// first incumbent.
  static func offeringOnce(_ start: [Double]?) -> (RelaxationPoint) throws -> [Double]? {
    var offered = false
    return { _ in
      guard !offered, let start else { return nil }
      offered = true
      return start
    }
  }

  /// Records the search's nodes, cuts, solution (through `decode`) and bound in `outcome`.
  ///
  /// The bound is the root's `bound` or the search's, which with a starting solution of
  /// cost `incumbentCost` is at most that cost, whichever is higher.
  static func record(
    _ solution: Solution, rootBound bound: Double, incumbentCost: Double?,
    decode: ([Double]) -> [Int], in outcome: inout BranchAndCutOutcome
  ) {
    outcome.nodes = solution.statistics.nodes
    outcome.statistics.treeCuts = solution.statistics.lazyConstraintsAdded
    outcome.statistics.treeCutsRemoved = solution.statistics.lazyConstraintsRemoved
    if solution.hasSolution {
      outcome.solution = decode(solution.values)
      outcome.modelObjective = solution.objective
    }
    if let mipBound = solution.bound {
      let limited = incumbentCost.map { min($0, mipBound) } ?? mipBound
      outcome.bound = max(bound, limited)
    }
  }
}
