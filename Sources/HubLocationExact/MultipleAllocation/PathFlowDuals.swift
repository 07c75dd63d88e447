import HubLocation

/// The Benders duals of one flow's routing subproblem under multiple allocation, lifted to
/// every candidate hub.
///
/// Given hub values `y`, the flow from `i` to `j` costs
/// `min Σ c_km x_km` subject to `Σ x_km = 1`, `Σ_m x_km ≤ y_k`, `Σ_k x_km ≤ y_m`, `x ≥ 0`
/// (the path formulation). It is a unit min-cost flow from a source through a first-hub
/// copy and a last-hub copy of each hub with `y > 0` to a sink, solved by successive
/// shortest paths. Node potentials of the final residual network give the optimal dual
/// `(t, a, b)`, `a, b ≥ 0`, `t − a_k − b_m ≤ c_km`, hence the cut
/// `η ≥ t − Σ_k a_k y_k − Σ_m b_m y_m`. The duals are extended to hubs with `y = 0` by
/// the smallest values that keep them feasible.
struct PathFlowDuals {
  let data: MultipleAllocationData
  /// `a_k + b_k` for every candidate hub after ``compute(origin:destination:support:)``.
  private(set) var combined: [Double]
  private var a: [Double]
  private var b: [Double]

  init(data: MultipleAllocationData) {
    self.data = data
    combined = [Double](repeating: 0, count: data.n)
    a = [Double](repeating: 0, count: data.n)
    b = [Double](repeating: 0, count: data.n)
  }

  /// Computes the duals for the flow `i → j` at the support `(hub, y)` (positive `y`),
  /// and returns `t` (the dual's constant) and the routing cost at the point.
  mutating func compute(origin i: Int, destination j: Int, support: [(Int, Double)])
    -> (constant: Double, value: Double)
  {
    // Local copies: the cost is evaluated O(hubs²) times per flow, and each read through
    // `data` would copy it in debug builds.
    let n = data.n
    let d = data.d
    let chi = data.chi
    let alpha = data.alpha
    let delta = data.delta
    /// The cost of routing a unit from `i` to `j` through the hubs `k` and then `m`.
    func cost(_ k: Int, _ m: Int) -> Double {
      chi * d[i * n + k] + alpha * d[k * n + m] + delta * d[m * n + j]
    }
    let s = support.count
    // Nodes: 0 source, 1...s first copies, s+1...2s last copies, 2s+1 sink.
    let sink = 2 * s + 1
    let nodeCount = 2 * s + 2
    var arcCost = [Double](repeating: 0, count: s * s)
    for p in 0..<s {
      for q in 0..<s { arcCost[p * s + q] = cost(support[p].0, support[q].0) }
    }
    let capacity = support.map(\.1)
    let flow = Self.minimumCostFlow(arcCost: arcCost, capacity: capacity, s: s)
    // Potentials from a virtual root joined to every node at 0, shifted to the source.
    var distance = [Double](repeating: 0, count: nodeCount)
    var predecessor = [Int](repeating: -1, count: nodeCount)
    Self.shortestPaths(
      &distance, &predecessor, x: flow.x, out: flow.out, into: flow.into, capacity: capacity,
      arcCost: arcCost, s: s)
    let origin = distance[0]
    let t = distance[sink] - origin
    for k in data.hubs {
      a[k] = -1
      b[k] = -1
    }
    var value = t
    for (p, (k, y)) in support.enumerated() {
      a[k] = max(0, distance[1 + p] - origin)
      b[k] = max(0, t - (distance[1 + s + p] - origin))
      value -= (a[k] + b[k]) * y
    }
    lift(support: support, t: t, cost: cost)
    for k in data.hubs { combined[k] = a[k] + b[k] }
    return (t, value)
  }

  /// Extends the duals to the hubs outside the support (those still at −1) by the smallest
  /// feasible values: last-hub duals against the support's first hubs, then first-hub duals
  /// against every last hub.
  ///
  /// `cost(k, m)` is the flow's unit cost through `k` and then `m`.
  private mutating func lift(
    support: [(Int, Double)], t: Double, cost: (_ k: Int, _ m: Int) -> Double
  ) {
    let hubs = data.hubs
    for m in hubs where b[m] < 0 {
      var need = 0.0
      for (k, _) in support { need = max(need, t - a[k] - cost(k, m)) }
      b[m] = need
    }
    for k in hubs where a[k] < 0 {
      var need = 0.0
      for m in hubs { need = max(need, t - b[m] - cost(k, m)) }
      a[k] = need
    }
  }

  /// Sends as much as one unit (at most the support's total `capacity`) from the source to
  /// the sink by successive shortest paths, and returns the flow on the hub-pair arcs (`x`),
  /// through the first copies (`out`) and through the last copies (`into`).
  private static func minimumCostFlow(arcCost: [Double], capacity: [Double], s: Int)
    -> (x: [Double], out: [Double], into: [Double])
  {
    let sink = 2 * s + 1
    let nodeCount = 2 * s + 2
    var x = [Double](repeating: 0, count: s * s)
    var out = [Double](repeating: 0, count: s)  // flow through first copies
    var into = [Double](repeating: 0, count: s)  // flow through last copies
    let target = min(1, capacity.reduce(0, +))
    var sent = 0.0
    let epsilon = 1e-12
    var distance = [Double](repeating: 0, count: nodeCount)
    var predecessor = [Int](repeating: -1, count: nodeCount)
    var rounds = 0
    while sent < target - epsilon, rounds < 4 * s + 4 {
      rounds += 1
      for v in 0..<nodeCount {
        distance[v] = .infinity
        predecessor[v] = -1
      }
      distance[0] = 0
      shortestPaths(
        &distance, &predecessor, x: x, out: out, into: into, capacity: capacity,
        arcCost: arcCost, s: s)
      guard distance[sink].isFinite else { break }
      var amount = target - sent
      var v = sink
      var steps = 0
      while v != 0, steps <= nodeCount {
        steps += 1
        let u = predecessor[v]
        if u < 0 { break }
        amount = min(
          amount, residual(from: u, to: v, x: x, out: out, into: into, capacity: capacity, s: s))
        v = u
      }
      guard v == 0, amount > epsilon else { break }
      v = sink
      while v != 0 {
        let u = predecessor[v]
        push(amount, from: u, to: v, x: &x, out: &out, into: &into, s: s)
        v = u
      }
      sent += amount
    }
    return (x, out, into)
  }

  private static func residual(
    from u: Int, to v: Int, x: [Double], out: [Double], into: [Double], capacity: [Double],
    s: Int
  ) -> Double {
    let sink = 2 * s + 1
    if u == 0 { return capacity[v - 1] - out[v - 1] }
    if v == 0 { return out[u - 1] }
    if v == sink { return capacity[u - 1 - s] - into[u - 1 - s] }
    if u == sink { return into[v - 1 - s] }
    if u <= s { return .infinity }
    return x[(v - 1) * s + (u - 1 - s)]
  }

  private static func push(
    _ amount: Double, from u: Int, to v: Int, x: inout [Double], out: inout [Double],
    into: inout [Double], s: Int
  ) {
    let sink = 2 * s + 1
    if u == 0 {
      out[v - 1] += amount
    } else if v == 0 {
      out[u - 1] -= amount
    } else if v == sink {
      into[u - 1 - s] += amount
    } else if u == sink {
      into[v - 1 - s] -= amount
    } else if u <= s {
      x[(u - 1) * s + (v - 1 - s)] += amount
    } else {
      x[(v - 1) * s + (u - 1 - s)] -= amount
    }
  }

  /// Bellman–Ford on the residual network from the given starting distances.
  private static func shortestPaths(
    _ distance: inout [Double], _ predecessor: inout [Int], x: [Double], out: [Double],
    into: [Double], capacity: [Double], arcCost: [Double], s: Int
  ) {
    let sink = 2 * s + 1
    let epsilon = 1e-12
    func relax(_ u: Int, _ v: Int, _ c: Double) -> Bool {
      let candidate = distance[u] + c
      guard candidate.isFinite else { return false }
      let current = distance[v]
      if !current.isFinite || candidate < current - 1e-12 * (1 + abs(current)) {
        distance[v] = candidate
        predecessor[v] = u
        return true
      }
      return false
    }
    for _ in 0..<(2 * s + 2) {
      var changed = false
      for p in 0..<s {
        if capacity[p] - out[p] > epsilon { changed = relax(0, 1 + p, 0) || changed }
        if out[p] > epsilon { changed = relax(1 + p, 0, 0) || changed }
        if capacity[p] - into[p] > epsilon { changed = relax(1 + s + p, sink, 0) || changed }
        if into[p] > epsilon { changed = relax(sink, 1 + s + p, 0) || changed }
        for q in 0..<s {
          let c = arcCost[p * s + q]
          changed = relax(1 + p, 1 + s + q, c) || changed
          if x[p * s + q] > epsilon { changed = relax(1 + s + q, 1 + p, -c) || changed }
        }
      }
      if !changed { return }
    }
  }
}
