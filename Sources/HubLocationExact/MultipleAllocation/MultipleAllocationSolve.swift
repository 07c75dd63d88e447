import HubLocation

/// One exact multiple-allocation solve: complete enumeration of the hub sets when they are
/// few enough (``ExactHubOptions/enumerationLimit``), otherwise Benders branch and cut
/// started from the heuristic's hubs.
struct MultipleAllocationSolve {
  let problem: HubProblem
  let options: ExactHubOptions
  var progress: ProgressSink?

  func run(clock: ContinuousClock) throws -> ExactHubResult {
    if options.timeLimit != 0, let result = try enumerate() { return result }
    progress?(.heuristic, incumbent: nil, bound: nil)
    let evaluator = HubEvaluator(problem: problem)
    var statistics = ExactHubStatistics()
    var incumbent: HubEvaluation?
    if options.useHeuristicIncumbent {
      incumbent = try? HubHeuristic(problem: problem, options: options.heuristicOptions).solve()
        .evaluation
    }
    statistics.heuristicObjective = incumbent?.cost
    progress?(.search, incumbent: incumbent?.cost, bound: nil)
    let deadline = Deadline(timeLimit: options.timeLimit, from: clock.now)
    let branchAndCut = MultipleAllocationBranchAndCut(
      problem: problem, deadline: deadline, lpExportPath: options.lpExportPath)
    if options.timeLimit == 0 {
      return ExactHubResult(evaluation: incumbent, bound: 0, nodes: 0, statistics: statistics)
    }
    let outcome = try branchAndCut.run(
      incumbent: incumbent?.hubs, incumbentCost: incumbent?.cost)
    var merged = outcome.statistics
    merged.heuristicObjective = statistics.heuristicObjective
    merged.modelObjective = outcome.modelObjective
    var best = incumbent
    if let hubs = outcome.solution, !hubs.isEmpty {
      let found = try evaluator.evaluate(multipleAllocationHubs: hubs)
      if found.isFeasible, found.cost < best?.cost ?? .infinity { best = found }
    }
    return ExactHubResult(
      evaluation: best, bound: max(0, outcome.bound ?? 0), nodes: outcome.nodes,
      statistics: merged)
  }

  /// The enumeration's result, or nil when the instance is over the limit.
  private func enumerate() throws -> ExactHubResult? {
    let enumeration = HubEnumeration(problem: problem, limit: options.enumerationLimit)
    let outcome: Result<HubSolution, HubSearchError> = Result { () throws(HubSearchError) in
      try enumeration.solve()
    }
    let solution: HubSolution
    switch outcome {
    case .success(let found): solution = found
    case .failure(let error) where error.kind == .tooLarge: return nil
    case .failure(let error): throw error
    }
    progress?(.search, incumbent: solution.cost, bound: solution.cost)
    var statistics = ExactHubStatistics()
    statistics.method = .enumeration
    statistics.hubSetsExamined = solution.iterations
    return ExactHubResult(
      evaluation: solution.evaluation, bound: solution.cost, nodes: 0, statistics: statistics)
  }
}
