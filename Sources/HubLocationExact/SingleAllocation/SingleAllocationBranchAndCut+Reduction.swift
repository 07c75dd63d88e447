import GLPK
import HubLocation

extension SingleAllocationBranchAndCut {
  /// Reduces the root after its cut loop, whose optimal LP value is `bound`: removes the
  /// slack cuts, fixes variables by reduced cost and, if asked, probes the hubs
  /// (``probeHubs(_:columns:cuts:upper:incumbent:statistics:)``).
  ///
  /// - Returns: The root's bound, or nil when probing proved that no solution is better
  ///   than the starting one (``BranchAndCutOutcome/bound`` is then its cost).
  func reduceRoot(
    _ session: inout ProblemSession, bound: Double, columns: MasterColumns,
    cuts: inout SessionCuts, priced: Bool, incumbent: [Int]?, incumbentCost: Double?,
    outcome: inout BranchAndCutOutcome
  ) throws -> Double? {
    var bound = bound
    outcome.bound = bound
    outcome.statistics.rootBound = bound
    try cuts.removeSlack(from: &session)
    let relaxation = try session.solveRelaxation(method: .dual, timeLimit: deadline.remaining)
    if let objective = relaxation.objective, relaxation.termination == .optimal {
      bound = max(bound, objective)
    }
    outcome.statistics.rootCutsKept = session.model.constraintCount - cuts.baseRows
    guard let incumbent, let incumbentCost else { return bound }
    try fixByReducedCosts(
      &session, columns: columns, bound: bound, upper: incumbentCost, incumbent: incumbent,
      statistics: &outcome.statistics)
    _ = try session.solveRelaxation(method: .dual, timeLimit: deadline.remaining)
    guard shouldProbeHubs(bound: bound, upper: incumbentCost, priced: priced) else {
      return bound
    }
    let probed = try probeHubs(
      &session, columns: columns, cuts: &cuts, upper: incumbentCost, incumbent: incumbent,
      statistics: &outcome.statistics)
    if probed.termination == .infeasible {
      // No solution is better than the starting one.
      outcome.bound = incumbentCost
      return nil
    }
    // The probed LP bounds every solution better than the starting one.
    if probed.termination == .optimal, let objective = probed.objective {
      bound = max(bound, min(objective, incumbentCost))
      outcome.bound = bound
      try fixByReducedCosts(
        &session, columns: columns, bound: objective, upper: incumbentCost,
        incumbent: incumbent, statistics: &outcome.statistics)
      _ = try session.solveRelaxation(method: .dual, timeLimit: deadline.remaining)
    }
    return bound
  }

  /// Fixes to 0 the allocation variables that cannot lead to a better solution.
  ///
  /// These are the variables at 0 whose reduced cost lifts the bound above the starting
  /// solution's cost (``ReducedCostFixing``); a hub variable fixed this way closes the hub
  /// for all nodes. The starting solution's own variables are never fixed.
  func fixByReducedCosts(
    _ session: inout ProblemSession, columns: MasterColumns, bound: Double, upper: Double,
    incumbent: [Int],
    statistics: inout ExactHubStatistics
  ) throws {
    let n = data.n
    let test = ReducedCostFixing(session, bound: bound, upper: upper)
    let incumbentHubs = Set(incumbent)
    var fixed = [Bool](repeating: false, count: columns.count)
    func fix(_ column: Int) throws {
      let variable = Variable(index: column)
      guard !fixed[column], session.model.lowerBound(of: variable) == 0,
        session.model.upperBound(of: variable) > 0
      else {
        return
      }
      fixed[column] = true
      try session.setBounds(of: variable, lower: 0, upper: 0)
      statistics.fixedByReducedCost += 1
    }
    func provablyUseless(_ column: Int) -> Bool {
      test.provesUseless(Variable(index: column), in: session)
    }
    for k in data.hubs where !incumbentHubs.contains(k) {
      let hub = columns.z[k * n + k]
      guard hub >= 0, provablyUseless(hub) else { continue }
      statistics.hubsClosedByReducedCost += 1
      for i in 0..<n where columns.z[i * n + k] >= 0 { try fix(columns.z[i * n + k]) }
    }
    for i in 0..<n {
      for k in data.hubs where k != incumbent[i] {
        let column = columns.z[i * n + k]
        if column >= 0, provablyUseless(column) { try fix(column) }
      }
    }
  }
}
