import Foundation
import HubLocation

/// A power-of-ten unit for costs that keeps the solver's numbers near 10⁵.
///
/// Scaling the cost factors and the fixed costs by the same power of ten scales every
/// objective by it and changes no decision; the result is then costed again on the original
/// data, so objective, bound and gap are in the problem's own units.
struct CostScale {
  /// The factor the costs are divided by (1: no scaling).
  let factor: Double

  init(_ instance: HubInstance) {
    var largest = 0.0
    for i in 0..<instance.nodeCount {
      for j in 0..<instance.nodeCount {
        largest = max(largest, instance.distance(from: i, to: j))
      }
    }
    let rate = max(instance.chi, instance.alpha, instance.delta)
    let magnitude =
      instance.totalFlow * largest * rate + (instance.fixedCosts?.reduce(0, +) ?? 0)
    if magnitude.isFinite && magnitude > 1e7 {
      factor = pow(10, (log10(magnitude) - 5).rounded(.down))
    } else {
      factor = 1
    }
  }

  /// The problem with its cost factors and fixed costs divided by ``factor``.
  func apply(to problem: HubProblem) throws(HubModelError) -> HubProblem {
    guard factor != 1 else { return problem }
    let instance = problem.instance
    let scaled = try HubInstance(
      nodeCount: instance.nodeCount, flows: instance.flows, distances: instance.distances,
      chi: instance.chi / factor, alpha: instance.alpha / factor, delta: instance.delta / factor,
      fixedCosts: instance.fixedCosts?.map { $0 / factor }, capacities: instance.capacities,
      names: instance.names, coordinates: instance.coordinates)
    return try HubProblem(
      instance: scaled, allocation: problem.allocation, hubCount: problem.hubCount,
      capacitated: problem.capacitated, fixedOpen: problem.fixedOpen,
      candidates: problem.candidates)
  }

  /// Costs the result's solution on the original problem and scales its bounds back.
  func restore(_ result: inout ExactHubResult, problem: HubProblem) throws {
    let evaluator = HubEvaluator(problem: problem)
    if result.evaluation != nil {
      switch problem.allocation {
      case .single:
        if let allocation = result.allocation {
          result.evaluation = try evaluator.evaluate(singleAllocation: allocation)
        }
      case .multiple:
        result.evaluation = try evaluator.evaluate(multipleAllocationHubs: result.hubs)
      }
      result.objective = result.evaluation?.cost
    }
    result.bound = result.bound.map { $0 * factor }
    if let bound = result.bound, let objective = result.objective {
      result.bound = min(bound, objective)
    }
    result.statistics.rootBound = result.statistics.rootBound.map { $0 * factor }
    result.statistics.heuristicObjective = result.statistics.heuristicObjective.map {
      $0 * factor
    }
    result.statistics.modelObjective = result.statistics.modelObjective.map { $0 * factor }
  }
}
