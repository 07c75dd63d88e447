import GLPK
import HubLocation

extension SingleAllocationBranchAndCut {
  /// Builds the master over `columns` with the cuts `seeds` and runs the root cut loop;
  /// when the master is restricted (`priced`), prices the missing allocation variables
  /// after each loop, fixes the present ones that the pricing's Lagrangian bound rules out,
  /// and adds the missing ones that could matter, until none is left; then reduces the root
  /// and runs the tree.
  func attempt(
    columns: MasterColumns, seeds: [TransferCutRecord], points: TransferCutPoints,
    priced: Bool, incumbent: [Int]?, incumbentCost: Double?, rootStart: ContinuousClock.Instant,
    outcome: inout BranchAndCutOutcome
  ) throws {
    let clock = ContinuousClock()
    var columns = columns
    var separator = TransferCutSeparator(data: data, columns: columns)
    var model = SingleAllocationMaster.model(data: data, columns: columns)
    var cuts = SessionCuts(baseRows: model.constraintCount, points: points)
    for seed in seeds where columns.eta[seed.origin] >= 0 {
      model.addConstraint(
        separator.cut(origin: seed.origin, supports: points.supports[seed.point]),
        name: "transfer_\(seed.origin + 1)")
      cuts.records.append(seed)
    }
    let deadline = self.deadline
    func timeLeft() -> Duration? { deadline.map { max(.zero, $0 - clock.now) } }
    func outOfTime() -> Bool { deadline.map { clock.now >= $0 } ?? false }

    if let path = options.lpExportPath { try exportLP(model, to: path) }
    try withProblemSession(model) { session in
      var relaxation = try session.solveRelaxation(timeLimit: timeLeft())
      var lowerBound: Double?
      var complete = !priced
      while true {
        outcome.statistics.rootRounds += 1
        // Tailing off ends the loop early; the tree separates the rest.
        let loop = try cuts.separateUntilTailingOff(
          &session, from: relaxation, separator: &separator, timeLimit: timeLeft,
          outOfTime: outOfTime
        ) { objective in
          lowerBound = objective
          // A restricted master's LP is a bound only once pricing has found nothing.
          if complete { progress?(.root, incumbent: incumbentCost, bound: objective) }
        }
        relaxation = loop.relaxation
        outcome.statistics.rootCuts += loop.cuts
        outcome.statistics.rootRounds += loop.resolves
        if complete || outOfTime() { break }
        var entering: [Int]
        if relaxation.termination == .infeasible {
          // The restriction alone may be at fault: bring every allocation back.
          entering = (0..<(data.n * data.n)).filter { data.allowed[$0] && columns.z[$0] < 0 }
        } else if relaxation.termination == .optimal, let bound = lowerBound {
          // Slack cuts need no coefficients for the new columns.
          try cuts.removeSlack(from: &session)
          let costs = AllocationPricing(data: data, columns: columns).reducedCosts(
            duals: session.duals(),
            cuts: cuts.records.enumerated().compactMap { offset, record in
              record.map { (cuts.baseRows + offset, $0) }
            }, points: cuts.points, separator: &separator)
          // Each node takes at most one missing allocation (Lagrangian bound).
          var cheapest = [Double](repeating: 0, count: data.n)
          for (pair, cost) in costs {
            cheapest[pair / data.n] = min(cheapest[pair / data.n], cost)
          }
          let lagrangian = bound + cheapest.reduce(0, +)
          outcome.bound = max(outcome.bound ?? -.infinity, lagrangian)
          progress?(.root, incumbent: incumbentCost, bound: outcome.bound)
          let threshold = incumbentCost.map { $0 * (1 + 1e-9) + 1e-9 } ?? .infinity
          if let incumbent, let incumbentCost {
            // This LP's Lagrangian bound holds for the full master, so with this LP's
            // reduced costs it fixes columns too; fixed columns drop out of GLPK's simplex
            // and make the rounds cheaper.
            try fixByReducedCosts(
              &session, columns: columns, bound: lagrangian, upper: incumbentCost,
              incumbent: incumbent, statistics: &outcome.statistics)
          }
          entering = AllocationPricing.entering(
            costs, bound: bound, threshold: threshold, perNode: 3, n: data.n)
        } else {
          break
        }
        // A hub closed by fixing, or one that cannot open, takes no new allocations.
        entering = entering.filter { pair in
          let hub = columns.z[(pair % data.n) * (data.n + 1)]
          return hub >= 0 && session.model.upperBound(of: Variable(index: hub)) > 0
        }
        if entering.isEmpty {
          complete = true
          break
        }
        outcome.statistics.pricedAllocations += entering.count
        try addAllocations(
          entering, to: &session, columns: &columns, cuts: &cuts, separator: &separator)
        relaxation = try session.solveRelaxation(timeLimit: timeLeft())
      }
      if relaxation.termination == .infeasible && complete {
        outcome.infeasibleReason =
          "the LP relaxation is infeasible: no allocation meets the capacities and hub rules; "
          + "raise the capacities or allow more hubs"
        return
      }
      guard complete, relaxation.termination == .optimal, var bound = lowerBound, !outOfTime()
      else {
        if complete, relaxation.termination == .optimal { outcome.bound = lowerBound }
        outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
        return
      }
      outcome.bound = bound
      outcome.statistics.rootBound = bound
      try cuts.removeSlack(from: &session)
      relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
      if let objective = relaxation.objective, relaxation.termination == .optimal {
        bound = max(bound, objective)
      }
      outcome.statistics.rootCutsKept = session.model.constraintCount - cuts.baseRows
      if let incumbent, let incumbentCost {
        try fixByReducedCosts(
          &session, columns: columns, bound: bound, upper: incumbentCost, incumbent: incumbent,
          statistics: &outcome.statistics)
        relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
        if shouldProbeHubs(bound: bound, upper: incumbentCost, priced: priced) {
          relaxation = try probeHubs(
            &session, columns: columns, separator: &separator, cuts: &cuts, upper: incumbentCost,
            incumbent: incumbent, outOfTime: outOfTime, statistics: &outcome.statistics)
          if relaxation.termination == .infeasible {
            // No solution is better than the starting one.
            outcome.bound = incumbentCost
            outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
            return
          }
          // The probed LP bounds every solution better than the starting one.
          if relaxation.termination == .optimal, let objective = relaxation.objective {
            bound = max(bound, min(objective, incumbentCost))
            outcome.bound = bound
            try fixByReducedCosts(
              &session, columns: columns, bound: objective, upper: incumbentCost,
              incumbent: incumbent, statistics: &outcome.statistics)
            relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
          }
        }
      }
      outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
      progress?(.search, incumbent: incumbentCost, bound: bound)
      if outOfTime() { return }
      let solution = try session.solveMixedInteger(
        options: mipOptions(timeLimit: timeLeft()),
        callbacks: callbacks(
          separator: separator, columns: columns, incumbent: incumbent,
          incumbentCost: incumbentCost))
      outcome.nodes = solution.statistics.nodes
      outcome.statistics.treeCuts = solution.statistics.lazyConstraintsAdded
      outcome.statistics.treeCutsRemoved = solution.statistics.lazyConstraintsRemoved
      if solution.hasSolution {
        outcome.solution = columns.allocation(from: solution.values)
        outcome.modelObjective = solution.objective
      }
      if let mipBound = solution.bound {
        let limited = incumbentCost.map { min($0, mipBound) } ?? mipBound
        outcome.bound = max(bound, limited)
      }
      if solution.termination == .infeasible && incumbent == nil {
        outcome.infeasibleReason =
          "branch and cut proved that no allocation meets the capacities and hub rules; "
          + "raise the capacities or allow more hubs"
      }
    }
  }

  /// Adds the allocation variables of `pairs` (`i ≠ k`) with their coefficients in the
  /// assignment row and in every cut, and their linking rows `z_ik ≤ z_kk`.
  private func addAllocations(
    _ pairs: [Int], to session: inout ProblemSession, columns: inout MasterColumns,
    cuts: inout SessionCuts, separator: inout TransferCutSeparator
  ) throws {
    let n = data.n
    var entries = pairs.map { [(Constraint(index: $0 / n), 1.0)] }
    for (offset, record) in cuts.records.enumerated() {
      guard let record else { continue }
      let values = separator.coefficients(
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
    separator.columns = columns
  }
}
