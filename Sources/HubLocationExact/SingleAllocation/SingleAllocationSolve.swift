import HubLocation

/// One exact single-allocation solve: the starting heuristic, the branch and cut, and the
/// evaluation of what it returns.
struct SingleAllocationSolve {
  let problem: HubProblem
  let options: ExactHubOptions
  var progress: ProgressSink?

  func run(clock: ContinuousClock) throws -> ExactHubResult {
    let evaluator = HubEvaluator(problem: problem)
    var statistics = ExactHubStatistics()
    // The starting solution: the heuristic's, or the given one if it is better.
    var incumbent: HubEvaluation?
    progress?(.heuristic, incumbent: nil, bound: nil)
    if options.useHeuristicIncumbent {
      incumbent = try? HubHeuristic(problem: problem, options: options.heuristicOptions).solve()
        .evaluation
      var longer = options.heuristicOptions
      longer.roundsWithoutImprovement *= 10
      longer.maximumRounds *= 10
      for run in 0..<(options.longerHeuristicRuns ?? (problem.capacitated ? 2 : 0)) {
        longer.seed = options.heuristicOptions.seed &+ UInt64(run + 1)
        if let found = try? HubHeuristic(problem: problem, options: longer).solve().evaluation,
          found.cost < incumbent?.cost ?? .infinity
        {
          incumbent = found
        }
      }
    }
    if let given = options.initialAllocation {
      let evaluation = try evaluator.evaluate(singleAllocation: given)
      if evaluation.isFeasible, evaluation.cost < incumbent?.cost ?? .infinity {
        incumbent = evaluation
      }
    }
    statistics.heuristicObjective = incumbent?.cost
    let deadline = Deadline(timeLimit: options.timeLimit, from: clock.now)
    let branchAndCut = SingleAllocationBranchAndCut(
      problem: problem, options: options, deadline: deadline, progress: progress)
    if let reason = branchAndCut.obviousInfeasibility() {
      return ExactHubResult(
        evaluation: nil, bound: nil, infeasibleReason: reason, nodes: 0, statistics: statistics)
    }
    let simpleBound = branchAndCut.data.simpleBound()
    progress?(.root, incumbent: incumbent?.cost, bound: simpleBound)
    if options.timeLimit == 0 {
      return ExactHubResult(
        evaluation: incumbent, bound: simpleBound, nodes: 0, statistics: statistics)
    }
    let outcome = try branchAndCut.run(
      incumbent: incumbent?.allocation, incumbentCost: incumbent?.cost)
    var merged = outcome.statistics
    merged.heuristicObjective = statistics.heuristicObjective
    merged.modelObjective = outcome.modelObjective
    var best = incumbent
    if let allocation = outcome.solution {
      let found = try evaluator.evaluate(singleAllocation: allocation)
      if found.isFeasible, found.cost < best?.cost ?? .infinity { best = found }
    }
    let bound = max(simpleBound, outcome.bound ?? -.infinity)
    return ExactHubResult(
      evaluation: best, bound: bound,
      infeasibleReason: outcome.infeasibleReason, nodes: outcome.nodes, statistics: merged)
  }

}
