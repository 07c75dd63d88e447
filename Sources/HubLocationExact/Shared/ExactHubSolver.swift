import HubLocation

/// Proven-optimal solutions of hub-location problems: Benders branch and cut with GLPK for
/// single allocation, enumeration or Benders branch and cut for multiple allocation.
///
/// Single allocation (USApHMP, USAHLP, CSAHLP, CSApHMP) uses
/// ``SingleAllocationBranchAndCut``: the master holds the allocation variables and one
/// transfer variable per origin, the transfer cost enters through cuts from the duals of
/// each pair's transportation subproblem, and the search starts from ``HubHeuristic``'s
/// solution. Multiple allocation (UMApHMP, UMAHLP) enumerates the hub sets when there are
/// few enough of them (``ExactHubOptions/enumerationLimit``) and otherwise runs a Benders
/// branch and cut over the hub variables.
///
/// The solution is always re-costed by ``HubEvaluator``; the status is
/// ``ExactHubStatus/optimal`` only when the proven bound equals that cost to 10⁻⁶
/// (relative).
public struct ExactHubSolver: Sendable {
  /// The problem to solve.
  public let problem: HubProblem
  /// The settings.
  public var options: ExactHubOptions

  /// Creates a solver.
  public init(problem: HubProblem, options: ExactHubOptions = ExactHubOptions()) {
    self.problem = problem
    self.options = options
  }

  /// Solves the problem.
  ///
  /// - Parameter progress: Called on the solving thread as the solve goes on: when a stage
  ///   starts, after each round of the root's cut loop, and in the search whenever the
  ///   tree picks its next node (at most once a second).
  /// - Returns: The status, the best solution with its evaluation, the proven bound and
  ///   the gap.
  /// - Throws: ``HubModelError`` when an option does not fit the problem (an initial
  ///   allocation of the wrong length, a negative time limit); errors of the GLPK layer
  ///   (``GLPK/SolverError``) if GLPK fails internally.
  public func solve(progress: ((ExactHubProgress) -> Void)? = nil) throws -> ExactHubResult {
    try validateOptions()
    let clock = ContinuousClock()
    let start = clock.now
    // Costs of billions (a scenario's US$ a year) make GLPK's simplex fail numerically, so
    // the solve runs in scaled units and the result is costed again in the problem's own.
    let scale = CostScale(problem.instance)
    let scaled = try scale.apply(to: problem)
    let sink = progress.map {
      ProgressSink(report: $0, factor: scale.factor, clock: clock, start: start)
    }
    var result: ExactHubResult
    switch problem.allocation {
    case .single:
      result = try SingleAllocationSolve(problem: scaled, options: options, progress: sink)
        .run(clock: clock)
    case .multiple:
      result = try MultipleAllocationSolve(problem: scaled, options: options, progress: sink)
        .run(clock: clock)
    }
    if scale.factor != 1 { try scale.restore(&result, problem: problem) }
    result.seconds = (clock.now - start).inSeconds
    return result
  }

  private func validateOptions() throws(HubModelError) {
    if let limit = options.timeLimit, !(limit >= 0) {
      throw HubModelError("the time limit is \(limit) s; give a number >= 0, or nil for none")
    }
    if let allocation = options.initialAllocation {
      let n = problem.instance.nodeCount
      guard allocation.count == n, allocation.allSatisfy({ (0..<n).contains($0) }) else {
        throw HubModelError(
          "the initial allocation must give one hub (0...\(n - 1)) per node; it has "
            + "\(allocation.count) entries")
      }
    }
  }
}
