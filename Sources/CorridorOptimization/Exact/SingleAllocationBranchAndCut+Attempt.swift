import GLPK

extension SingleAllocationBranchAndCut {
  /// Builds the master over `columns` with the cuts `seeds`, runs the root cut loop and,
  /// when the master is restricted (`priced`), prices the missing allocation variables;
  /// once nothing is missing that could matter, reduces the root and runs the tree.
  func attempt(
    columns: MasterColumns, seeds: [TransferCutRecord], points: inout TransferCutPoints,
    priced: Bool, incumbent: [Int]?, incumbentCost: Double?, rootStart: ContinuousClock.Instant,
    outcome: inout BranchAndCutOutcome
  ) throws -> SingleAllocationRootStep {
    let clock = ContinuousClock()
    var separator = TransferCutSeparator(data: data, columns: columns)
    var model = SingleAllocationMaster.model(data: data, columns: columns)
    let baseRows = model.constraintCount
    var records: [TransferCutRecord] = []
    for seed in seeds where columns.eta[seed.origin] >= 0 {
      model.addConstraint(
        separator.cut(origin: seed.origin, supports: points.supports[seed.point]))
      records.append(seed)
    }
    let deadline = self.deadline
    func timeLeft() -> Duration? { deadline.map { max(.zero, $0 - clock.now) } }
    func outOfTime() -> Bool { deadline.map { clock.now >= $0 } ?? false }

    return try withProblemSession(model) { session in
      var relaxation = try session.solveRelaxation(timeLimit: timeLeft())
      var rounds = 1
      var lowerBound: Double?
      while relaxation.termination == .optimal, let objective = relaxation.objective {
        lowerBound = objective
        if outOfTime() { break }
        let values = session.values()
        let found = separator.cutsWithOrigins(at: values)
        if found.isEmpty { break }
        let point = points.add(separator.supports(at: values))
        try session.addConstraints(found.map(\.cut))
        records += found.map { TransferCutRecord(origin: $0.origin, point: point) }
        outcome.statistics.rootCuts += found.count
        relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
        rounds += 1
      }
      outcome.statistics.rootRounds += rounds
      if relaxation.termination == .infeasible {
        if priced {
          // The restriction alone may be at fault: bring every allocation back.
          let all = (0..<(data.n * data.n)).filter { data.allowed[$0] && columns.z[$0] < 0 }
          return .expand(pairs: all, kept: [])
        }
        outcome.infeasibleReason =
          "the LP relaxation is infeasible: no allocation meets the capacities and hub rules; "
          + "raise the capacities or allow more hubs"
        return .finished
      }
      guard relaxation.termination == .optimal, var bound = lowerBound, !outOfTime() else {
        if !priced { outcome.bound = lowerBound }
        outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
        return .finished
      }
      if priced {
        let pricing = AllocationPricing(data: data, columns: columns)
        let duals = session.duals()
        let costs = pricing.reducedCosts(
          duals: duals, cuts: records.enumerated().map { (baseRows + $0.offset, $0.element) },
          points: points, separator: &separator)
        // Each node takes at most one missing allocation (Lagrangian bound).
        var cheapest = [Double](repeating: 0, count: data.n)
        for (pair, cost) in costs {
          cheapest[pair / data.n] = min(cheapest[pair / data.n], cost)
        }
        outcome.bound = max(outcome.bound ?? -.infinity, bound + cheapest.reduce(0, +))
        let threshold = incumbentCost.map { $0 * (1 + 1e-9) + 1e-9 } ?? .infinity
        let entering = costs.filter { bound + $0.reducedCost <= threshold }.map(\.pair)
        if !entering.isEmpty {
          let kept = records.indices.filter {
            session.basisStatus(of: Constraint(index: baseRows + $0)) != .basic
          }.map { records[$0] }
          return .expand(pairs: entering, kept: kept)
        }
      } else {
        outcome.bound = bound
      }
      outcome.statistics.rootBound = bound
      // Slack cuts only slow the LPs down.
      let slack = (baseRows..<session.model.constraintCount).map(Constraint.init(index:))
        .filter { session.basisStatus(of: $0) == .basic }
      try session.removeConstraints(slack)
      relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
      if let objective = relaxation.objective, relaxation.termination == .optimal {
        bound = max(bound, objective)
      }
      outcome.statistics.rootCutsKept = session.model.constraintCount - baseRows
      if let incumbent, let incumbentCost {
        try fixByReducedCosts(
          &session, columns: columns, bound: bound, upper: incumbentCost, incumbent: incumbent,
          statistics: &outcome.statistics)
        relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
      }
      outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
      if outOfTime() { return .finished }
      let solution = try session.solveMixedInteger(
        options: mipOptions(timeLimit: timeLeft()),
        callbacks: callbacks(separator: separator, columns: columns, incumbent: incumbent))
      outcome.nodes = solution.statistics.nodes
      outcome.statistics.treeCuts = solution.statistics.lazyConstraintsAdded
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
      return .finished
    }
  }
}
