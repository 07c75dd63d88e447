import HubLocation

extension ExactHubResult {
  /// A result with the solution `evaluation` (or none) and a proven `bound`; the status
  /// follows from the gap, or is `infeasible` with `reason`.
  init(
    evaluation: HubEvaluation?, bound: Double?, infeasibleReason: String? = nil, nodes: Int,
    statistics: ExactHubStatistics
  ) {
    let objective = evaluation?.cost
    let limitedBound = bound.map { b in objective.map { min($0, b) } ?? b }
    var gap: Double?
    if let objective, let limitedBound {
      gap = (objective - limitedBound) / max(abs(objective), 1e-300)
    }
    let status: ExactHubStatus
    if let infeasibleReason, evaluation == nil {
      status = .infeasible(reason: infeasibleReason)
    } else if let objective, let limitedBound {
      status =
        objective - limitedBound <= 1e-6 * max(1, abs(objective)) ? .optimal : .feasible
    } else if objective != nil {
      status = .feasible
    } else {
      status = .timeLimitWithoutSolution
    }
    let isInfeasible = if case .infeasible = status { true } else { false }
    self.init(
      status: status, objective: objective, bound: isInfeasible ? nil : limitedBound,
      gap: isInfeasible ? nil : gap, hubs: evaluation?.hubs ?? [],
      allocation: evaluation?.allocation,
      evaluation: evaluation, seconds: 0, nodes: nodes, statistics: statistics)
  }
}
