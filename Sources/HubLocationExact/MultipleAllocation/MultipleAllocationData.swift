import HubLocation

/// The data of the multiple-allocation Benders master, prepared once.
///
/// A flow `w_ij` takes the route `i → k → m → j` of least unit cost
/// `c_km = chi d(i, k) + alpha d(k, m) + delta d(m, j)` over open hubs `k`, `m` (possibly
/// equal); the diagonal flows `w_ii` count too.
struct MultipleAllocationData: Sendable {
  let problem: HubProblem
  let n: Int
  let d: [Double]
  let chi: Double
  let alpha: Double
  let delta: Double
  /// The candidate hubs, ascending.
  let hubs: [Int]
  /// For each origin `i`, its destinations `(j, w_ij)` with positive flow.
  let flows: [[(j: Int, flow: Double)]]
  /// The fixed cost of a hub at each node (0 without fixed costs).
  let fixedCost: [Double]

  init(problem: HubProblem) {
    self.problem = problem
    let instance = problem.instance
    n = instance.nodeCount
    d = instance.distances
    chi = instance.chi
    alpha = instance.alpha
    delta = instance.delta
    hubs = problem.candidateNodes
    let n = instance.nodeCount
    flows = (0..<n).map { i in
      (0..<n).compactMap { j in
        let w = instance.flows[i * n + j]
        return w > 0 ? (j, w) : nil
      }
    }
    fixedCost =
      problem.paysFixedCosts
      ? (instance.fixedCosts ?? [Double](repeating: 0, count: n))
      : [Double](repeating: 0, count: n)
  }

  /// The flow cost of origin `i` when the hubs `open` are open.
  func routeCost(origin i: Int, open: [Int]) -> Double {
    flows[i].reduce(0) { sum, pair in
      var best = Double.infinity
      for k in open {
        let first = chi * d[i * n + k]
        for m in open {
          best = min(best, first + alpha * d[k * n + m] + delta * d[m * n + pair.j])
        }
      }
      return sum + pair.flow * best
    }
  }
}
