/// Computes the objective of a solution straight from the definitions, independently of any
/// solver, and checks it against the rules of the problem.
///
/// Use it to validate what a search or a MIP returns: the evaluation of a solution shares no
/// code with the searches.
public struct HubEvaluator: Sendable {
  /// The problem whose rules and costs apply.
  public let problem: HubProblem

  /// Creates an evaluator.
  public init(problem: HubProblem) {
    self.problem = problem
  }

  /// The objective of a single-allocation solution.
  ///
  /// `sum_i sum_j w_ij (chi d(i, h(i)) + alpha d(h(i), h(j)) + delta d(h(j), j))`, plus the
  /// fixed costs of the hubs when the problem pays them.
  ///
  /// - Parameter singleAllocation: The hub of each node, 0-based.
  /// - Throws: ``HubModelError`` when the allocation has the wrong length or names no node.
  public func cost(singleAllocation: [Int]) throws(HubModelError) -> Double {
    try evaluate(singleAllocation: singleAllocation).cost
  }

  /// The objective of a multiple-allocation solution: every flow takes its cheapest route
  /// through one or two of the hubs, plus the fixed costs of the hubs when the problem pays them.
  ///
  /// - Parameter multipleAllocationHubs: The hubs, 0-based.
  /// - Throws: ``HubModelError`` when no hub is given or a hub is not a node.
  public func cost<S: Sequence<Int>>(multipleAllocationHubs: S) throws(HubModelError) -> Double {
    try evaluate(multipleAllocationHubs: multipleAllocationHubs).cost
  }

  /// The full evaluation of a single-allocation solution: cost parts, loads and violations.
  ///
  /// The hubs are the nodes that some node is allocated to. A solution that breaks the rules
  /// (a hub allocated elsewhere, a wrong hub count, a hub that is not a candidate, a forced hub
  /// closed, a capacity exceeded) is still costed; its ``HubEvaluation/violations`` say what is
  /// wrong. Costs O(n²).
  ///
  /// - Parameter singleAllocation: The hub of each node, 0-based.
  /// - Throws: ``HubModelError`` when the allocation has the wrong length or names no node.
  public func evaluate(singleAllocation h: [Int]) throws(HubModelError) -> HubEvaluation {
    let instance = problem.instance
    let n = instance.nodeCount
    guard h.count == n else {
      throw HubModelError("the allocation has \(h.count) entries; expected one per node (\(n))")
    }
    if let bad = h.firstIndex(where: { !(0..<n).contains($0) }) {
      throw HubModelError(
        "node \(bad + 1) is allocated to \(h[bad]) (0-based), which is not a node 0...\(n - 1)")
    }
    let w = instance.flows
    let d = instance.distances
    var collection = 0.0
    var transfer = 0.0
    var distribution = 0.0
    for i in 0..<n {
      let k = h[i]
      for j in 0..<n {
        let flow = w[i * n + j]
        let m = h[j]
        collection += flow * d[i * n + k]
        transfer += flow * d[k * n + m]
        distribution += flow * d[m * n + j]
      }
    }
    let hubs = Set(h).sorted()
    var collected = [Int: Double]()
    var distributed = [Int: Double]()
    for i in 0..<n {
      collected[h[i], default: 0] += instance.originTotals[i]
      distributed[h[i], default: 0] += instance.destinationTotals[i]
    }
    let loads = hubs.map {
      HubLoad(
        hub: $0, collected: collected[$0] ?? 0, distributed: distributed[$0] ?? 0,
        capacity: instance.capacities?[$0])
    }
    var violations = hubs.filter { h[$0] != $0 }.map {
      HubViolation.hubNotSelfAllocated(hub: $0, allocatedTo: h[$0])
    }
    violations += ruleViolations(hubs: hubs)
    if problem.capacitated {
      for load in loads {
        if let capacity = load.capacity, load.collected > capacity + 1e-9 * max(1, capacity) {
          violations.append(.overCapacity(hub: load.hub, load: load.collected, capacity: capacity))
        }
      }
    }
    return HubEvaluation(
      hubs: hubs, allocation: h, collectionCost: instance.chi * collection,
      transferCost: instance.alpha * transfer, distributionCost: instance.delta * distribution,
      fixedCost: problem.fixedCost(of: hubs), loads: loads, violations: violations)
  }

  /// The full evaluation of a multiple-allocation solution: cost parts, loads and violations.
  ///
  /// Every flow `w_ij` takes the route `i → k → m → j` over hubs `k`, `m` (possibly equal) of
  /// least unit cost `chi d(i, k) + alpha d(k, m) + delta d(m, j)`; ties go to the lowest `k`,
  /// then the lowest `m`. With `g[k][j] = min_m (alpha d(k, m) + delta d(m, j))` computed first,
  /// this costs O(n·p² + n²·p) for `p` hubs.
  ///
  /// - Parameter multipleAllocationHubs: The hubs, 0-based (duplicates are ignored).
  /// - Throws: ``HubModelError`` when no hub is given or a hub is not a node.
  public func evaluate<S: Sequence<Int>>(multipleAllocationHubs: S) throws(HubModelError)
    -> HubEvaluation
  {
    let instance = problem.instance
    let n = instance.nodeCount
    let hubs = Set(multipleAllocationHubs).sorted()
    guard !hubs.isEmpty else {
      throw HubModelError("no hubs given; a multiple-allocation solution needs at least one hub")
    }
    if let bad = hubs.first(where: { !(0..<n).contains($0) }) {
      throw HubModelError("hub \(bad) (0-based) is not a node 0...\(n - 1)")
    }
    let p = hubs.count
    let w = instance.flows
    let d = instance.distances
    // g[a * n + j]: the cheapest transfer + distribution from the a-th hub to node j, and the
    // last hub (its position) that achieves it.
    var g = [Double](repeating: .infinity, count: p * n)
    var last = [Int](repeating: 0, count: p * n)
    for a in 0..<p {
      let k = hubs[a]
      for j in 0..<n {
        for b in 0..<p {
          let m = hubs[b]
          let value = instance.alpha * d[k * n + m] + instance.delta * d[m * n + j]
          if value < g[a * n + j] {
            g[a * n + j] = value
            last[a * n + j] = b
          }
        }
      }
    }
    var collection = 0.0
    var transfer = 0.0
    var distribution = 0.0
    var collected = [Double](repeating: 0, count: p)
    var distributed = [Double](repeating: 0, count: p)
    for i in 0..<n {
      for j in 0..<n {
        let flow = w[i * n + j]
        var best = Double.infinity
        var first = 0
        for a in 0..<p {
          let value = instance.chi * d[i * n + hubs[a]] + g[a * n + j]
          if value < best {
            best = value
            first = a
          }
        }
        let b = last[first * n + j]
        let k = hubs[first]
        let m = hubs[b]
        collection += flow * d[i * n + k]
        transfer += flow * d[k * n + m]
        distribution += flow * d[m * n + j]
        collected[first] += flow
        distributed[b] += flow
      }
    }
    let loads = (0..<p).map {
      HubLoad(
        hub: hubs[$0], collected: collected[$0], distributed: distributed[$0],
        capacity: instance.capacities?[hubs[$0]])
    }
    return HubEvaluation(
      hubs: hubs, allocation: nil, collectionCost: instance.chi * collection,
      transferCost: instance.alpha * transfer, distributionCost: instance.delta * distribution,
      fixedCost: problem.fixedCost(of: hubs), loads: loads,
      violations: ruleViolations(hubs: hubs))
  }

  /// Violations of the hub count, candidate and forced-hub rules by a set of hubs.
  private func ruleViolations(hubs: [Int]) -> [HubViolation] {
    var violations: [HubViolation] = []
    if case .exactly(let p) = problem.hubCount, hubs.count != p {
      violations.append(.hubCount(expected: p, found: hubs.count))
    }
    for hub in hubs where !problem.isCandidate(hub) {
      violations.append(.notCandidate(hub: hub))
    }
    let open = Set(hubs)
    for node in problem.fixedOpen.sorted() where !open.contains(node) {
      violations.append(.forcedHubClosed(node: node))
    }
    return violations
  }
}
