import Foundation

/// Variable neighbourhood search over hub sets for the multiple-allocation problems (UMApHMP,
/// UMAHLP), every set costed exactly.
///
/// The local search swaps a hub for another node (and, with fixed costs, adds or drops a hub),
/// taking for each hub the best replacement and applying the first improving one. Moves are
/// costed in O(n²) each with ``MultipleAllocationCosts``. The search then shakes the best set
/// with 1…k random moves and descends again, until a round limit.
struct MultipleAllocationSearch {
  let problem: HubProblem
  let options: HubSearchOptions
  var costs: MultipleAllocationCosts
  var random: SearchRandom
  let candidates: [Int]
  let forced: Set<Int>
  private var scratchA: [Double]
  private var scratchB: [Double]
  /// For each node, the candidates by increasing distance: a hub is swapped only for one of its
  /// nearest ``swapBreadth`` non-hub candidates.
  private let nearest: [[Int]]
  private let swapBreadth: Int
  /// The position of the hub the next swap scan starts from.
  private var swapCursor = 0

  init(problem: HubProblem, options: HubSearchOptions) {
    self.problem = problem
    self.options = options
    costs = MultipleAllocationCosts(instance: problem.instance)
    random = SearchRandom(seed: options.seed)
    candidates = problem.candidateNodes
    forced = problem.fixedOpen
    scratchA = [Double](repeating: 0, count: problem.instance.nodeCount)
    scratchB = scratchA
    let n = problem.instance.nodeCount
    let d = problem.instance.distances
    let candidates = self.candidates
    nearest = (0..<n).map { h in
      candidates.sorted {
        (d[h * n + $0] + d[$0 * n + h], $0) < (d[h * n + $1] + d[$1 * n + h], $1)
      }
    }
    // Large instances: swap a hub only for nearby nodes (the shaking moves go anywhere).
    swapBreadth = n <= 60 ? n : max(20, n / 10)
  }

  private func fixedCost(_ k: Int) -> Double {
    problem.paysFixedCosts ? problem.instance.fixedCosts?[k] ?? 0 : 0
  }

  private var total: Double { costs.cost + problem.fixedCost(of: costs.hubs) }

  private func epsilon(_ value: Double) -> Double { 1e-10 * max(1, abs(value)) }

  /// Runs the search and returns the best hubs and the number of shaking rounds.
  mutating func run() -> (hubs: [Int], rounds: Int) {
    let clock = ContinuousClock.now
    func outOfTime() -> Bool {
      guard let limit = options.timeLimit else { return false }
      return (ContinuousClock.now - clock).inSeconds >= limit
    }
    costs.set(startHubs())
    descend()
    var bestHubs = costs.hubs
    var bestTotal = total
    var rounds = 0
    var stale = 0
    var k = 1
    while rounds < options.maximumRounds, stale < options.roundsWithoutImprovement, !outOfTime() {
      rounds += 1
      var hubs = bestHubs
      shake(&hubs, count: k)
      costs.set(hubs)
      descend()
      if total < bestTotal - epsilon(bestTotal) {
        bestHubs = costs.hubs
        bestTotal = total
        stale = 0
        k = 1
      } else {
        stale += 1
        let closable = bestHubs.filter { !forced.contains($0) }.count
        k = k % max(1, min(5, closable)) + 1
      }
    }
    return (bestHubs.sorted(), rounds)
  }

  /// The starting hubs: forced and given hubs, completed at random to `p`, or (fixed costs)
  /// the best single hub.
  private mutating func startHubs() -> [Int] {
    let n = problem.instance.nodeCount
    var hubs = problem.fixedOpen.sorted()
    for k in options.initialHubs ?? []
    where (0..<n).contains(k) && problem.isCandidate(k) && !hubs.contains(k) {
      hubs.append(k)
    }
    switch problem.hubCount {
    case .exactly(let p):
      hubs =
        problem.fixedOpen.sorted()
        + hubs.filter { !problem.fixedOpen.contains($0) }.prefix(p - problem.fixedOpen.count)
      let rest = random.shuffled(candidates.filter { !hubs.contains($0) })
      hubs += rest.prefix(p - hubs.count)
    case .fixedCosts:
      if hubs.isEmpty {
        var bestHub = candidates[0]
        var bestCost = Double.infinity
        for k in candidates {
          costs.set([k])
          let value = costs.cost + fixedCost(k)
          if value < bestCost {
            bestCost = value
            bestHub = k
          }
        }
        hubs = [bestHub]
      }
    }
    return hubs
  }

  /// Local search to a set no single swap, add or drop improves.
  private mutating func descend() {
    while improve() {}
  }

  /// Applies the first improving move found; returns whether there was one.
  private mutating func improve() -> Bool {
    let current = total
    let hubs = costs.hubs
    let outside = candidates.filter { !hubs.contains($0) }
    let fixedNow = problem.fixedCost(of: hubs)
    if problem.paysFixedCosts {
      // Drop a hub.
      if hubs.count > 1 {
        for (r, h) in hubs.enumerated() where !forced.contains(h) {
          let value = costs.prepareDrop(r) + fixedNow - fixedCost(h)
          if value < current - epsilon(current) {
            costs.set(hubs.filter { $0 != h })
            return true
          }
        }
      }
      // Add a hub.
      _ = costs.prepareKeep()
      var bestAdd: (node: Int, value: Double)? = nil
      for c in outside {
        let value =
          costs.costAdding(c, dropping: nil, a: &scratchA, b: &scratchB) + fixedNow + fixedCost(c)
        if value < (bestAdd?.value ?? current - epsilon(current)) { bestAdd = (c, value) }
      }
      if let bestAdd {
        costs.set(hubs + [bestAdd.node])
        return true
      }
    }
    // Swap a hub for a nearby node, trying the hubs in turn from where the last swap was made.
    for step in 0..<hubs.count {
      let r = (swapCursor + step) % hubs.count
      let h = hubs[r]
      if forced.contains(h) { continue }
      if hubs.count > 1 { _ = costs.prepareDrop(r) } else { costs.prepareDropAll() }
      var bestSwap: (node: Int, value: Double)? = nil
      for c in nearest[h].lazy.filter({ !hubs.contains($0) }).prefix(swapBreadth) {
        let value =
          costs.costAdding(c, dropping: r, a: &scratchA, b: &scratchB) + fixedNow - fixedCost(h)
          + fixedCost(c)
        if value < (bestSwap?.value ?? current - epsilon(current)) { bestSwap = (c, value) }
      }
      if let bestSwap {
        var next = hubs
        next[r] = bestSwap.node
        costs.set(next)
        swapCursor = r + 1
        return true
      }
    }
    return false
  }

  /// Random moves on a hub set: swaps, and adds or drops under fixed costs.
  private mutating func shake(_ hubs: inout [Int], count: Int) {
    for _ in 0..<count {
      let closable = hubs.indices.filter { !forced.contains(hubs[$0]) }
      let openable = candidates.filter { !hubs.contains($0) }
      var kinds: [Int] = []
      if !closable.isEmpty, !openable.isEmpty { kinds.append(0) }
      if problem.paysFixedCosts {
        if !openable.isEmpty { kinds.append(1) }
        if !closable.isEmpty, hubs.count > 1 { kinds.append(2) }
      }
      guard !kinds.isEmpty else { return }
      switch random.element(of: kinds) {
      case 0: hubs[random.element(of: closable)] = random.element(of: openable)
      case 1: hubs.append(random.element(of: openable))
      default: hubs.remove(at: random.element(of: closable))
      }
    }
  }
}
