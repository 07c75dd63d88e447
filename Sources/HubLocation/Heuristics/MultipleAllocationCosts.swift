/// The cost of a set of hubs under multiple allocation, with what it takes to cost swapping,
/// adding or dropping one hub in O(n²) instead of O(n²·p).
///
/// For the current hubs it keeps, per pair `(i, j)`, the cost of the cheapest route and its
/// first and last hubs, and per hub and node the cheapest and second-cheapest transfer plus
/// distribution. Dropping hub `r` changes only the pairs whose route uses `r`; adding node `c`
/// lowers a pair to `min(chi d(i,c) + B[j], A[i] + delta d(c,j))` with `A`, `B` the best ways to
/// and from `c` over the other hubs.
struct MultipleAllocationCosts {
  let n: Int
  let w: [Double]
  let d: [Double]
  let chi: Double
  let alpha: Double
  let delta: Double

  private(set) var hubs: [Int] = []
  /// Per pair: the unit cost of the cheapest route.
  private var best: [Double]
  /// Per pair: the position in `hubs` of the first and last hub of that route.
  private var first: [Int32]
  private var last: [Int32]
  /// Per hub position `a` and node `j`: the cheapest `alpha d(k_a, m) + delta d(m, j)`, its
  /// last hub's position, and the cheapest over the other last hubs.
  private var toNode: [Double]
  private var toNodeLast: [Int32]
  private var toNodeSecond: [Double]
  /// The flow cost of the current hubs.
  private(set) var cost = 0.0
  /// Scratch for the pairs' costs once a hub is dropped.
  var dropped: [Double]

  init(instance: HubInstance) {
    n = instance.nodeCount
    w = instance.flows
    d = instance.distances
    chi = instance.chi
    alpha = instance.alpha
    delta = instance.delta
    best = [Double](repeating: 0, count: n * n)
    first = [Int32](repeating: 0, count: n * n)
    last = [Int32](repeating: 0, count: n * n)
    toNode = []
    toNodeLast = []
    toNodeSecond = []
    dropped = [Double](repeating: 0, count: n * n)
  }

  /// Sets the hubs and computes all routes, O(n·p² + n²·p).
  mutating func set(_ newHubs: [Int]) {
    hubs = newHubs
    let p = hubs.count
    toNode = [Double](repeating: .infinity, count: p * n)
    toNodeSecond = [Double](repeating: .infinity, count: p * n)
    toNodeLast = [Int32](repeating: 0, count: p * n)
    for a in 0..<p {
      let k = hubs[a]
      for j in 0..<n {
        var one = Double.infinity
        var two = Double.infinity
        var at = 0
        for b in 0..<p {
          let m = hubs[b]
          let value = alpha * d[k * n + m] + delta * d[m * n + j]
          if value < one {
            two = one
            one = value
            at = b
          } else if value < two {
            two = value
          }
        }
        toNode[a * n + j] = one
        toNodeSecond[a * n + j] = two
        toNodeLast[a * n + j] = Int32(at)
      }
    }
    var total = 0.0
    for i in 0..<n {
      for j in 0..<n {
        var one = Double.infinity
        var at = 0
        for a in 0..<p {
          let value = chi * d[i * n + hubs[a]] + toNode[a * n + j]
          if value < one {
            one = value
            at = a
          }
        }
        best[i * n + j] = one
        first[i * n + j] = Int32(at)
        last[i * n + j] = toNodeLast[at * n + j]
        total += w[i * n + j] * one
      }
    }
    cost = total
  }

  /// The flow cost once the hub at position `r` is gone (at least two hubs).
  ///
  /// Fills `dropped` with each pair's cheapest route cost without that hub.
  mutating func prepareDrop(_ r: Int) -> Double {
    let p = hubs.count
    let r32 = Int32(r)
    var total = 0.0
    for i in 0..<n {
      for j in 0..<n {
        let pair = i * n + j
        var value = best[pair]
        if first[pair] == r32 || last[pair] == r32 {
          value = .infinity
          for a in 0..<p where a != r {
            let via =
              toNodeLast[a * n + j] == r32 ? toNodeSecond[a * n + j] : toNode[a * n + j]
            let route = chi * d[i * n + hubs[a]] + via
            if route < value { value = route }
          }
        }
        dropped[pair] = value
        if w[pair] != 0 { total += w[pair] * value }
      }
    }
    return total
  }

  /// Keeps every route as it is (to cost adding a hub with ``costAdding(_:dropping:)``).
  mutating func prepareKeep() -> Double {
    for pair in 0..<(n * n) { dropped[pair] = best[pair] }
    return cost
  }

  /// The flow cost once node `c` is added to the hubs and the hub at position `r` (if any) dropped.
  ///
  /// ``prepareDrop(_:)`` or ``prepareKeep()`` must have been called for the same `r`. Scratch
  /// arrays `a` and `b` of length n are reused.
  func costAdding(_ c: Int, dropping r: Int?, a: inout [Double], b: inout [Double]) -> Double {
    // a[i]: cheapest chi d(i,k) + alpha d(k,c); b[j]: cheapest alpha d(c,m) + delta d(m,j),
    // over the remaining hubs and c itself.
    for i in 0..<n {
      var toC = chi * d[i * n + c] + alpha * d[c * n + c]
      var fromC = alpha * d[c * n + c] + delta * d[c * n + i]
      for (position, k) in hubs.enumerated() where position != r {
        let there = chi * d[i * n + k] + alpha * d[k * n + c]
        if there < toC { toC = there }
        let back = alpha * d[c * n + k] + delta * d[k * n + i]
        if back < fromC { fromC = back }
      }
      a[i] = toC
      b[i] = fromC
    }
    // b[j] + chi d(i,c) is the route through c first; last[j] + a[i] through c last.
    var last = [Double](repeating: 0, count: n)
    for j in 0..<n { last[j] = delta * d[c * n + j] }
    return Self.weightedMinimum(
      n: n, w: w, dropped: dropped, first: b, last: last,
      rowFirst: (0..<n).map { chi * d[$0 * n + c] }, rowLast: a)
  }

  /// `sum_ij w_ij · min(dropped_ij, rowFirst_i + first_j, rowLast_i + last_j)`, four pairs at a
  /// time.
  private static func weightedMinimum(
    n: Int, w: [Double], dropped: [Double], first: [Double], last: [Double],
    rowFirst: [Double], rowLast: [Double]
  ) -> Double {
    w.withUnsafeBufferPointer { w in
      dropped.withUnsafeBufferPointer { dropped in
        first.withUnsafeBufferPointer { first in
          last.withUnsafeBufferPointer { last in
            guard let wBase = w.baseAddress, let droppedBase = dropped.baseAddress,
              let firstBase = first.baseAddress, let lastBase = last.baseAddress
            else { return 0 }
            func load(_ pointer: UnsafePointer<Double>) -> SIMD4<Double> {
              UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Double>.self)
            }
            var sum = SIMD4<Double>()
            var tail = 0.0
            let blocks = n / 4 * 4
            for i in 0..<n {
              let row = i * n
              let toFirst = SIMD4<Double>(repeating: rowFirst[i])
              let toLast = SIMD4<Double>(repeating: rowLast[i])
              var j = 0
              while j < blocks {
                let viaFirst = toFirst + load(firstBase + j)
                let viaLast = toLast + load(lastBase + j)
                // Masked selects compile to vector compares and blends.
                var value = load(droppedBase + row + j)
                value.replace(with: viaFirst, where: viaFirst .< value)
                value.replace(with: viaLast, where: viaLast .< value)
                sum += load(wBase + row + j) * value
                j += 4
              }
              while j < n {
                let value = Swift.min(
                  dropped[row + j], rowFirst[i] + first[j], rowLast[i] + last[j])
                tail += w[row + j] * value
                j += 1
              }
            }
            return sum.sum() + tail
          }
        }
      }
    }
  }
}

extension MultipleAllocationCosts {
  /// Marks every route as gone (to cost replacing the only hub).
  mutating func prepareDropAll() {
    for pair in 0..<(n * n) { dropped[pair] = .infinity }
  }
}
