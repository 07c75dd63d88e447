import Foundation

/// Good solutions, fast, for every hub-location variant: variable neighbourhood search with
/// exact move costs.
///
/// Single allocation searches over allocations and hubs together (see the moves in the
/// discussion of ``solve()``); multiple allocation searches over hub sets, each costed exactly.
/// Results carry an independent ``HubEvaluation``. Without a time limit the search is
/// deterministic for a given seed. The solutions are not proven optimal.
public struct HubHeuristic: Sendable {
  /// The problem to solve.
  public let problem: HubProblem
  /// The search settings.
  public var options: HubSearchOptions

  /// Creates a search.
  public init(problem: HubProblem, options: HubSearchOptions = HubSearchOptions()) {
    self.problem = problem
    self.options = options
  }

  /// Runs the search.
  ///
  /// Single allocation: the local search reallocates single nodes (each move costed in O(p)
  /// from per-node flows to each hub), exchanges the hubs of two nodes (capacitated), moves a
  /// hub within its cluster, opens and closes hubs (fixed costs) and swaps a hub for another
  /// node; random hub moves then shake the best solution. Multiple allocation: swaps (and adds
  /// and drops, with fixed costs) of hubs, each costed exactly in O(n²).
  ///
  /// - Returns: The best solution found, evaluated by ``HubEvaluator``.
  /// - Throws: ``HubSearchError`` when no allocation within the capacities is found.
  public func solve() throws(HubSearchError) -> HubSolution {
    let clock = ContinuousClock.now
    let evaluator = HubEvaluator(problem: problem)
    let evaluation: HubEvaluation
    let rounds: Int
    do {
      switch problem.allocation {
      case .single:
        var search = try SingleAllocationSearch(problem: problem, options: options)
        let result = search.run()
        evaluation = try evaluator.evaluate(singleAllocation: result.allocation)
        rounds = result.rounds
      case .multiple:
        var search = MultipleAllocationSearch(problem: problem, options: options)
        let result = search.run()
        evaluation = try evaluator.evaluate(multipleAllocationHubs: result.hubs)
        rounds = result.rounds
      }
    } catch let error as HubSearchError {
      throw error
    } catch {
      // The searches only produce allocations of the right shape; report rather than trap.
      throw HubSearchError(.noFeasibleSolution, "internal error: \(error)")
    }
    return HubSolution(
      hubs: evaluation.hubs, allocation: evaluation.allocation, evaluation: evaluation,
      isProvenOptimal: false, iterations: rounds,
      seconds: (ContinuousClock.now - clock).inSeconds)
  }
}
