extension SingleAllocationSearch {
  /// Moves single nodes to the best other hub while that lowers the cost (best move per node,
  /// passes until none improves).
  mutating func reallocateNodes() {
    let n = state.n
    var improved = true
    var passes = 0
    while improved, passes < 100 {
      improved = false
      passes += 1
      for i in 0..<n where !state.isHub[i] {
        var bestHub = -1
        var bestDelta = -epsilon
        for b in state.hubs where b != state.alloc[i] && state.fits(state.origin[i], at: b) {
          let change = state.moveDelta(i, to: b)
          if change < bestDelta {
            bestDelta = change
            bestHub = b
          }
        }
        if bestHub >= 0 {
          state.reallocate(i, to: bestHub, delta: bestDelta)
          improved = true
        }
      }
    }
  }

  /// Exchanges the hubs of two nodes, useful when capacities block single moves.
  ///
  /// Applies the first improving exchange of each node. Returns whether any was applied.
  mutating func exchangeNodes() -> Bool {
    let n = state.n
    let hubs = state.hubs
    let p = hubs.count
    var slot = [Int](repeating: -1, count: n)
    for (s, k) in hubs.enumerated() { slot[k] = s }
    var table = [Double](repeating: 0, count: n * p)
    func fill(_ i: Int) {
      for (s, b) in hubs.enumerated() { table[i * p + s] = state.moveDelta(i, to: b) }
    }
    for i in 0..<n where !state.isHub[i] { fill(i) }
    var applied = false
    for i in 0..<n where !state.isHub[i] {
      for j in (i + 1)..<max(i + 1, n) where !state.isHub[j] {
        let a = state.alloc[i]
        let b = state.alloc[j]
        guard a != b else { continue }
        let oi = state.origin[i]
        let oj = state.origin[j]
        guard state.fits(oj - oi, at: a), state.fits(oi - oj, at: b) else { continue }
        let pair = state.w[i * n + j] + state.w[j * n + i]
        let change =
          table[i * p + slot[b]] + table[j * p + slot[a]]
          + state.alpha * pair * (state.d[a * n + b] + state.d[b * n + a])
        if change < -epsilon {
          state.reallocate(i, to: b, delta: change)
          state.reallocate(j, to: a, delta: 0)
          applied = true
          for x in 0..<n where !state.isHub[x] { fill(x) }
        }
      }
    }
    return applied
  }

  /// The nodes allocated to each hub.
  func clusters() -> [Int: [Int]] {
    var members: [Int: [Int]] = [:]
    for i in 0..<state.n { members[state.alloc[i], default: []].append(i) }
    return members
  }

  /// Moves a hub to another node of its cluster, the whole cluster following.
  ///
  /// Takes the best node per hub. Returns whether a move was applied.
  mutating func relocateHubs() -> Bool {
    var applied = false
    for (h, members) in clusters().sorted(by: { $0.key < $1.key }) where !forced[h] {
      var best: (node: Int, delta: Double)? = nil
      let internalFlow = state.internalFlow(of: members)
      for i in members where i != h && problem.isCandidate(i) {
        guard state.fits(state.load[h], at: i, load: 0) else { continue }
        let change =
          state.clusterMoveDelta(members, from: h, to: i, internalFlow: internalFlow)
          + fixedCost(i) - fixedCost(h)
        if change < (best?.delta ?? -epsilon) { best = (i, change) }
      }
      if let best {
        let moves = members.map { (node: $0, hub: best.node) }
        state.apply(
          moves, opening: [best.node], closing: [h], delta: state.changeDelta(moves))
        applied = true
      }
    }
    return applied
  }

  /// Opens the best hub (fixed-cost problems).
  ///
  /// Returns whether one was opened.
  mutating func openHub() -> Bool {
    var best: (node: Int, moves: [(node: Int, hub: Int)], delta: Double)? = nil
    for c in candidates where !state.isHub[c] {
      guard let moves = state.openMoves(c) else { continue }
      let change = state.changeDelta(moves) + fixedCost(c)
      if change < (best?.delta ?? -epsilon) { best = (c, moves, change) }
    }
    guard let best else { return false }
    state.apply(best.moves, opening: [best.node], delta: state.changeDelta(best.moves))
    return true
  }

  /// Closes the best hub (fixed-cost problems).
  ///
  /// Returns whether one was closed.
  mutating func closeHub() -> Bool {
    guard state.hubs.count > 1 else { return false }
    var best: (node: Int, moves: [(node: Int, hub: Int)], delta: Double)? = nil
    for h in state.hubs.sorted() where !forced[h] {
      guard let moves = closeMoves(h) else { continue }
      let change = state.changeDelta(moves) - fixedCost(h)
      if change < (best?.delta ?? -epsilon) { best = (h, moves, change) }
    }
    guard let best else { return false }
    state.apply(best.moves, closing: [best.node], delta: state.changeDelta(best.moves))
    return true
  }

  /// The fixed cost of a hub at `k`, 0 unless the problem pays them.
  func fixedCost(_ k: Int) -> Double { state.fixed?[k] ?? 0 }

  /// The reallocations when hub `h` closes and node `c` opens: `c` to itself, the cluster of
  /// `h` to the best of the remaining hubs; `nil` when the capacities do not allow it.
  func swapMoves(closing h: Int, opening c: Int) -> [(node: Int, hub: Int)]? {
    var after = state.hubs.filter { $0 != h }
    after.append(c)
    var load: [Int: Double] = [:]
    for k in after { load[k] = state.load[k] }
    let oldHub = state.alloc[c]
    if oldHub != h { load[oldHub, default: 0] -= state.origin[c] }
    load[c] = state.origin[c]
    guard state.fits(state.origin[c], at: c, load: 0) else { return nil }
    let members = (0..<state.n).filter { state.alloc[$0] == h && $0 != c }
    guard
      let moves = state.assign(
        members, to: after, load: &load, renaming: h, as: c, largestFirst: problem.capacitated)
    else {
      return nil
    }
    return [(node: c, hub: c)] + moves
  }

  /// The reallocations when hub `h` closes: its cluster to the best remaining hubs; `nil` when
  /// the capacities do not allow it.
  func closeMoves(_ h: Int) -> [(node: Int, hub: Int)]? {
    let after = state.hubs.filter { $0 != h }
    guard !after.isEmpty else { return nil }
    var load: [Int: Double] = [:]
    for k in after { load[k] = state.load[k] }
    let members = (0..<state.n).filter { state.alloc[$0] == h }
    return state.assign(
      members, to: after, load: &load, renaming: h, as: nil, largestFirst: problem.capacitated)
  }
}
