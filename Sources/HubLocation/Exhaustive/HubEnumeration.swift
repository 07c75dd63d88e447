import Foundation

/// Exact solutions of small instances by trying every allowed hub set: a test oracle.
///
/// What is exact:
/// - **Multiple allocation**: every allowed hub set is costed exactly (each flow on its
///   cheapest route), so the best set is optimal. The work is the number of sets times n²·p:
///   fine for all p on n ≤ 10, and for p ≤ 3 up to n ≈ 50.
/// - **Single allocation**: for every allowed hub set, every allocation is searched by branch
///   and bound (exact: the bound is a true lower bound). The worst case is the sum over sets of
///   p^(n−p) allocations, so this is only for tiny instances (n ≤ 10, or a handful of nodes
///   more with p = 2).
///
/// The search refuses to start when its worst-case work exceeds ``limit``.
public struct HubEnumeration: Sendable {
  /// The problem to solve.
  public let problem: HubProblem
  /// The largest worst-case work accepted: hub sets × n² × p (multiple allocation) or allocations
  /// to try (single allocation).
  public var limit: Double

  /// Creates an exhaustive search.
  public init(problem: HubProblem, limit: Double = 2e9) {
    self.problem = problem
    self.limit = limit
  }

  /// Runs the search.
  ///
  /// - Returns: An optimal solution, evaluated by ``HubEvaluator``, with
  ///   ``HubSolution/isProvenOptimal`` set; ties go to the first set in lexicographic order.
  /// - Throws: ``HubSearchError`` when the work would exceed ``limit``, or when no allocation
  ///   respects the capacities (then none exists).
  public func solve() throws(HubSearchError) -> HubSolution {
    let clock = ContinuousClock.now
    let n = problem.instance.nodeCount
    let sets = HubSetSequence(problem: problem)
    let counts = sets.counts(nodeCount: n)
    let maximumHubs = Double(sets.forced.count + sets.sizes.upperBound)
    let work =
      problem.allocation == .multiple
      ? counts.sets * Double(n * n) * maximumHubs : counts.leaves
    guard work <= limit else {
      throw HubSearchError(
        .tooLarge,
        "exhaustive search would take up to \(String(format: "%.3g", work)) steps, over the limit of \(String(format: "%.3g", limit)); use HubHeuristic or an exact method"
      )
    }
    var bestCost = Double.infinity
    var bestHubs: [Int] = []
    var bestAllocation: [Int]? = nil
    var examined = 0
    switch problem.allocation {
    case .multiple:
      var costs = MultipleAllocationCosts(instance: problem.instance)
      for hubs in sets {
        examined += 1
        costs.set(hubs)
        let value = costs.cost + problem.fixedCost(of: hubs)
        if value < bestCost {
          bestCost = value
          bestHubs = hubs
        }
      }
    case .single:
      var search = SingleAllocationBranchAndBound(problem: problem)
      for hubs in sets {
        examined += 1
        let fixed = problem.fixedCost(of: hubs)
        search.search(hubs: hubs, below: bestCost - fixed)
        if let allocation = search.bestAllocation {
          bestCost = search.bestCost + fixed
          bestHubs = hubs
          bestAllocation = allocation
        }
      }
      guard bestAllocation != nil else {
        throw HubSearchError(
          .noFeasibleSolution,
          "no allocation respects the capacities for any allowed hub set (proven by enumeration)")
      }
    }
    let evaluator = HubEvaluator(problem: problem)
    let evaluation: HubEvaluation
    do {
      evaluation =
        try bestAllocation.map { allocation throws(HubModelError) in
          try evaluator.evaluate(singleAllocation: allocation)
        } ?? evaluator.evaluate(multipleAllocationHubs: bestHubs)
    } catch {
      throw HubSearchError(.noFeasibleSolution, "internal error: \(error)")
    }
    return HubSolution(
      hubs: evaluation.hubs, allocation: evaluation.allocation, evaluation: evaluation,
      isProvenOptimal: true, iterations: examined,
      seconds: (ContinuousClock.now - clock).inSeconds)
  }
}
