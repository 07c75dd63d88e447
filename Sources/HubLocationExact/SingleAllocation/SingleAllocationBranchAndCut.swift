import GLPK
import HubLocation

/// Benders branch and cut for the single-allocation problems (USApHMP, USAHLP, CSAHLP,
/// CSApHMP) on one GLPK problem.
///
/// 1. Root (``RootCutLoop``): solve the master LP, add the violated per-origin transfer
///    cuts (``TransferCutSeparator``) in place of those it leaves slack (``SessionCuts``),
///    re-solve with the dual simplex, until none is violated or two rounds in a row barely
///    move the bound (the tree separates the rest).
/// 2. Remove the cuts that are slack, then fix to 0 the allocation variables whose reduced
///    cost proves they cannot be in a solution better than the starting one (a hub's
///    variable closes the hub for every node).
/// 3. Branch and cut (``TreeSearch``): the same separation as lazy constraints at every node (integral
///    points included, so it is exact), cuts that a node's LP leaves slack removed again
///    before the next round, the starting solution offered once as incumbent, and
///    branching on the most fractional hub variable first, up branch first.
struct SingleAllocationBranchAndCut {
  let data: SingleAllocationData
  let options: ExactHubOptions
  /// When the solve must stop.
  let deadline: Deadline
  let progress: ProgressSink?

  init(
    problem: HubProblem, options: ExactHubOptions, deadline: Deadline,
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
}
