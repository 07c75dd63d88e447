import GLPK

/// The transfer cuts of a session beyond its base rows, and what they were built from.
struct SessionCuts {
  /// The rows of the master without cuts; every later row is a cut or a priced column's
  /// linking row.
  let baseRows: Int
  /// The supports each cut was built from.
  var points: TransferCutPoints
  /// The origin and point of each row after the base rows; nil for a linking row.
  var records: [TransferCutRecord?] = []
}

extension SingleAllocationBranchAndCut {
  /// Adds the cuts that the session's LP solution violates, in place of the cuts it leaves
  /// slack, and returns how many were added (0 when none is violated; nothing changes
  /// then).
  func separationRound(
    _ session: inout ProblemSession, separator: inout TransferCutSeparator,
    cuts: inout SessionCuts
  ) throws -> Int {
    let values = session.values()
    let found = separator.cutsWithOrigins(at: values)
    guard !found.isEmpty else { return 0 }
    // Cuts of earlier rounds that this LP leaves slack only slow the next ones down.
    try removeSlackCuts(from: &session, cuts: &cuts)
    let point = cuts.points.add(separator.supports(at: values))
    try session.addConstraints(found.map(\.cut))
    cuts.records += found.map { TransferCutRecord(origin: $0.origin, point: point) }
    return found.count
  }

  /// Removes the transfer cuts that are slack (basic) in the session's LP solution, which
  /// leaves the solution and its basis as they are; the linking rows of priced columns
  /// (records nil) stay.
  func removeSlackCuts(from session: inout ProblemSession, cuts: inout SessionCuts) throws {
    let slack = cuts.records.indices.filter {
      cuts.records[$0] != nil
        && session.basisStatus(of: Constraint(index: cuts.baseRows + $0)) == .basic
    }
    guard !slack.isEmpty else { return }
    try session.removeConstraints(slack.map { Constraint(index: cuts.baseRows + $0) })
    let removed = Set(slack)
    cuts.records = cuts.records.indices.filter { !removed.contains($0) }.map { cuts.records[$0] }
  }

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
  /// found along the way are valid everywhere and stay; the LP is then re-solved with the
  /// probed bounds in place.
  func probeHubs(
    _ session: inout ProblemSession, columns: MasterColumns,
    separator: inout TransferCutSeparator, cuts: inout SessionCuts, upper: Double,
    incumbent: [Int], outOfTime: () -> Bool, statistics: inout ExactHubStatistics
  ) throws -> RelaxationOutcome {
    let n = data.n
    let threshold = upper * (1 + 1e-9) + 1e-9
    let incumbentHubs = Set(incumbent)
    /// The LP value with the hub's variable fixed to `value`, after at most 5 rounds of
    /// cuts; +∞ when infeasible, nil when the LP could not be solved.
    func probe(_ hub: Variable, at value: Double) throws -> Double? {
      try session.setBounds(of: hub, lower: value, upper: value)
      var relaxation = try session.solveRelaxation(method: .dual)
      for _ in 0..<5 {
        guard relaxation.termination == .optimal, let objective = relaxation.objective,
          objective <= threshold,
          try separationRound(&session, separator: &separator, cuts: &cuts) > 0
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
      guard column >= 0, !outOfTime() else { continue }
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
    var relaxation = try session.solveRelaxation(method: .dual)
    var previous = -Double.infinity
    var stalled = 0
    while relaxation.termination == .optimal, let objective = relaxation.objective,
      stalled < 2, !outOfTime()
    {
      stalled = objective - previous < 1e-5 * max(1, abs(objective)) ? stalled + 1 : 0
      previous = objective
      guard try separationRound(&session, separator: &separator, cuts: &cuts) > 0 else { break }
      relaxation = try session.solveRelaxation(method: .dual)
    }
    return relaxation
  }
}
