import CGLPK

/// The state of one branch-and-cut run, reached from GLPK's callback through `cb_info`.
///
/// It lives on the solving thread for the duration of `glp_intopt`. It tracks the best
/// proven bound (GLPK discards its tree when `glp_intopt` returns), runs the caller's
/// callbacks, and keeps the first error one of them throws: Swift errors cannot cross
/// GLPK's C frames, so the error is stored, the search is told to stop, and the solve
/// rethrows it once `glp_intopt` has returned.
final class SearchContext {
  private let model: LinearModel
  private let callbacks: SolverCallbacks?
  private let router: MessageRouter
  private let clock: ContinuousClock
  private let start: ContinuousClock.Instant
  private let objectiveBounds: ObjectiveBounds
  private let integerColumns: [Int]
  private let relativeGap: Double
  private var lastReportedIncumbent: Double?
  private var nodesAtLastBoundScan = 0
  private var lastProgress: ContinuousClock.Instant?

  /// The first error thrown by a callback, or by checking a callback's result.
  private(set) var failure: (any Error)?
  /// The best bound proven so far, from the LP relaxation and the open nodes.
  private(set) var bestBound: Double?
  /// Node and callback counts.
  var statistics = SolveStatistics()

  init(
    model: LinearModel, callbacks: SolverCallbacks?, relativeGap: Double,
    router: MessageRouter, clock: ContinuousClock, start: ContinuousClock.Instant
  ) {
    self.model = model
    self.relativeGap = relativeGap
    self.callbacks = callbacks
    self.router = router
    self.clock = clock
    self.start = start
    self.objectiveBounds = ObjectiveBounds(maximize: model.sense == .maximize)
    self.integerColumns = model.columnKinds.indices.filter { model.columnKinds[$0] != .continuous }
  }

  /// Records `value` as a proven bound if it is a usable number.
  func noteBound(_ value: Double) {
    guard let value = ObjectiveBounds.usable(value) else { return }
    bestBound = bestBound.map { objectiveBounds.stronger($0, value) } ?? value
  }

  /// Records the bound that GLPK's gap check implies when it stopped the search.
  ///
  /// `glp_intopt` returns `GLP_EMIPGAP` only after finding `|objective − bound|` at most
  /// `relativeGap · (|objective| + ε)`, so the bound is at least that close.
  func noteGapLimitReached(objective: Double) {
    let slack = relativeGap * (objective.magnitude + Double.ulpOfOne)
    noteBound(objectiveBounds.maximize ? objective + slack : objective - slack)
  }

  /// Handles one call of GLPK's callback.
  func handle(_ tree: GLPKTree) {
    guard failure == nil else {
      GLPKCalls.terminate(tree)
      return
    }
    do {
      switch GLPKCalls.reason(tree) {
      case GLP_IROWGEN:
        statistics.nodes = GLPKCalls.treeSize(tree).created
        try addLazyConstraints(tree)
      case GLP_IHEUR:
        try offerHeuristicSolution(tree)
      case GLP_ISELECT:
        observe(tree)
        try reportProgress(tree)
      case GLP_IBRANCH:
        statistics.nodes = GLPKCalls.treeSize(tree).created
        try chooseBranch(tree)
      default:
        statistics.nodes = GLPKCalls.treeSize(tree).created
      }
      try reportIncumbent(tree)
    } catch {
      failure = error
      GLPKCalls.terminate(tree)
    }
  }

  /// Counts nodes and reads the best bound among the open nodes, as GLPK is about to
  /// pick the next node.
  ///
  /// Reading the bound scans every open node. Once an incumbent exists and a gap is
  /// set, GLPK scans them at this point too for its gap check, so the bound is read
  /// every time and the final one is the one GLPK's check saw. Otherwise it is read after
  /// every `active / 32` new nodes, which keeps the cost per node constant; the bound
  /// may then lag a little, but it is always valid.
  private func observe(_ tree: GLPKTree) {
    let (active, created) = GLPKCalls.treeSize(tree)
    statistics.nodes = created
    let matchesGapCheck =
      relativeGap > 0 && incumbentObjective(of: GLPKCalls.treeProblem(tree)) != nil
    guard matchesGapCheck || created - nodesAtLastBoundScan >= Swift.max(1, active / 32)
    else { return }
    nodesAtLastBoundScan = created
    if let bound = GLPKCalls.bestBound(tree) { noteBound(bound) }
  }

  private func reportProgress(_ tree: GLPKTree) throws {
    guard let progress = callbacks?.progress else { return }
    let now = clock.now
    if let last = lastProgress, now - last < callbacks?.progressInterval ?? .zero { return }
    lastProgress = now
    let incumbent = incumbentObjective(of: GLPKCalls.treeProblem(tree))
    let (active, created) = GLPKCalls.treeSize(tree)
    try progress(
      TreeProgress(
        incumbent: incumbent, bound: objectiveBounds.limited(bestBound, by: incumbent),
        nodes: created, openNodes: active, seconds: (now - start).inSeconds))
  }

  private func addLazyConstraints(_ tree: GLPKTree) throws {
    guard let lazyConstraints = callbacks?.lazyConstraints else { return }
    let problem = GLPKCalls.treeProblem(tree)
    let point = relaxationPoint(of: problem)
    if callbacks?.removesSlackLazyConstraints == true {
      // The model's own rows come first; every row after them is a lazy one.
      let slack = GLPKCalls.slackRowsOfCurrentNode(tree, after: model.constraintCount)
      if !slack.isEmpty {
        GLPKCalls.deleteRows(problem, count: slack.count, rows: [0] + slack)
        statistics.lazyConstraintsRemoved += slack.count
      }
    }
    for (position, constraint) in try lazyConstraints(point).enumerated() {
      let row = try LazyRow(constraint, position: position, model: model)
      guard row.isViolated(by: point.values) else { continue }
      row.add(to: problem)
      statistics.lazyConstraintsAdded += 1
    }
  }

  private func chooseBranch(_ tree: GLPKTree) throws {
    guard let branching = callbacks?.branching else { return }
    let problem = GLPKCalls.treeProblem(tree)
    let candidates = integerColumns.filter { GLPKCalls.canBranch(tree, Int32($0 + 1)) }
    guard !candidates.isEmpty else { return }
    let point = BranchingPoint(
      relaxation: relaxationPoint(of: problem), candidates: candidates.map(Variable.init(index:)))
    guard let choice = try branching(point) else { return }
    guard candidates.contains(choice.variable.index) else {
      throw SolverError(
        .invalidCallbackResult,
        "the branching callback chose \(model.describeVariable(choice.variable.index)), which "
          + "GLPK cannot branch on at this node; choose one of BranchingPoint.candidates or "
          + "return nil")
    }
    let upFirst: Bool? =
      switch choice.direction {
      case .up: true
      case .down: false
      case .automatic: nil
      }
    GLPKCalls.branch(tree, on: Int32(choice.variable.index + 1), upFirst: upFirst)
  }

  private func offerHeuristicSolution(_ tree: GLPKTree) throws {
    guard let heuristicSolution = callbacks?.heuristicSolution else { return }
    let problem = GLPKCalls.treeProblem(tree)
    guard var candidate = try heuristicSolution(relaxationPoint(of: problem)) else { return }
    guard candidate.count == model.variableCount else {
      throw SolverError(
        .invalidCallbackResult,
        "the heuristic callback returned \(candidate.count) values for a model with "
          + "\(model.variableCount) variables; return one value per variable, in "
          + "Variable.index order, or nil")
    }
    if let column = candidate.firstIndex(where: { !$0.isFinite }) {
      throw SolverError(
        .invalidCallbackResult,
        "the heuristic callback returned \(candidate[column]) for "
          + "\(model.describeVariable(column)); values must be finite numbers")
    }
    if let reason = try rejectionReason(for: &candidate, problem: problem) {
      statistics.heuristicSolutionsRejected += 1
      router.note("Heuristic solution rejected: \(reason)")
      return
    }
    // GLPK reads values 1...n, so slot 0 is unused.
    if GLPKCalls.offerSolution(tree, [0] + candidate) {
      statistics.heuristicSolutionsAccepted += 1
    } else {
      statistics.heuristicSolutionsNotImproving += 1
    }
  }

  /// Says why `candidate` is not a solution of the model, or returns nil after rounding
  /// its integer values, which GLPK needs exactly whole.
  private func rejectionReason(for candidate: inout [Double], problem: GLPKProblem) throws
    -> String?
  {
    for column in integerColumns {
      let rounded = candidate[column].rounded()
      guard (candidate[column] - rounded).magnitude <= FeasibilityCheck.integralityTolerance
      else {
        return "\(model.describeVariable(column)) must be whole but is \(candidate[column])"
      }
      candidate[column] = rounded
    }
    for column in candidate.indices {
      let lower = model.columnLowerBounds[column]
      let upper = model.columnUpperBounds[column]
      if !FeasibilityCheck.isWithin(candidate[column], lower: lower, upper: upper) {
        return "\(model.describeVariable(column)) is \(candidate[column]), outside its bounds "
          + "[\(lower), \(upper)]"
      }
    }
    for row in 0..<model.constraintCount {
      let activity = model.activity(ofRow: row, at: candidate)
      let lower = model.rowLowerBounds[row]
      let upper = model.rowUpperBounds[row]
      if !FeasibilityCheck.isWithin(activity, lower: lower, upper: upper) {
        return "\(model.describeConstraint(row)) evaluates to \(activity), outside "
          + "[\(lower), \(upper)]"
      }
    }
    guard let lazyConstraints = callbacks?.lazyConstraints else { return nil }
    let point = RelaxationPoint(
      values: candidate, objective: model.objectiveValue(at: candidate), isIntegral: true,
      incumbentObjective: incumbentObjective(of: problem))
    for (position, constraint) in try lazyConstraints(point).enumerated() {
      let row = try LazyRow(constraint, position: position, model: model)
      if row.isViolated(by: candidate) {
        return "it violates lazy constraint #\(position) returned for it"
      }
    }
    return nil
  }

  private func reportIncumbent(_ tree: GLPKTree) throws {
    guard callbacks?.incumbentFound != nil,
      let objective = incumbentObjective(of: GLPKCalls.treeProblem(tree))
    else { return }
    try reportIncumbent(objective)
  }

  /// Reports the final solution if the search ended before a callback could report it.
  func reportFinalIncumbent(_ objective: Double) throws {
    try reportIncumbent(objective)
  }

  private func reportIncumbent(_ objective: Double) throws {
    guard let incumbentFound = callbacks?.incumbentFound else { return }
    if let last = lastReportedIncumbent {
      // Only a real improvement counts; GLPK's presolved problem may compute the same
      // objective with different rounding.
      let improvement = objectiveBounds.maximize ? objective - last : last - objective
      guard improvement > 1e-9 * Swift.max(1, last.magnitude) else { return }
    }
    lastReportedIncumbent = objective
    let bound = objectiveBounds.limited(bestBound, by: objective)
    try incumbentFound(
      SearchProgress(
        objective: objective, bound: bound,
        gap: ObjectiveBounds.relativeGap(objective: objective, bound: bound),
        nodes: statistics.nodes, seconds: (clock.now - start).inSeconds))
  }

  /// The current LP solution, in the model's variable order.
  ///
  /// Only valid with GLPK's presolver off, when the tree's problem is the caller's own.
  private func relaxationPoint(of problem: GLPKProblem) -> RelaxationPoint {
    let values = (0..<model.variableCount).map {
      GLPKCalls.simplexColumnValue(problem, Int32($0 + 1))
    }
    let isIntegral = integerColumns.allSatisfy {
      (values[$0] - values[$0].rounded()).magnitude
        <= FeasibilityCheck.glpkIntegralityTolerance
    }
    return RelaxationPoint(
      values: values, objective: GLPKCalls.simplexObjective(problem), isIntegral: isIntegral,
      incumbentObjective: incumbentObjective(of: problem))
  }

  private func incumbentObjective(of problem: GLPKProblem) -> Double? {
    GLPKCalls.integerStatus(problem) == GLP_FEAS ? GLPKCalls.integerObjective(problem) : nil
  }
}

/// GLPK's branch-and-cut callback; `info` is the ``SearchContext`` of the running solve.
func searchCallback(_ tree: GLPKTree?, _ info: UnsafeMutableRawPointer?) {
  guard let tree, let info else { return }
  Unmanaged<SearchContext>.fromOpaque(info).takeUnretainedValue().handle(tree)
}
