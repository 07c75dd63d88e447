import GLPK
import HubLocation

/// Benders branch and cut for multiple allocation (UMApHMP, UMAHLP) over the hub
/// variables `y_k`, with one routing-cost variable `η_i` per origin.
///
/// The cuts come from ``PathFlowDuals``, aggregated per origin:
/// `η_i + Σ_k (Σ_j w_ij (a^{ij}_k + b^{ij}_k)) y_k ≥ Σ_j w_ij t_ij`. The root runs a cut
/// loop with the dual simplex (``RootCutLoop``) until no cut is violated, removes slack cuts
/// and fixes hubs by reduced cost (``ReducedCostFixing``); branch and cut (``TreeSearch``)
/// then separates the same cuts lazily (integral points included) and starts from the
/// heuristic's hubs.
struct MultipleAllocationBranchAndCut {
  let data: MultipleAllocationData
  /// When the solve must stop.
  let deadline: Deadline
  /// Where to write the master model before it is solved (``ExactHubOptions/lpExportPath``).
  let lpExportPath: String?

  /// The variable of `y_k` is `position[k]`; the `η_i` follow.
  private let position: [Int]
  private let etaColumn: [Int]
  private let variableCount: Int

  init(problem: HubProblem, deadline: Deadline, lpExportPath: String? = nil) {
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
    let rootStart = ContinuousClock.now
    var outcome = BranchAndCutOutcome()
    outcome.statistics.method = .bendersBranchAndCut
    var model = master()
    let baseRows = model.constraintCount
    var separator = PathFlowSeparator(data: data, position: position, eta: etaColumn)
    if let incumbent {
      for cut in separator.cuts(at: values(of: incumbent), all: true) { model.addConstraint(cut) }
    }
    if let path = lpExportPath { try exportLP(model, to: path) }
    return try withProblemSession(model) { session in
      let bound = try solveRoot(
        &session, baseRows: baseRows, separator: &separator, incumbent: incumbent,
        incumbentCost: incumbentCost, outcome: &outcome)
      outcome.endRoot(startedAt: rootStart)
      guard let bound, !deadline.hasPassed else { return outcome }
      let start = incumbent.map { values(of: $0) }
      let callbacks = SolverCallbacks(
        lazyConstraints: { point in separator.cuts(at: point.values) },
        heuristicSolution: TreeSearch.offeringOnce(start))
      let solution = try TreeSearch(deadline: deadline).run(&session, callbacks: callbacks)
      TreeSearch.record(
        solution, rootBound: bound, incumbentCost: incumbentCost,
        decode: { values in
          data.hubs.enumerated().filter { values[$0.offset] > 0.5 }.map(\.element)
        }, in: &outcome)
      return outcome
    }
  }

  /// The master model without cuts: the hub variables `y_k` (those kept open fixed to 1),
  /// one routing-cost variable `η_i` per origin with flows, and the hub-count row.
  private func master() -> LinearModel {
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
    return model
  }

  /// The root: the cut loop (``RootCutLoop``) to no violated cut, then the slack cuts
  /// removed and, with a starting solution, the hubs closed by reduced cost
  /// (``ReducedCostFixing``).
  ///
  /// - Returns: The root's bound, or nil when the LP was not solved to optimality or the
  ///   deadline passed.
  private func solveRoot(
    _ session: inout ProblemSession, baseRows: Int, separator: inout PathFlowSeparator,
    incumbent: [Int]?, incumbentCost: Double?, outcome: inout BranchAndCutOutcome
  ) throws -> Double? {
    var lowerBound: Double?
    let loop = try RootCutLoop(deadline: deadline, stopsOnTailingOff: false).run(
      &session, from: try session.solveRelaxation(timeLimit: deadline.remaining),
      separation: &separator
    ) { lowerBound = $0 }
    outcome.statistics.rootCuts += loop.cuts
    outcome.statistics.rootRounds = 1 + loop.resolves
    outcome.statistics.rootBound = lowerBound
    outcome.bound = lowerBound
    guard loop.relaxation.termination == .optimal, let bound = lowerBound, !deadline.hasPassed
    else { return nil }
    let slack = (baseRows..<session.model.constraintCount).map(Constraint.init(index:))
      .filter { session.basisStatus(of: $0) == .basic }
    try session.removeConstraints(slack)
    _ = try session.solveRelaxation(method: .dual, timeLimit: deadline.remaining)
    outcome.statistics.rootCutsKept = session.model.constraintCount - baseRows
    if let incumbent, let incumbentCost {
      let test = ReducedCostFixing(session, bound: bound, upper: incumbentCost)
      let open = Set(incumbent)
      for (index, k) in data.hubs.enumerated() where !open.contains(k) {
        let variable = Variable(index: index)
        if test.provesUseless(variable, in: session) {
          try session.setBounds(of: variable, lower: 0, upper: 0)
          outcome.statistics.hubsClosedByReducedCost += 1
        }
      }
      _ = try session.solveRelaxation(method: .dual, timeLimit: deadline.remaining)
    }
    return bound
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
