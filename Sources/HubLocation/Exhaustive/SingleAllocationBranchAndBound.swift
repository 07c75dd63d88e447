/// The best single allocation to a fixed set of hubs, by depth-first branch and bound.
///
/// Nodes are allocated one at a time, the largest flows first. Every cost term is non-negative,
/// so the cost of the pairs allocated so far plus, for each node still open, its cheapest
/// collection and distribution cost is a lower bound; branches that cannot beat the incumbent
/// are cut. Exact.
struct SingleAllocationBranchAndBound {
  let n: Int
  let w: [Double]
  let d: [Double]
  let chi: Double
  let alpha: Double
  let delta: Double
  let origin: [Double]
  let destination: [Double]
  let capacity: [Double]?

  private var hubs: [Int] = []
  private var order: [Int] = []
  /// remaining[t]: the sum of the cheapest collection and distribution of order[t...].
  private var remaining: [Double] = []
  private var allocation: [Int]
  private var load: [Double]
  private(set) var bestCost = Double.infinity
  private(set) var bestAllocation: [Int]? = nil

  init(problem: HubProblem) {
    let instance = problem.instance
    n = instance.nodeCount
    w = instance.flows
    d = instance.distances
    chi = instance.chi
    alpha = instance.alpha
    delta = instance.delta
    origin = instance.originTotals
    destination = instance.destinationTotals
    capacity = problem.capacitated ? instance.capacities : nil
    allocation = [Int](repeating: -1, count: n)
    load = [Double](repeating: 0, count: n)
  }

  /// Searches the allocations to `hubs` for one cheaper than `bound` (flow cost only); keeps
  /// the best found in ``bestCost`` and ``bestAllocation``.
  mutating func search(hubs: [Int], below bound: Double) {
    self.hubs = hubs
    bestCost = bound
    bestAllocation = nil
    for i in 0..<n {
      allocation[i] = -1
      load[i] = 0
    }
    var partial = 0.0
    for h in hubs {
      allocation[h] = h
      load[h] += origin[h]
      if let capacity, load[h] > capacity[h] + 1e-9 * max(1, capacity[h]) { return }
      partial += cost(adding: h, at: h)
    }
    let hubSet = Set(hubs)
    order = (0..<n).filter { !hubSet.contains($0) }.sorted {
      (origin[$0] + destination[$0], -$0) > (origin[$1] + destination[$1], -$1)
    }
    remaining = [Double](repeating: 0, count: order.count + 1)
    for t in stride(from: order.count - 1, through: 0, by: -1) {
      let x = order[t]
      remaining[t] = remaining[t + 1] + (hubs.map { endpoints(x, $0) }.min() ?? 0)
    }
    descend(0, partial)
  }

  /// Collection and distribution cost of node `x` at hub `k`.
  @inline(__always)
  private func endpoints(_ x: Int, _ k: Int) -> Double {
    chi * origin[x] * d[x * n + k] + delta * destination[x] * d[k * n + x]
  }

  /// The cost added by allocating node `x` to hub `k`, given the nodes allocated so far.
  private func cost(adding x: Int, at k: Int) -> Double {
    var transfer = w[x * n + x] * d[k * n + k]
    for y in 0..<n {
      let m = allocation[y]
      if m < 0 || y == x { continue }
      transfer += w[x * n + y] * d[k * n + m] + w[y * n + x] * d[m * n + k]
    }
    return endpoints(x, k) + alpha * transfer
  }

  private mutating func descend(_ t: Int, _ partial: Double) {
    if t == order.count {
      if partial < bestCost {
        bestCost = partial
        bestAllocation = allocation
      }
      return
    }
    let x = order[t]
    var options: [(hub: Int, cost: Double)] = []
    for k in hubs {
      if let capacity, load[k] + origin[x] > capacity[k] + 1e-9 * max(1, capacity[k]) {
        continue
      }
      options.append((k, cost(adding: x, at: k)))
    }
    options.sort { ($0.cost, $0.hub) < ($1.cost, $1.hub) }
    for option in options {
      let next = partial + option.cost
      if next + remaining[t + 1] >= bestCost { break }
      allocation[x] = option.hub
      load[option.hub] += origin[x]
      descend(t + 1, next)
      load[option.hub] -= origin[x]
      allocation[x] = -1
    }
  }
}
