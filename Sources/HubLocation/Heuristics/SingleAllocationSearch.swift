import Foundation

/// Variable neighbourhood search for the single-allocation problems (USApHMP, USAHLP, CSAHLP,
/// CSApHMP).
///
/// The local search (variable neighbourhood descent) cycles through: reallocating one node to
/// another hub; exchanging the hubs of two nodes (capacitated problems); moving a hub to another
/// node of its cluster; closing and opening hubs (fixed-cost problems); and swapping a hub for a
/// node outside the hubs. Every move is costed exactly from the aggregates of
/// ``SingleAllocationState``. The search then shakes the best solution with 1…k random hub moves
/// and descends again, keeping the better solution, until a round limit.
struct SingleAllocationSearch {
  let problem: HubProblem
  let options: HubSearchOptions
  var state: SingleAllocationState
  var random: SearchRandom
  /// The candidate hubs, ascending.
  let candidates: [Int]
  /// Nodes that must stay hubs.
  let forced: [Bool]
  /// Hub swaps are tried from the first hub at or after this node.
  var swapCursor = 0
  /// The tolerance under which a cost change counts as no change.
  var epsilon: Double { 1e-10 * max(1, abs(state.total)) }

  init(problem: HubProblem, options: HubSearchOptions) throws(HubSearchError) {
    self.problem = problem
    self.options = options
    random = SearchRandom(seed: options.seed)
    candidates = problem.candidateNodes
    var forced = [Bool](repeating: false, count: problem.instance.nodeCount)
    for k in problem.fixedOpen { forced[k] = true }
    self.forced = forced
    var random = self.random
    let start = try Self.start(problem: problem, options: options, random: &random)
    self.random = random
    state = SingleAllocationState(problem: problem, allocation: start)
  }

  /// Runs the search and returns the best allocation and the number of shaking rounds.
  mutating func run() -> (allocation: [Int], rounds: Int) {
    let clock = ContinuousClock.now
    func outOfTime() -> Bool {
      guard let limit = options.timeLimit else { return false }
      return (ContinuousClock.now - clock).inSeconds >= limit
    }
    descend()
    var best = state
    var rounds = 0
    var stale = 0
    var k = 1
    while rounds < options.maximumRounds, stale < options.roundsWithoutImprovement, !outOfTime() {
      rounds += 1
      state = best
      shake(k)
      descend()
      if state.total < best.total - epsilon {
        best = state
        stale = 0
        k = 1
      } else {
        stale += 1
        k = k % maximumShake + 1
      }
    }
    return (best.alloc, rounds)
  }

  /// The largest number of random moves in one shake.
  private var maximumShake: Int {
    let closable = state.hubs.filter { !forced[$0] }.count
    return max(1, min(5, closable))
  }

  /// Variable neighbourhood descent: the first neighbourhood that improves restarts the cycle.
  mutating func descend() {
    while true {
      reallocateNodes()
      if problem.capacitated, exchangeNodes() { continue }
      if relocateHubs() { continue }
      if problem.paysFixedCosts {
        if closeHub() { continue }
        if openHub() { continue }
      }
      if swapHubs() { continue }
      break
    }
    state.rebuild()
  }

  /// Applies `count` random hub moves (swaps, and opens or closes under fixed costs).
  mutating func shake(_ count: Int) {
    for _ in 0..<count {
      for _ in 0..<20 {
        if randomMove() { break }
      }
    }
  }

  /// One random hub move; false when the drawn move is not possible.
  private mutating func randomMove() -> Bool {
    let closable = state.hubs.filter { !forced[$0] }
    let openable = candidates.filter { !state.isHub[$0] }
    var kinds: [Int] = []
    if !closable.isEmpty, !openable.isEmpty { kinds.append(0) }
    if problem.paysFixedCosts {
      if !openable.isEmpty { kinds.append(1) }
      if !closable.isEmpty, state.hubs.count > 1 { kinds.append(2) }
    }
    guard !kinds.isEmpty else { return false }
    switch random.element(of: kinds) {
    case 0:
      let h = random.element(of: closable)
      let c = random.element(of: openable)
      guard let moves = swapMoves(closing: h, opening: c) else { return false }
      state.apply(moves, opening: [c], closing: [h], delta: state.changeDelta(moves))
    case 1:
      let c = random.element(of: openable)
      guard let moves = state.openMoves(c) else { return false }
      state.apply(moves, opening: [c], delta: state.changeDelta(moves))
    default:
      let h = random.element(of: closable)
      guard let moves = closeMoves(h) else { return false }
      state.apply(moves, closing: [h], delta: state.changeDelta(moves))
    }
    return true
  }
}
