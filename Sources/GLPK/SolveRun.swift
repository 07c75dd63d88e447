/// One solve of a loaded GLPK problem: the solver calls and the reading of results.
struct SolveRun {
  let model: LinearModel
  let options: SolverOptions
  let callbacks: SolverCallbacks?
  let problem: GLPKProblem
  let router: MessageRouter
  let clock: ContinuousClock
  let start: ContinuousClock.Instant

  /// Solves a model without integer variables with the simplex method.
  func solveLinear() throws -> Solution {
    var returnCode = try GLPKCalls.simplex(
      problem, options.simplexParameters(presolve: options.presolve, timeLimit: timeLeft))
    if StatusMapping.isNoDualFeasibleSolution(returnCode) {
      // The presolver proved only that no dual feasible solution exists; solving without
      // it tells an unbounded model from an infeasible one.
      returnCode = try GLPKCalls.simplex(
        problem, options.simplexParameters(presolve: false, timeLimit: timeLeft))
    }
    var statistics = SolveStatistics()
    statistics.usedPresolver = options.presolve
    let termination = StatusMapping.simplexTermination(
      returnCode: returnCode, status: GLPKCalls.simplexStatus(problem))
    let isFeasible =
      termination != .unbounded
      && StatusMapping.isFeasibleBasicSolution(GLPKCalls.simplexPrimalStatus(problem))
    guard isFeasible else {
      return solution(termination, returnCode: returnCode, statistics: statistics)
    }
    let objective = GLPKCalls.simplexObjective(problem)
    return solution(
      termination, returnCode: returnCode, statistics: statistics,
      values: (0..<model.variableCount).map {
        GLPKCalls.simplexColumnValue(problem, Int32($0 + 1))
      },
      activities: (0..<model.constraintCount).map {
        GLPKCalls.simplexRowValue(problem, Int32($0 + 1))
      },
      objective: objective, bound: termination == .optimal ? objective : nil)
  }

  /// Solves a model with integer variables by branch and cut.
  func solveMixedInteger() throws -> Solution {
    let callbacksNeedOwnColumns =
      callbacks?.lazyConstraints != nil || callbacks?.heuristicSolution != nil
      || callbacks?.branching != nil
    let presolve = options.presolve && !callbacksNeedOwnColumns
    let context = SearchContext(
      model: model, callbacks: callbacks, relativeGap: options.relativeGap, router: router,
      clock: clock, start: start)
    context.statistics.usedPresolver = presolve
    if !presolve {
      // Without the presolver, glp_intopt starts from an optimal LP relaxation.
      let returnCode = try GLPKCalls.simplex(
        problem, options.simplexParameters(presolve: false, timeLimit: timeLeft))
      let status = GLPKCalls.simplexStatus(problem)
      guard returnCode == 0 && StatusMapping.isOptimalBasicSolution(status) else {
        return solution(
          StatusMapping.relaxationTermination(returnCode: returnCode, status: status),
          returnCode: returnCode, statistics: context.statistics)
      }
      context.noteBound(GLPKCalls.simplexObjective(problem))
    }
    var parameters = options.branchAndCutParameters(
      presolve: presolve, builtInHeuristics: callbacks?.lazyConstraints == nil,
      timeLimit: timeLeft)
    parameters.cb_func = searchCallback
    parameters.cb_info = Unmanaged.passUnretained(context).toOpaque()
    let returnCode = try withExtendedLifetime(context) {
      try GLPKCalls.branchAndCut(problem, parameters)
    }
    if let failure = context.failure { throw failure }
    let status = GLPKCalls.integerStatus(problem)
    var termination = StatusMapping.branchAndCutTermination(
      returnCode: returnCode, status: status)
    guard StatusMapping.hasIntegerSolution(status) else {
      let bound =
        termination == .infeasible || termination == .dualInfeasible
        ? nil : context.bestBound
      return solution(
        termination, returnCode: returnCode, statistics: context.statistics, bound: bound)
    }
    let objective = GLPKCalls.integerObjective(problem)
    try context.reportFinalIncumbent(objective)
    if termination == .gapLimit { context.noteGapLimitReached(objective: objective) }
    let objectiveBounds = ObjectiveBounds(maximize: model.sense == .maximize)
    let bound =
      termination == .optimal
      ? objective : objectiveBounds.limited(context.bestBound, by: objective)
    if termination == .gapLimit && bound == objective {
      // The bound met the objective exactly: the gap check fired on a proven optimum.
      termination = .optimal
    }
    return solution(
      termination, returnCode: returnCode, statistics: context.statistics,
      values: (0..<model.variableCount).map {
        GLPKCalls.integerColumnValue(problem, Int32($0 + 1))
      },
      activities: (0..<model.constraintCount).map {
        GLPKCalls.integerRowValue(problem, Int32($0 + 1))
      },
      objective: objective, bound: bound)
  }

  /// The time left of ``SolverOptions/timeLimit``, or nil when there is no limit.
  private var timeLeft: Duration? {
    options.timeLimit.map { Swift.max(.zero, $0 - (clock.now - start)) }
  }

  private func solution(
    _ termination: Termination, returnCode: Int32, statistics: SolveStatistics,
    values: [Double] = [], activities: [Double] = [], objective: Double? = nil,
    bound: Double? = nil
  ) -> Solution {
    Solution(
      termination: termination, primalStatus: objective == nil ? .noSolution : .feasible,
      objective: objective, bound: bound,
      gap: ObjectiveBounds.relativeGap(objective: objective, bound: bound), values: values,
      constraintActivities: activities, seconds: (clock.now - start).inSeconds,
      statistics: statistics, glpkReturnCode: Int(returnCode))
  }
}
