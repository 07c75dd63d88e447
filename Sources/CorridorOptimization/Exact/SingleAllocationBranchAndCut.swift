import GLPK

/// Benders branch and cut for the single-allocation problems (USApHMP, USAHLP, CSAHLP,
/// CSApHMP) on one GLPK problem.
///
/// 1. Root: solve the master LP, add the violated per-origin transfer cuts
///    (``TransferCutSeparator``), re-solve with the dual simplex, until none is violated.
/// 2. Remove the cuts that are slack, then fix to 0 the allocation variables whose reduced
///    cost proves they cannot be in a solution better than the starting one (a hub's
///    variable closes the hub for every node).
/// 3. Branch and cut: the same separation as lazy constraints at every node (integral
///    points included, so it is exact), the starting solution offered once as incumbent,
///    and branching on the most fractional hub variable first, up branch first.
struct SingleAllocationBranchAndCut {
  let data: SingleAllocationData
  let columns: MasterColumns
  let options: ExactHubOptions
  let deadline: ContinuousClock.Instant?

  init(problem: HubProblem, options: ExactHubOptions, deadline: ContinuousClock.Instant?) {
    data = SingleAllocationData(problem: problem)
    columns = MasterColumns(data: data)
    self.options = options
    self.deadline = deadline
  }

  /// Why no allocation can exist, found without solving, or nil.
  func obviousInfeasibility() -> String? {
    let n = data.n
    for i in 0..<n where !data.hubs.contains(where: { data.allowed[i * n + $0] }) {
      return "node \(i + 1) fits at no candidate hub (its flow O = "
        + "\(data.problem.instance.originTotals[i]) exceeds every hub's room); raise the "
        + "capacities or allow more candidates"
    }
    let problem = data.problem
    if problem.capacitated, let capacities = problem.instance.capacities {
      let usable = data.hubs.filter { data.allowed[$0 * n + $0] }
      let total = problem.instance.originTotals.reduce(0, +)
      var room = 0.0
      if case .exactly(let p) = problem.hubCount {
        room = usable.map { capacities[$0] }.sorted(by: >).prefix(p).reduce(0, +)
      } else {
        room = usable.reduce(0) { $0 + capacities[$1] }
      }
      if room < total * (1 - 1e-12) {
        return "the hubs can hold at most \(room) but the nodes send \(total); raise the "
          + "capacities"
      }
    }
    return nil
  }

  /// Runs the branch and cut from the starting allocation `incumbent` (feasible, or nil).
  func run(incumbent: [Int]?, incumbentCost: Double?) throws -> BranchAndCutOutcome {
    let clock = ContinuousClock()
    let rootStart = clock.now
    var outcome = BranchAndCutOutcome()
    outcome.statistics.method = .bendersBranchAndCut
    var separator = TransferCutSeparator(data: data, columns: columns)
    var model = SingleAllocationMaster.model(data: data, columns: columns)
    let baseRows = model.constraintCount
    if options.seedCutsFromIncumbent, let incumbent {
      for cut in separator.cuts(at: columns.values(of: incumbent, data: data), all: true) {
        model.addConstraint(cut)
      }
    }
    let deadline = self.deadline
    func timeLeft() -> Duration? { deadline.map { max(.zero, $0 - clock.now) } }
    func outOfTime() -> Bool { deadline.map { clock.now >= $0 } ?? false }

    if let path = options.lpExportPath { try writeLP(model, to: path) }
    return try withProblemSession(model) { session in
      var relaxation = try session.solveRelaxation(timeLimit: timeLeft())
      var rounds = 1
      var lowerBound: Double?
      while relaxation.termination == .optimal, let objective = relaxation.objective {
        lowerBound = objective
        if outOfTime() { break }
        let cuts = separator.cuts(at: session.values())
        if cuts.isEmpty { break }
        try session.addConstraints(cuts)
        outcome.statistics.rootCuts += cuts.count
        relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
        rounds += 1
      }
      outcome.statistics.rootRounds = rounds
      outcome.statistics.rootBound = lowerBound
      outcome.bound = lowerBound
      if relaxation.termination == .infeasible {
        outcome.infeasibleReason =
          "the LP relaxation is infeasible: no allocation meets the capacities and hub rules; "
          + "raise the capacities or allow more hubs"
        return outcome
      }
      guard relaxation.termination == .optimal, var bound = lowerBound, !outOfTime() else {
        outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
        return outcome
      }
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
          &session, bound: bound, upper: incumbentCost, incumbent: incumbent,
          statistics: &outcome.statistics)
        relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
      }
      outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
      if outOfTime() { return outcome }
      let solution = try session.solveMixedInteger(
        options: mipOptions(timeLimit: timeLeft()),
        callbacks: callbacks(separator: &separator, incumbent: incumbent))
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
      return outcome
    }
  }

  private func mipOptions(timeLimit: Duration?) -> SolverOptions {
    SolverOptions(
      timeLimit: timeLimit, relativeGap: 1e-7, presolve: false, cuts: [], heuristics: [],
      branching: .driebeckTomlin, backtracking: .bestLocalBound)
  }

  private func callbacks(separator: inout TransferCutSeparator, incumbent: [Int]?)
    -> SolverCallbacks
  {
    // The closures share one separator (its scratch buffers) through a box.
    let box = SeparatorBox(separator)
    let start = incumbent.map { columns.values(of: $0, data: data) }
    var offered = false
    let n = data.n
    let hubColumns = data.hubs.compactMap { k -> Int? in
      let column = columns.z[k * n + k]
      return column >= 0 ? column : nil
    }
    return SolverCallbacks(
      lazyConstraints: { point in box.separator.cuts(at: point.values) },
      heuristicSolution: { _ in
        guard !offered, let start else { return nil }
        offered = true
        return start
      },
      branching: { point in
        let allowed = Set(point.candidates.map(\.index))
        var best: Int?
        var bestFraction = 1e-6
        for column in hubColumns where allowed.contains(column) {
          let value = point.relaxation.values[column]
          let fraction = min(value, 1 - value)
          if fraction > bestFraction {
            bestFraction = fraction
            best = column
          }
        }
        return best.map { BranchChoice(variable: Variable(index: $0), direction: .up) }
      })
  }

  /// Fixes to 0 the allocation variables at 0 whose reduced cost lifts the bound above the
  /// starting solution's cost; a hub variable fixed this way closes the hub for all nodes.
  /// The starting solution's own variables are never fixed.
  private func fixByReducedCosts(
    _ session: inout ProblemSession, bound: Double, upper: Double, incumbent: [Int],
    statistics: inout ExactHubStatistics
  ) throws {
    let n = data.n
    let reduced = session.reducedCosts()
    let threshold = upper * (1 + 1e-9) + 1e-9
    let incumbentHubs = Set(incumbent)
    var fixed = [Bool](repeating: false, count: columns.zCount)
    func fix(_ column: Int) throws {
      guard !fixed[column], session.model.lowerBound(of: Variable(index: column)) == 0 else {
        return
      }
      fixed[column] = true
      try session.setBounds(of: Variable(index: column), lower: 0, upper: 0)
      statistics.fixedByReducedCost += 1
    }
    func provablyUseless(_ column: Int) -> Bool {
      session.basisStatus(of: Variable(index: column)) == .atLower
        && bound + reduced[column] > threshold
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

/// Shares a separator between the callbacks of one solve.
private final class SeparatorBox {
  var separator: TransferCutSeparator
  init(_ separator: TransferCutSeparator) { self.separator = separator }
}
