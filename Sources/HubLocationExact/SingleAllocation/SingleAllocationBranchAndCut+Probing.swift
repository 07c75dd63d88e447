import GLPK
import HubLocation

extension SingleAllocationBranchAndCut {
  /// Whether to probe the hubs at a root with this bound (``ExactHubOptions/probesHubs``):
  /// by default when the gap to the starting solution is wide (capacities and fixed
  /// costs), and the master holds every allocation variable.
  func shouldProbeHubs(bound: Double, upper: Double, priced: Bool) -> Bool {
    options.probesHubs ?? (!priced && upper - bound > 5e-3 * abs(upper))
  }

  /// Hub probing: closes the hubs that no solution better than `upper` can open, and
  /// keeps open those that every such solution opens.
  ///
  /// Each hub outside `incumbent` is opened in turn (its variable fixed to 1) and the LP
  /// is solved with a few rounds of cuts; if it exceeds `upper` (or is infeasible) the hub
  /// is closed for every node. Each hub of `incumbent` is closed in turn the same way, and
  /// kept open if that LP exceeds `upper`. (Opening a hub of `incumbent`, or closing
  /// another, leaves `incumbent` feasible, so those probes could prove nothing.) The cuts
  /// found along the way hold everywhere, but each probe's rounds remove the cuts it leaves
  /// slack, so the LP is then separated again, to tailing off, with the probed bounds in
  /// place.
  func probeHubs(
    _ session: inout ProblemSession, columns: MasterColumns, cuts: inout SessionCuts,
    upper: Double, incumbent: [Int], statistics: inout ExactHubStatistics
  ) throws -> RelaxationOutcome {
    let n = data.n
    let threshold = ReducedCostFixing.cutoff(above: upper)
    let incumbentHubs = Set(incumbent)
    /// The LP value with the hub's variable fixed to `value`, after at most 5 rounds of
    /// cuts; +∞ when infeasible, nil when the LP could not be solved.
    func probe(_ hub: Variable, at value: Double) throws -> Double? {
      try session.setBounds(of: hub, lower: value, upper: value)
      var relaxation = try session.solveRelaxation(method: .dual)
      for _ in 0..<5 {
        guard relaxation.termination == .optimal, let objective = relaxation.objective,
          objective <= threshold,
          try cuts.addViolatedCuts(to: &session) > 0
        else { break }
        relaxation = try session.solveRelaxation(method: .dual)
      }
      switch relaxation.termination {
      case .infeasible: return .infinity
      case .optimal: return relaxation.objective
      default: return nil
      }
    }
    for k in data.hubs {
      let column = columns.z[k * n + k]
      if deadline.hasPassed { break }
      guard column >= 0 else { continue }
      let hub = Variable(index: column)
      guard session.model.lowerBound(of: hub) == 0, session.model.upperBound(of: hub) == 1
      else { continue }
      let opens = !incumbentHubs.contains(k)
      let value = try probe(hub, at: opens ? 1 : 0)
      guard let value, value > threshold else {
        try session.setBounds(of: hub, lower: 0, upper: 1)
        continue
      }
      if opens {
        try session.setBounds(of: hub, lower: 0, upper: 0)
        for i in 0..<n where i != k && columns.z[i * n + k] >= 0 {
          try session.setBounds(of: Variable(index: columns.z[i * n + k]), lower: 0, upper: 0)
        }
        statistics.hubsClosedByProbing += 1
      } else {
        try session.setBounds(of: hub, lower: 1, upper: 1)
        statistics.hubsOpenedByProbing += 1
      }
    }
    // The probes left slack some cuts of the root's LP; separate again, until tailing off.
    let relaxation = try session.solveRelaxation(method: .dual)
    let loop = RootCutLoop(deadline: deadline, stopsOnTailingOff: true, limitsResolves: false)
    return try loop.run(&session, from: relaxation, separation: &cuts).relaxation
  }
}
