// The moves that only read the state are methods of the state: as methods of the search,
// every use of the state in their loops would copy it in debug builds.
extension SingleAllocationState {
  /// The reallocations when node `c` opens: `c` to itself and every node that gains by moving
  /// to `c`, the largest gains first, within the capacity of `c`; `nil` if `c` cannot hold
  /// itself.
  func openMoves(_ c: Int) -> [(node: Int, hub: Int)]? {
    guard fits(origin[c], at: c, load: 0) else { return nil }
    var gains: [(node: Int, delta: Double)] = []
    for x in 0..<n where x != c && !isHub[x] {
      let change = moveDelta(x, to: c)
      if change < 0 { gains.append((x, change)) }
    }
    gains.sort { ($0.delta, $0.node) < ($1.delta, $1.node) }
    var load = origin[c]
    var moves = [(node: c, hub: c)]
    for gain in gains where fits(origin[gain.node], at: c, load: load) {
      load += origin[gain.node]
      moves.append((gain.node, c))
    }
    return moves
  }

  /// Allocates `nodes` to the cheapest of `hubs` within capacities, with `largestFirst` the
  /// largest senders first.
  ///
  /// The cost of a node at hub `k` counts its flows with the other nodes at their
  /// current hubs, those at hub `old` taken to be at `new` (or at `k` when `new` is `nil`).
  func assign(
    _ nodes: [Int], to hubs: [Int], load: inout [Int: Double], renaming old: Int, as new: Int?,
    largestFirst: Bool
  ) -> [(node: Int, hub: Int)]? {
    let n = n
    let d = d
    let order =
      largestFirst
      ? nodes.sorted { (origin[$0], -$0) > (origin[$1], -$1) } : nodes
    var moves: [(node: Int, hub: Int)] = []
    moves.reserveCapacity(nodes.count)
    for x in order {
      var best = -1
      var bestCost = Double.infinity
      let row = x * n
      for k in hubs {
        guard fits(origin[x], at: k, load: load[k] ?? 0) else { continue }
        var transfer = 0.0
        for m in self.hubs {
          let out = outFlow[row + m]
          let into = inFlow[row + m]
          if out == 0 && into == 0 { continue }
          let target = m == old ? (new ?? k) : m
          transfer += out * d[k * n + target] + into * d[target * n + k]
        }
        let cost =
          chi * origin[x] * d[row + k] + delta * destination[x]
          * d[k * n + x]
          + alpha * transfer
        if cost < bestCost {
          bestCost = cost
          best = k
        }
      }
      guard best >= 0 else { return nil }
      load[best, default: 0] += origin[x]
      moves.append((x, best))
    }
    return moves
  }
}
