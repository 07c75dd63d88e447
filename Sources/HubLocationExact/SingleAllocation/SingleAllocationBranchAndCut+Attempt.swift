import GLPK
import HubLocation

extension SingleAllocationBranchAndCut {
  /// Where the root's cut loop and pricing left the master.
  struct RootState {
    /// The last relaxation.
    var relaxation: RelaxationOutcome
    /// The last optimal LP objective, if any.
    var lowerBound: Double?
    /// Whether the master holds every allocation variable that could matter, so that its
    /// LP is a bound.
    var complete: Bool
  }

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
    var columns = columns
    var model = SingleAllocationMaster.model(data: data, columns: columns)
    var cuts = SessionCuts(
      baseRows: model.constraintCount, points: points,
      separator: TransferCutSeparator(data: data, columns: columns))
    for seed in seeds where columns.eta[seed.origin] >= 0 {
      model.addConstraint(
        cuts.separator.cut(origin: seed.origin, supports: points.supports[seed.point]),
        name: "transfer_\(seed.origin + 1)")
      cuts.records.append(seed)
    }
    if let path = options.lpExportPath { try exportLP(model, to: path) }
    try withProblemSession(model) { session in
      let root = try solveRoot(
        &session, columns: &columns, cuts: &cuts, priced: priced, incumbent: incumbent,
        incumbentCost: incumbentCost, outcome: &outcome)
      let relaxation = root.relaxation
      if relaxation.termination == .infeasible && root.complete {
        outcome.infeasibleReason =
          "the LP relaxation is infeasible: no allocation meets the capacities and hub rules; "
          + "raise the capacities or allow more hubs"
        return
      }
      guard root.complete, relaxation.termination == .optimal, let lowerBound = root.lowerBound,
        !deadline.hasPassed
      else {
        if root.complete, relaxation.termination == .optimal { outcome.bound = root.lowerBound }
        outcome.endRoot(startedAt: rootStart)
        return
      }
      let reduced = try reduceRoot(
        &session, bound: lowerBound, columns: columns, cuts: &cuts, priced: priced,
        incumbent: incumbent, incumbentCost: incumbentCost, outcome: &outcome)
      outcome.endRoot(startedAt: rootStart)
      // Without a bound, probing proved that no solution beats the starting one.
      guard let bound = reduced else { return }
      progress?(.search, incumbent: incumbentCost, bound: bound)
      if deadline.hasPassed { return }
      try search(
        &session, bound: bound, columns: columns, separator: cuts.separator,
        incumbent: incumbent, incumbentCost: incumbentCost, outcome: &outcome)
    }
  }

  /// The root: cut loops to tailing off (``RootCutLoop``), and for a restricted master,
  /// after each loop, pricing (``price(_:bound:columns:cuts:incumbent:incumbentCost:outcome:)``)
  /// and the entering allocation variables, until none enters or time runs out.
  private func solveRoot(
    _ session: inout ProblemSession, columns: inout MasterColumns, cuts: inout SessionCuts,
    priced: Bool, incumbent: [Int]?, incumbentCost: Double?,
    outcome: inout BranchAndCutOutcome
  ) throws -> RootState {
    var relaxation = try session.solveRelaxation(timeLimit: deadline.remaining)
    var lowerBound: Double?
    var complete = !priced
    // Tailing off ends the loop early; the tree separates the rest.
    let loop = RootCutLoop(deadline: deadline, stopsOnTailingOff: true)
    while true {
      outcome.statistics.rootRounds += 1
      let round = try loop.run(&session, from: relaxation, separation: &cuts) { objective in
        lowerBound = objective
        // A restricted master's LP is a bound only once pricing has found nothing.
        if complete { progress?(.root, incumbent: incumbentCost, bound: objective) }
      }
      relaxation = round.relaxation
      outcome.statistics.rootCuts += round.cuts
      outcome.statistics.rootRounds += round.resolves
      if complete || deadline.hasPassed { break }
      var entering: [Int]
      if relaxation.termination == .infeasible {
        // The restriction alone may be at fault: bring every allocation back.
        entering = (0..<(data.n * data.n)).filter { data.allowed[$0] && columns.z[$0] < 0 }
      } else if relaxation.termination == .optimal, let bound = lowerBound {
        entering = try price(
          &session, bound: bound, columns: columns, cuts: &cuts, incumbent: incumbent,
          incumbentCost: incumbentCost, outcome: &outcome)
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
      try addAllocations(entering, to: &session, columns: &columns, cuts: &cuts)
      relaxation = try session.solveRelaxation(timeLimit: deadline.remaining)
    }
    return RootState(relaxation: relaxation, lowerBound: lowerBound, complete: complete)
  }
}
