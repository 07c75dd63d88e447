extension SingleAllocationSearch {
  /// A swap of a hub for a node outside the hubs: the node, the moves, and the change in
  /// cost.
  typealias HubSwap = (node: Int, moves: [(node: Int, hub: Int)], delta: Double)

  /// Swaps a hub for a node outside the hubs, its cluster going to the best remaining hubs.
  ///
  /// Takes the best node for the first hub that has an improving swap. Returns whether a swap
  /// was applied. For a hub `h`, the part of each member's cost at the remaining hubs that does
  /// not depend on the new node is computed once, so each trial costs O(|cluster|·p) to plan and
  /// O(|cluster|·n) to cost exactly.
  mutating func swapHubs() -> Bool {
    let order = state.hubs.sorted()
    // Start from the hub after the last one swapped.
    let first = order.firstIndex { $0 >= swapCursor } ?? 0
    for step in 0..<order.count {
      let h = order[(first + step) % order.count]
      if forced[h] { continue }
      if let best = bestSwap(of: h) {
        state.apply(
          best.moves, opening: [best.node], closing: [h], delta: state.changeDelta(best.moves))
        swapCursor = h + 1
        return true
      }
    }
    return false
  }

  /// The best improving swap of the hub `h` for a candidate outside the hubs, if any.
  private mutating func bestSwap(of h: Int) -> HubSwap? {
    var members = (0..<state.n).filter { state.alloc[$0] == h }
    if problem.capacitated {
      members.sort { (state.origin[$0], -$0) > (state.origin[$1], -$1) }
    }
    let others = state.hubs.filter { $0 != h }
    let q = others.count
    let base = state.swapBaseCosts(members: members, others: others)
    // Neither changes while the trials run.
    let closingCost = fixedCost(h)
    let tolerance = epsilon
    var best: HubSwap? = nil
    var moves: [(node: Int, hub: Int)] = []
    var load = [Double](repeating: 0, count: q)
    for c in candidates where !state.isHub[c] {
      guard state.fits(state.origin[c], at: c, load: 0) else { continue }
      for t in 0..<q {
        load[t] = state.load[others[t]] - (state.alloc[c] == others[t] ? state.origin[c] : 0)
      }
      guard
        state.planSwap(
          to: c, hub: h, members: members, others: others, base: base, loads: &load,
          moves: &moves)
      else { continue }
      let change = state.changeDelta(moves) + (state.fixed?[c] ?? 0) - closingCost
      if change < (best?.delta ?? -tolerance) { best = (c, moves, change) }
    }
    return best
  }
}

// The planning runs on the state itself: as methods of the search, every use of the state
// in these loops would copy it in debug builds.
extension SingleAllocationState {
  /// The cost of each member `x` of a cluster at each remaining hub `others[t]`, at
  /// `[x · q + t]`: its flows with the nodes of the other hubs included, those with the
  /// cluster left out.
  fileprivate func swapBaseCosts(members: [Int], others: [Int]) -> [Double] {
    let n = n
    let d = d
    let q = others.count
    var base = [Double](repeating: 0, count: members.count * q)
    for (xi, x) in members.enumerated() {
      let row = x * n
      for (t, k) in others.enumerated() {
        var transfer = 0.0
        for m in others {
          transfer += outFlow[row + m] * d[k * n + m] + inFlow[row + m] * d[m * n + k]
        }
        base[xi * q + t] =
          chi * origin[x] * d[row + k] + delta * destination[x] * d[k * n + x] + alpha * transfer
      }
    }
    return base
  }

  /// Plans the swap of the hub `h` for the node `c` into `moves`: `c` goes to itself and
  /// each member of `h`'s cluster to its cheapest hub with room, a remaining one (`loads`
  /// holds their loads without `c`) or `c`.
  ///
  /// Returns false when a member fits at no hub.
  fileprivate func planSwap(
    to c: Int, hub h: Int, members: [Int], others: [Int], base: [Double],
    loads: inout [Double], moves: inout [(node: Int, hub: Int)]
  ) -> Bool {
    let n = n
    let d = d
    let q = others.count
    var loadC = origin[c]
    moves.removeAll(keepingCapacity: true)
    moves.append((c, c))
    for (xi, x) in members.enumerated() where x != c {
      let row = x * n
      let outH = outFlow[row + h]
      let inH = inFlow[row + h]
      var target = -1
      var targetCost = Double.infinity
      for t in 0..<q where fits(origin[x], at: others[t], load: loads[t]) {
        let k = others[t]
        let cost = base[xi * q + t] + alpha * (outH * d[k * n + c] + inH * d[c * n + k])
        if cost < targetCost {
          targetCost = cost
          target = t
        }
      }
      if fits(origin[x], at: c, load: loadC) {
        var transfer = (outH + inH) * d[c * n + c]
        for m in others {
          transfer += outFlow[row + m] * d[c * n + m] + inFlow[row + m] * d[m * n + c]
        }
        let cost =
          chi * origin[x] * d[row + c] + delta * destination[x] * d[c * n + x] + alpha * transfer
        if cost < targetCost {
          targetCost = cost
          target = q
        }
      }
      if target < 0 { return false }
      if target == q {
        loadC += origin[x]
        moves.append((x, c))
      } else {
        loads[target] += origin[x]
        moves.append((x, others[target]))
      }
    }
    return true
  }
}
