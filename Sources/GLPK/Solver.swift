/// Solves `model` with GLPK and returns what the solver found.
///
/// The call is synchronous and self-contained: it validates the model and options,
/// creates a GLPK problem object, solves it, copies the results into the returned value
/// and deletes the object, all on the calling thread, which GLPK's per-thread state
/// requires. Calls on different threads are independent and may run in parallel, for
/// example as the children of a task group.
///
/// Linear models are solved with the primal simplex method. Mixed-integer models are
/// solved by branch and cut; without GLPK's presolver (``SolverOptions/presolve`` off,
/// or callbacks that need the original variables) the LP relaxation is solved first, and
/// if it is infeasible or unbounded the solve reports that without branching.
///
/// Whether the solver found a solution and why it stopped are separate: check
/// ``Solution/termination`` and ``Solution/hasSolution``. Infeasible or unbounded
/// models, time limits and numerical trouble are reported there, not thrown.
///
/// - Parameters:
///   - model: The model to solve.
///   - options: Limits, techniques and where GLPK's output goes.
///   - callbacks: Code that takes part in branch and cut; ignored for linear models.
/// - Returns: The termination, the solution if there is one, and the best bound.
/// - Throws: ``ModelError`` or ``SolverError/Kind/invalidOptions`` before GLPK is
///   called; an error thrown by a callback, unchanged;
///   ``SolverError/Kind/invalidCallbackResult`` for an unusable callback result;
///   ``SolverError/Kind/internalError`` if GLPK failed internally;
///   ``SolverError/Kind/fileWriteFailed`` if ``SolverOptions/lpExportPath`` could not be
///   written.
public func solve(
  _ model: LinearModel, options: SolverOptions = SolverOptions(),
  callbacks: SolverCallbacks? = nil
) throws -> Solution {
  try model.validate()
  try options.validate()
  let clock = ContinuousClock()
  let start = clock.now
  return try GLPKEnvironment.withThreadEnvironment(messages: options.messages) { router in
    try ProblemLoader.withProblem(
      holding: model, withNames: options.lpExportPath != nil, router: router
    ) { problem in
      if let path = options.lpExportPath {
        try ModelFileFormat.cplexLP.write(problem, to: path, router: router)
      }
      let run = SolveRun(
        model: model, options: options, callbacks: callbacks, problem: problem,
        router: router, clock: clock, start: start)
      return try model.isMixedInteger ? run.solveMixedInteger() : run.solveLinear()
    }
  }
}
