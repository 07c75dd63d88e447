import GLPK
import HubLocation

/// Benders branch and cut for multiple allocation (UMApHMP, UMAHLP) over the hub
/// variables `y_k`, with one routing-cost variable `η_i` per origin.
///
/// The cuts come from ``PathFlowDuals``, aggregated per origin:
/// `η_i + Σ_k (Σ_j w_ij (a^{ij}_k + b^{ij}_k)) y_k ≥ Σ_j w_ij t_ij`. The root runs a cut
/// loop with the dual simplex, removes slack cuts and fixes hubs by reduced cost; branch
/// and cut then separates the same cuts lazily (integral points included) and starts from
/// the heuristic's hubs.
struct MultipleAllocationBranchAndCut {
  let data: MultipleAllocationData
  let deadline: ContinuousClock.Instant?
  /// Where to write the master model before it is solved (``ExactHubOptions/lpExportPath``).
  let lpExportPath: String?

  /// The variable of `y_k` is `position[k]`; the `η_i` follow.
  private let position: [Int]
  private let etaColumn: [Int]
  private let variableCount: Int

  init(problem: HubProblem, deadline: ContinuousClock.Instant?, lpExportPath: String? = nil) {
    self.lpExportPath = lpExportPath
    data = MultipleAllocationData(problem: problem)
    self.deadline = deadline
    var position = [Int](repeating: -1, count: data.n)
    for (index, k) in data.hubs.enumerated() { position[k] = index }
    var eta = [Int](repeating: -1, count: data.n)
    var next = data.hubs.count
    for i in 0..<data.n where !data.flows[i].isEmpty {
      eta[i] = next
      next += 1
    }
    self.position = position
    etaColumn = eta
    variableCount = next
  }

  /// Runs the branch and cut from the hubs `incumbent` (feasible, or nil).
  ///
  /// `incumbentCost` is the cost of `incumbent`; the master model is first written to
  /// `lpExportPath`, if any.
  func run(incumbent: [Int]?, incumbentCost: Double?) throws -> BranchAndCutOutcome {
    let clock = ContinuousClock()
    let rootStart = clock.now
    var outcome = BranchAndCutOutcome()
    outcome.statistics.method = .bendersBranchAndCut
    let problem = data.problem
    var model = LinearModel(name: "hub_multiple_master")
    for k in data.hubs {
      model.addVariable(
        name: "y_\(k + 1)", lowerBound: problem.fixedOpen.contains(k) ? 1 : 0, upperBound: 1,
        kind: .binary,
        objective: data.fixedCost[k])
    }
    for i in 0..<data.n where etaColumn[i] >= 0 {
      model.addVariable(name: "eta_\(i + 1)", objective: 1)
    }
    let hubTerms = data.hubs.indices.map { (Variable(index: $0), 1.0) }
    model.addHubCountRow(hubTerms, rule: problem.hubCount)
    let baseRows = model.constraintCount
    let separator = PathFlowSeparator(data: data, position: position, eta: etaColumn)
    if let incumbent {
      for cut in separator.cuts(at: values(of: incumbent), all: true) { model.addConstraint(cut) }
    }
    func timeLeft() -> Duration? { deadline.map { max(.zero, $0 - clock.now) } }
    func outOfTime() -> Bool { deadline.map { clock.now >= $0 } ?? false }

    if let path = lpExportPath { try exportLP(model, to: path) }
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
      guard relaxation.termination == .optimal, let bound = lowerBound, !outOfTime() else {
        outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
        return outcome
      }
      let slack = (baseRows..<session.model.constraintCount).map(Constraint.init(index:))
        .filter { session.basisStatus(of: $0) == .basic }
      try session.removeConstraints(slack)
      relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
      outcome.statistics.rootCutsKept = session.model.constraintCount - baseRows
      if let incumbent, let incumbentCost {
        let reduced = session.reducedCosts()
        let open = Set(incumbent)
        for (index, k) in data.hubs.enumerated() where !open.contains(k) {
          let variable = Variable(index: index)
          if session.basisStatus(of: variable) == .atLower,
            bound + reduced[index] > incumbentCost * (1 + 1e-9) + 1e-9
          {
            try session.setBounds(of: variable, lower: 0, upper: 0)
            outcome.statistics.hubsClosedByReducedCost += 1
          }
        }
        relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLeft())
      }
      outcome.statistics.rootSeconds = (clock.now - rootStart).inSeconds
      if outOfTime() { return outcome }
      let start = incumbent.map { values(of: $0) }
      var offered = false
      let callbacks = SolverCallbacks(
        lazyConstraints: { point in separator.cuts(at: point.values) },
        heuristicSolution: { _ in
          guard !offered, let start else { return nil }
          offered = true
          return start
        })
      let solution = try session.solveMixedInteger(
        options: SolverOptions(
          timeLimit: timeLeft(), relativeGap: 1e-7, presolve: false, cuts: [], heuristics: [],
          branching: .driebeckTomlin, backtracking: .bestLocalBound),
        callbacks: callbacks)
      outcome.nodes = solution.statistics.nodes
      outcome.statistics.treeCuts = solution.statistics.lazyConstraintsAdded
      if solution.hasSolution {
        outcome.solution = data.hubs.enumerated().filter { solution.values[$0.offset] > 0.5 }
          .map(\.element)
        outcome.modelObjective = solution.objective
      }
      if let mipBound = solution.bound {
        let limited = incumbentCost.map { min($0, mipBound) } ?? mipBound
        outcome.bound = max(bound, limited)
      }
      return outcome
    }
  }

  /// The variable values of the hubs `open`, with each `η_i` at its exact routing cost.
  private func values(of open: [Int]) -> [Double] {
    var values = [Double](repeating: 0, count: variableCount)
    for k in open where position[k] >= 0 { values[position[k]] = 1 }
    for i in 0..<data.n where etaColumn[i] >= 0 {
      values[etaColumn[i]] = data.routeCost(origin: i, open: open)
    }
    return values
  }
}
