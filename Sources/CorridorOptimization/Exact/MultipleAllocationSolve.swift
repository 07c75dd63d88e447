/// One exact multiple-allocation solve: complete enumeration of the hub sets when they are
/// few enough.
struct MultipleAllocationSolve {
  let problem: HubProblem
  let options: ExactHubOptions

  func run(clock: ContinuousClock) throws -> ExactHubResult {
    var statistics = ExactHubStatistics()
    statistics.method = .enumeration
    let enumeration = HubEnumeration(problem: problem, limit: options.enumerationLimit)
    let solution = try enumeration.solve()
    statistics.hubSetsExamined = solution.iterations
    return ExactHubResult(
      evaluation: solution.evaluation, bound: solution.cost, nodes: 0, statistics: statistics)
  }
}
