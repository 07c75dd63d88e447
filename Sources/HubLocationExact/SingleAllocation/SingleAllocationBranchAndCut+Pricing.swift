import GLPK
import HubLocation

extension SingleAllocationBranchAndCut {
  /// Prices the allocation variables missing from a restricted master at its optimal LP of
  /// value `bound`, and returns those that could still lead to a better solution (at most
  /// 3 per node).
  ///
  /// Removes the slack cuts first (they need no coefficients for new columns). Each node
  /// takes at most one missing allocation, so the LP value plus each node's cheapest
  /// negative reduced cost is a Lagrangian bound on the full master; that bound, with this
  /// LP's reduced costs, also fixes present columns (``fixByReducedCosts(_:columns:bound:upper:incumbent:statistics:)``).
  func price(
    _ session: inout ProblemSession, bound: Double, columns: MasterColumns,
    cuts: inout SessionCuts, incumbent: [Int]?, incumbentCost: Double?,
    outcome: inout BranchAndCutOutcome
  ) throws -> [Int] {
    // Slack cuts need no coefficients for the new columns.
    try cuts.removeSlack(from: &session)
    let costs = AllocationPricing(data: data, columns: columns).reducedCosts(
      duals: session.duals(),
      cuts: cuts.records.enumerated().compactMap { offset, record in
        record.map { (cuts.baseRows + offset, $0) }
      }, points: cuts.points, separator: &cuts.separator)
    // Each node takes at most one missing allocation (Lagrangian bound).
    var cheapest = [Double](repeating: 0, count: data.n)
    for (pair, cost) in costs {
      cheapest[pair / data.n] = min(cheapest[pair / data.n], cost)
    }
    let lagrangian = bound + cheapest.reduce(0, +)
    outcome.bound = max(outcome.bound ?? -.infinity, lagrangian)
    progress?(.root, incumbent: incumbentCost, bound: outcome.bound)
    let threshold = incumbentCost.map(ReducedCostFixing.cutoff(above:)) ?? .infinity
    if let incumbent, let incumbentCost {
      // This LP's Lagrangian bound holds for the full master, so with this LP's
      // reduced costs it fixes columns too; fixed columns drop out of GLPK's simplex
      // and make the rounds cheaper.
      try fixByReducedCosts(
        &session, columns: columns, bound: lagrangian, upper: incumbentCost,
        incumbent: incumbent, statistics: &outcome.statistics)
    }
    return AllocationPricing.entering(
      costs, bound: bound, threshold: threshold, perNode: 3, n: data.n)
  }

  /// Adds the allocation variables of `pairs` (`i ≠ k`) with their coefficients in the
  /// assignment row and in every cut, and their linking rows `z_ik ≤ z_kk`.
  func addAllocations(
    _ pairs: [Int], to session: inout ProblemSession, columns: inout MasterColumns,
    cuts: inout SessionCuts
  ) throws {
    let n = data.n
    var entries = pairs.map { [(Constraint(index: $0 / n), 1.0)] }
    for (offset, record) in cuts.records.enumerated() {
      guard let record else { continue }
      let values = cuts.separator.coefficients(
        origin: record.origin, supports: cuts.points.supports[record.point], pairs: pairs)
      for (index, value) in values.enumerated() where value != 0 {
        entries[index].append((Constraint(index: cuts.baseRows + offset), value))
      }
    }
    try session.addVariables(
      pairs.indices.map {
        LinearColumn(
          upperBound: 1, kind: .binary, objective: data.lin[pairs[$0]], entries: entries[$0])
      })
    for pair in pairs { columns.append(pair: pair) }
    let linking = pairs.map { pair in
      LinearConstraint(
        terms: [
          (Variable(index: columns.z[pair]), 1),
          (Variable(index: columns.z[(pair % n) * n + pair % n]), -1),
        ], upperBound: 0)
    }
    try session.addConstraints(linking)
    cuts.records += [TransferCutRecord?](repeating: nil, count: linking.count)
    cuts.separator.columns = columns
  }
}
