import HubLocation

/// The data of the single-allocation master problem, prepared once: allocation costs, pair
/// weights by origin, which allocations are allowed, and whether the distances are metric.
///
/// `lin[i·n + k] = (chi·O_i + delta·D_i)·d(i, k)` is the cost of allocating `i` to `k`
/// (collection plus distribution); the transfer cost is `Σ weight·d(h(i), h(j))` over the
/// pairs. With symmetric distances the pairs are `i < j` with weight `alpha (w_ij + w_ji)`,
/// otherwise the ordered pairs `i ≠ j` with weight `alpha w_ij`; pairs of weight 0 are
/// dropped.
struct SingleAllocationData: Sendable {
  let problem: HubProblem
  let n: Int
  let d: [Double]
  let lin: [Double]
  /// For each origin `i`, its pairs `(j, weight)`.
  let pairs: [[(j: Int, weight: Double)]]
  /// The candidate hubs, ascending.
  let hubs: [Int]
  /// Whether `i` may be allocated to `k`, row-major.
  let allowed: [Bool]
  /// Symmetric distances satisfying the triangle inequality (up to 10⁻¹²): the duals can
  /// then be lifted in closed form.
  let isMetric: Bool
  let isSymmetric: Bool
  /// The fixed cost of a hub at each node (0 without fixed costs).
  let fixedCost: [Double]

  init(problem: HubProblem) {
    self.problem = problem
    let instance = problem.instance
    let n = instance.nodeCount
    self.n = n
    d = instance.distances
    var lin = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      let weight =
        instance.chi * instance.originTotals[i] + instance.delta
        * instance.destinationTotals[i]
      for k in 0..<n { lin[i * n + k] = weight * d[i * n + k] }
    }
    self.lin = lin
    var symmetric = true
    for i in 0..<n where symmetric {
      for j in (i + 1)..<max(i + 1, n) where d[i * n + j] != d[j * n + i] {
        symmetric = false
        break
      }
    }
    isSymmetric = symmetric
    var pairs = [[(j: Int, weight: Double)]](repeating: [], count: n)
    let w = instance.flows
    for i in 0..<n {
      for j in 0..<n where j != i {
        let weight =
          symmetric
          ? (j > i ? instance.alpha * (w[i * n + j] + w[j * n + i]) : 0)
          : instance.alpha * w[i * n + j]
        if weight > 0 { pairs[i].append((j, weight)) }
      }
    }
    self.pairs = pairs
    isMetric = symmetric && Self.satisfiesTriangle(d, n: n)
    hubs = problem.candidateNodes
    var allowed = [Bool](repeating: false, count: n * n)
    let capacities = problem.capacitated ? instance.capacities : nil
    let origin = instance.originTotals
    for k in hubs {
      for i in 0..<n {
        if let capacities {
          // A hub holds its own O_k; a node that does not fit beside it can never use it.
          let room = capacities[k] - (i == k ? 0 : origin[k])
          if origin[i] > room + 1e-9 * max(1, capacities[k]) { continue }
        }
        allowed[i * n + k] = true
      }
    }
    // A node that cannot be its own hub is no hub at all.
    for k in hubs where !allowed[k * n + k] {
      for i in 0..<n { allowed[i * n + k] = false }
    }
    self.allowed = allowed
    fixedCost =
      problem.paysFixedCosts
      ? (instance.fixedCosts ?? [Double](repeating: 0, count: n))
      : [Double](repeating: 0, count: n)
  }

  /// The transfer cost of origin `i`'s pairs under a single allocation `h`.
  func transferCost(origin i: Int, allocation h: [Int]) -> Double {
    pairs[i].reduce(0) { $0 + $1.weight * d[h[i] * n + h[$1.j]] }
  }

  /// A lower bound valid for every solution, from allocation and fixed costs alone.
  ///
  /// A node is either a hub (paying its fixed cost, or counting against `p`) or pays at
  /// least its cheapest allocation to another allowed hub; transfers are left out.
  func simpleBound() -> Double {
    let elsewhere = (0..<n).map { i in
      hubs.filter { $0 != i && allowed[i * n + $0] }.map { lin[i * n + $0] }.min()
        ?? .infinity
    }
    let canBeHub = (0..<n).map { allowed[$0 * n + $0] }
    switch problem.hubCount {
    case .exactly(let p):
      // At most p nodes (the forced hubs among them) avoid paying `elsewhere`.
      let free = (0..<n).filter { !problem.fixedOpen.contains($0) }
      let exempt = p - problem.fixedOpen.count
      let costs = free.map { canBeHub[$0] ? elsewhere[$0] : Double.infinity }.sorted()
      let paying = costs.dropLast(min(exempt, costs.count))
      let sum = paying.reduce(0) { $0 + ($1.isFinite ? $1 : 0) }
      return sum
    case .fixedCosts:
      return (0..<n).reduce(0) { sum, i in
        let hubCost = canBeHub[i] ? fixedCost[i] : Double.infinity
        let cost =
          problem.fixedOpen.contains(i) ? fixedCost[i] : min(hubCost, elsewhere[i])
        return sum + (cost.isFinite ? cost : 0)
      }
    }
  }

  private static func satisfiesTriangle(_ d: [Double], n: Int) -> Bool {
    for k in 0..<n {
      for i in 0..<n {
        let dik = d[i * n + k]
        for j in 0..<n where d[i * n + j] > dik + d[k * n + j] + 1e-12 * (1 + d[i * n + j]) {
          return false
        }
      }
    }
    return true
  }
}
