extension SingleAllocationSearch {
  /// A first allocation that follows the problem's rules.
  static func start(problem: HubProblem, options: HubSearchOptions, random: inout SearchRandom)
    throws(HubSearchError) -> [Int]
  {
    let n = problem.instance.nodeCount
    var given = Set(problem.fixedOpen)
    for k in options.initialHubs ?? [] where (0..<n).contains(k) && problem.isCandidate(k) {
      given.insert(k)
    }
    let found: [Int]?
    switch problem.hubCount {
    case .exactly(let p):
      found = start(problem: problem, p: p, given: given, random: &random)
    case .fixedCosts:
      found = startWithFixedCosts(problem: problem, given: given)
    }
    if let found { return found }
    throw HubSearchError(
      .noFeasibleSolution,
      problem.capacitated
        ? "no allocation within the hub capacities was found; check the capacities (each hub must hold at least its own O_i) or try other seeds"
        : "no starting solution could be built")
  }

  /// A first allocation to `p` hubs: the forced hubs, then the `given` ones as far as `p`
  /// allows, then random candidates (with capacities, up to 50 tries, the last with the
  /// largest capacities); nil if none was found.
  private static func start(
    problem: HubProblem, p: Int, given: Set<Int>, random: inout SearchRandom
  ) -> [Int]? {
    let instance = problem.instance
    // Forced hubs first, then the given ones, as far as p allows.
    let base = Array(
      (problem.fixedOpen.sorted() + given.subtracting(problem.fixedOpen).sorted()).prefix(p))
    let rest = problem.candidateNodes.filter { !base.contains($0) }
    for attempt in 0..<50 {
      var hubs = base
      if attempt == 49 {
        // Last try: the largest capacities.
        let byCapacity = rest.sorted {
          (instance.capacities?[$0] ?? 0, -$0) > (instance.capacities?[$1] ?? 0, -$1)
        }
        hubs += byCapacity.prefix(p - hubs.count)
      } else {
        hubs += random.shuffled(rest).prefix(p - hubs.count)
      }
      if let allocation = greedyAllocation(problem: problem, hubs: hubs) { return allocation }
      if !problem.capacitated { break }
    }
    return nil
  }

  /// A first allocation when fixed costs decide the hubs: the `given` hubs if they do,
  /// else without capacities the best single hub with the given ones, with capacities the
  /// cheapest capacity first until the nodes fit; nil if none was found.
  private static func startWithFixedCosts(problem: HubProblem, given: Set<Int>) -> [Int]? {
    let instance = problem.instance
    guard let fixed = instance.fixedCosts else { return nil }
    if !given.isEmpty, let allocation = greedyAllocation(problem: problem, hubs: given.sorted()) {
      return allocation
    }
    if !problem.capacitated {
      // The best single hub, plus the forced ones.
      let hubs = given.union([
        bestSingleHub(instance: instance, fixed: fixed, among: problem.candidateNodes)
      ])
      return greedyAllocation(problem: problem, hubs: hubs.sorted())
    }
    // Open the cheapest capacity first until the nodes fit.
    let capacity = instance.capacities ?? []
    let order = problem.candidateNodes.filter { !given.contains($0) }.sorted {
      let a = fixed[$0] / max(capacity[$0], .leastNonzeroMagnitude)
      let b = fixed[$1] / max(capacity[$1], .leastNonzeroMagnitude)
      return (a, $0) < (b, $1)
    }
    var hubs = given.sorted()
    let demand = instance.totalFlow
    var supply = hubs.reduce(0) { $0 + capacity[$1] }
    var next = 0
    while next < order.count, supply < 1.1 * demand {
      hubs.append(order[next])
      supply += capacity[order[next]]
      next += 1
    }
    while true {
      if !hubs.isEmpty, let allocation = greedyAllocation(problem: problem, hubs: hubs) {
        return allocation
      }
      guard next < order.count else { return nil }
      hubs.append(order[next])
      next += 1
    }
  }

  /// The candidate that serves every node alone at the least cost, its fixed cost included
  /// (the first of equals).
  private static func bestSingleHub(instance: HubInstance, fixed: [Double], among candidates: [Int])
    -> Int
  {
    let n = instance.nodeCount
    var bestHub = candidates[0]
    var bestCost = Double.infinity
    for k in candidates {
      var cost = fixed[k]
      for x in 0..<n {
        cost +=
          instance.chi * instance.originTotals[x] * instance.distance(from: x, to: k)
          + instance.delta * instance.destinationTotals[x] * instance.distance(from: k, to: x)
      }
      if cost < bestCost {
        bestCost = cost
        bestHub = k
      }
    }
    return bestHub
  }

  /// Allocates every node to its cheapest open hub by collection and distribution cost, the
  /// largest senders first and within capacities; `nil` if some node fits nowhere.
  static func greedyAllocation(problem: HubProblem, hubs: [Int]) -> [Int]? {
    let instance = problem.instance
    let n = instance.nodeCount
    let capacity = problem.capacitated ? instance.capacities : nil
    guard !hubs.isEmpty else { return nil }
    var allocation = [Int](repeating: -1, count: n)
    var load = [Double](repeating: 0, count: n)
    for k in hubs {
      allocation[k] = k
      load[k] = instance.originTotals[k]
      if let capacity, load[k] > capacity[k] + 1e-9 * max(1, capacity[k]) { return nil }
    }
    let order = (0..<n).filter { allocation[$0] < 0 }.sorted {
      (instance.originTotals[$0], -$0) > (instance.originTotals[$1], -$1)
    }
    for x in order {
      var best = -1
      var bestCost = Double.infinity
      for k in hubs {
        if let capacity,
          load[k] + instance.originTotals[x] > capacity[k] + 1e-9 * max(1, capacity[k])
        {
          continue
        }
        let cost =
          instance.chi * instance.originTotals[x] * instance.distance(from: x, to: k)
          + instance.delta * instance.destinationTotals[x] * instance.distance(from: k, to: x)
        if cost < bestCost {
          bestCost = cost
          best = k
        }
      }
      guard best >= 0 else { return nil }
      allocation[x] = best
      load[best] += instance.originTotals[x]
    }
    return allocation
  }
}
