import GLPK
import HubLocation

/// Benders branch and cut for the single-allocation problems (USApHMP, USAHLP, CSAHLP,
/// CSApHMP) on one GLPK problem.
///
/// 1. Root: solve the master LP, add the violated per-origin transfer cuts
///    (``TransferCutSeparator``) in place of those it leaves slack, re-solve with the
///    dual simplex, until none is violated or two rounds in a row barely move the bound
///    (the tree separates the rest).
/// 2. Remove the cuts that are slack, then fix to 0 the allocation variables whose reduced
///    cost proves they cannot be in a solution better than the starting one (a hub's
///    variable closes the hub for every node).
/// 3. Branch and cut: the same separation as lazy constraints at every node (integral
///    points included, so it is exact), cuts that a node's LP leaves slack removed again
///    before the next round, the starting solution offered once as incumbent, and
///    branching on the most fractional hub variable first, up branch first.
struct SingleAllocationBranchAndCut {
  let data: SingleAllocationData
  let options: ExactHubOptions
  let deadline: ContinuousClock.Instant?
  let progress: ProgressSink?

  init(
    problem: HubProblem, options: ExactHubOptions, deadline: ContinuousClock.Instant?,
    progress: ProgressSink? = nil
  ) {
    data = SingleAllocationData(problem: problem)
    self.options = options
    self.deadline = deadline
    self.progress = progress
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
  ///
  /// With a restricted start (``ExactHubOptions/allocationNeighbours``) the master holds
  /// only some allocation variables; after each converged root cut loop the others are
  /// priced (``AllocationPricing``) and those that could still lead to a better solution
  /// are added to the loaded problem, until none is left.
  func run(incumbent: [Int]?, incumbentCost: Double?) throws -> BranchAndCutOutcome {
    let clock = ContinuousClock()
    let rootStart = clock.now
    var outcome = BranchAndCutOutcome()
    outcome.statistics.method = .bendersBranchAndCut
    let active = restrictedStart(incumbent: incumbent)
    var points = TransferCutPoints()
    var seeds: [TransferCutRecord] = []
    if options.seedCutsFromIncumbent, let incumbent {
      let point = points.add(incumbent.map { [($0, 1.0)] })
      seeds = (0..<data.n).filter { !data.pairs[$0].isEmpty }
        .map { TransferCutRecord(origin: $0, point: point) }
    }
    try attempt(
      columns: MasterColumns(data: data, active: active), seeds: seeds, points: points,
      priced: active != nil, incumbent: incumbent, incumbentCost: incumbentCost,
      rootStart: rootStart, outcome: &outcome)
    return outcome
  }

  /// The first allocation variables of the master, or nil for all of them.
  private func restrictedStart(incumbent: [Int]?) -> [Bool]? {
    let n = data.n
    let neighbours =
      options.allocationNeighbours
      ?? (n >= 150 && !data.problem.capacitated && incumbent != nil ? 12 : 0)
    guard neighbours > 0, !data.problem.capacitated, neighbours + 1 < data.hubs.count else {
      return nil
    }
    return AllocationPricing.initialPairs(data: data, neighbours: neighbours, incumbent: incumbent)
  }

  func mipOptions(timeLimit: Duration?) -> SolverOptions {
    SolverOptions(
      timeLimit: timeLimit, relativeGap: 1e-7, presolve: false, cuts: [], heuristics: [],
      branching: .driebeckTomlin, backtracking: .bestLocalBound)
  }

  func callbacks(
    separator: TransferCutSeparator, columns: MasterColumns, incumbent: [Int]?,
    incumbentCost: Double?
  ) -> SolverCallbacks {
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
      // Per-origin cuts are dense and each round adds one for most origins; GLPK would
      // keep every one of them for the whole subtree.
      removesSlackLazyConstraints: true,
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
      },
      progress: progress.map { report in
        { tree in
          let found = [incumbentCost, tree.incumbent].compactMap { $0 }.min()
          report(.search, incumbent: found, bound: tree.bound, nodes: tree.nodes)
        }
      })
  }

  /// Fixes to 0 the allocation variables that cannot lead to a better solution.
  ///
  /// These are the variables at 0 whose reduced cost lifts the bound above the starting
  /// solution's cost; a hub variable fixed this way closes the hub for all nodes.
  /// The starting solution's own variables are never fixed.
  func fixByReducedCosts(
    _ session: inout ProblemSession, columns: MasterColumns, bound: Double, upper: Double,
    incumbent: [Int],
    statistics: inout ExactHubStatistics
  ) throws {
    let n = data.n
    let reduced = session.reducedCosts()
    let threshold = upper * (1 + 1e-9) + 1e-9
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
