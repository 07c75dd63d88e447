/// A single-allocation solution with the aggregates that make moves cheap to cost.
///
/// For every node `i` and hub `k` it keeps `outFlow[i][k]`, the flow from `i` to the other
/// nodes allocated to `k`, and `inFlow[i][k]`, the flow from them to `i`. Moving one node to
/// another hub then costs O(p) to evaluate and O(n) to apply; any set `M` of reallocations costs
/// O(|M|·n) to evaluate exactly.
struct SingleAllocationState {
  let n: Int
  let w: [Double]
  let d: [Double]
  let chi: Double
  let alpha: Double
  let delta: Double
  let origin: [Double]
  let destination: [Double]
  /// Hub fixed costs, or `nil` when the problem does not pay them.
  let fixed: [Double]?
  /// Hub capacities, or `nil` when the problem is uncapacitated.
  let capacity: [Double]?

  /// The open hubs, in no particular order.
  private(set) var hubs: [Int] = []
  private(set) var isHub: [Bool]
  /// The hub of each node.
  private(set) var alloc: [Int]
  private(set) var outFlow: [Double]
  private(set) var inFlow: [Double]
  /// The sum of `O_i` over the nodes of each hub.
  private(set) var load: [Double]
  /// The flow cost (collection, transfer, distribution).
  private(set) var transport = 0.0
  /// The fixed costs of the open hubs.
  private(set) var fixedTotal = 0.0

  var total: Double { transport + fixedTotal }

  init(problem: HubProblem, allocation: [Int]) {
    let instance = problem.instance
    n = instance.nodeCount
    w = instance.flows
    d = instance.distances
    chi = instance.chi
    alpha = instance.alpha
    delta = instance.delta
    origin = instance.originTotals
    destination = instance.destinationTotals
    fixed = problem.paysFixedCosts ? instance.fixedCosts : nil
    capacity = problem.capacitated ? instance.capacities : nil
    isHub = [Bool](repeating: false, count: n)
    alloc = allocation
    outFlow = [Double](repeating: 0, count: n * n)
    inFlow = [Double](repeating: 0, count: n * n)
    load = [Double](repeating: 0, count: n)
    rebuild()
  }

  /// Recomputes every aggregate and the costs from the allocation, O(n²), clearing the
  /// rounding drift of many incremental updates.
  mutating func rebuild() {
    hubs = []
    for k in 0..<n { isHub[k] = false }
    for i in 0..<n where !isHub[alloc[i]] {
      isHub[alloc[i]] = true
      hubs.append(alloc[i])
    }
    for k in outFlow.indices {
      outFlow[k] = 0
      inFlow[k] = 0
    }
    for k in 0..<n { load[k] = 0 }
    var cost = 0.0
    for i in 0..<n {
      let a = alloc[i]
      load[a] += origin[i]
      cost += chi * origin[i] * d[i * n + a] + delta * destination[i] * d[a * n + i]
      for j in 0..<n {
        let b = alloc[j]
        cost += alpha * w[i * n + j] * d[a * n + b]
        if j != i {
          outFlow[i * n + b] += w[i * n + j]
          inFlow[i * n + b] += w[j * n + i]
        }
      }
    }
    transport = cost
    fixedTotal = fixed.map { costs in hubs.reduce(0) { $0 + costs[$1] } } ?? 0
  }

  /// The change of flow cost when node `i` alone moves to hub `b` (any node), O(p).
  ///
  /// Exact when `b` is an open hub; when `b` is not, the flows of `i` with `b` itself are costed
  /// as if `b` stayed where it is.
  @inline(__always)
  func moveDelta(_ i: Int, to b: Int) -> Double {
    let a = alloc[i]
    var transfer = 0.0
    let row = i * n
    for k in hubs {
      transfer += outFlow[row + k] * (d[b * n + k] - d[a * n + k])
      transfer += inFlow[row + k] * (d[k * n + b] - d[k * n + a])
    }
    transfer += w[row + i] * (d[b * n + b] - d[a * n + a])
    return chi * origin[i] * (d[row + b] - d[row + a])
      + delta * destination[i] * (d[b * n + i] - d[a * n + i]) + alpha * transfer
  }

  /// The exact change of flow cost when the nodes of `moves` go to their new hubs at once.
  ///
  /// The sum of the single-node changes (each O(p), with every other node at its current hub)
  /// corrected for the pairs of moved nodes: O(|moves|·p + |moves|²). A node must appear at
  /// most once; a new hub that is not open yet must move to itself.
  mutating func changeDelta(_ moves: [(node: Int, hub: Int)]) -> Double {
    var change = 0.0
    for move in moves {
      change += moveDelta(move.node, to: move.hub)
    }
    let pairs = w.withUnsafeBufferPointer { w in
      d.withUnsafeBufferPointer { d in
        alloc.withUnsafeBufferPointer { alloc in
          var sum = 0.0
          for move in moves {
            let x = move.node
            let ax = alloc[x]
            let bx = move.hub
            for other in moves where other.node != x {
              let y = other.node
              let ay = alloc[y]
              // Out of x: moveDelta took y at its old hub.
              sum += w[x * n + y] * (d[bx * n + other.hub] - d[bx * n + ay])
              // Into x from y: counted by y's own out-term, so taken back here.
              sum -= w[y * n + x] * (d[ay * n + bx] - d[ay * n + ax])
            }
          }
          return sum
        }
      }
    }
    return change + alpha * pairs
  }

  /// The flow between distinct nodes of a set, `sum over x != y of w_xy`, O(|nodes|²).
  func internalFlow(of nodes: [Int]) -> Double {
    var sum = 0.0
    for x in nodes {
      for y in nodes where y != x { sum += w[x * n + y] }
    }
    return sum
  }

  /// The exact change of flow cost when the whole cluster of hub `h` (`members`, every node
  /// allocated to `h`) moves to node `i`, in O(|members|·p).
  ///
  /// The same as ``changeDelta(_:)`` for those moves: every pair of members goes from hubs
  /// `(h, h)` to `(i, i)`, so the pair corrections add up to
  /// `internalFlow · (d(i,i) − d(i,h) − d(h,i) + d(h,h))`.
  func clusterMoveDelta(_ members: [Int], from h: Int, to i: Int, internalFlow: Double)
    -> Double
  {
    var change = 0.0
    for x in members { change += moveDelta(x, to: i) }
    let correction = d[i * n + i] - d[i * n + h] - d[h * n + i] + d[h * n + h]
    return change + alpha * internalFlow * correction
  }

  /// Moves node `i` to hub `b`, updating the aggregates in O(n).
  ///
  /// Hub bookkeeping is the caller's (see ``apply(_:opening:closing:delta:)``).
  private mutating func move(_ i: Int, to b: Int) {
    let a = alloc[i]
    guard a != b else { return }
    for j in 0..<n where j != i {
      let row = j * n
      outFlow[row + a] -= w[j * n + i]
      outFlow[row + b] += w[j * n + i]
      inFlow[row + a] -= w[i * n + j]
      inFlow[row + b] += w[i * n + j]
    }
    load[a] -= origin[i]
    load[b] += origin[i]
    alloc[i] = b
  }

  /// Applies a change: the hubs in `opening` open, those in `closing` close, and the nodes of
  /// `moves` go to their new hubs; `delta` is its flow-cost change.
  mutating func apply(
    _ moves: [(node: Int, hub: Int)], opening: [Int] = [], closing: [Int] = [], delta: Double
  ) {
    for k in opening where !isHub[k] {
      isHub[k] = true
      hubs.append(k)
      fixedTotal += fixed?[k] ?? 0
    }
    for move in moves { self.move(move.node, to: move.hub) }
    for k in closing where isHub[k] {
      isHub[k] = false
      hubs.removeAll { $0 == k }
      fixedTotal -= fixed?[k] ?? 0
    }
    transport += delta
  }

  /// Moves one node, with its cost change already computed.
  mutating func reallocate(_ i: Int, to b: Int, delta: Double) {
    move(i, to: b)
    transport += delta
  }

  /// Whether hub `k` can take `extra` more collected flow.
  @inline(__always)
  func fits(_ extra: Double, at k: Int, load current: Double? = nil) -> Bool {
    guard let capacity else { return true }
    let cap = capacity[k]
    // Not `current ?? load[k]`: its autoclosure would copy the whole state in debug builds.
    let used: Double
    if let current { used = current } else { used = load[k] }
    return used + extra <= cap + 1e-9 * max(1, cap)
  }
}
