import HubLocation

/// Where each variable of the single-allocation master sits: `z_ik` (node `i` allocated to
/// hub `k`) for the allowed pairs, then `η_i` for each origin with pairs.
struct MasterColumns: Sendable {
  let n: Int
  /// The variable index of `z_ik` at `i·n + k`, or -1 when `i` may not use `k` (or the
  /// master leaves it out).
  private(set) var z: [Int]
  /// The variable index of `η_i`, or -1 when `i` has no pairs.
  let eta: [Int]
  /// The number of `z` variables.
  private(set) var zCount: Int
  /// The number of variables.
  private(set) var count: Int

  /// Creates the columns of every allowed pair, or with `active`, of the allowed pairs
  /// it marks (row-major, `i·n + k`).
  init(data: SingleAllocationData, active: [Bool]? = nil) {
    n = data.n
    var z = [Int](repeating: -1, count: n * n)
    var next = 0
    for i in 0..<n {
      for k in 0..<n where data.allowed[i * n + k] && active?[i * n + k] ?? true {
        z[i * n + k] = next
        next += 1
      }
    }
    zCount = next
    var eta = [Int](repeating: -1, count: n)
    for i in 0..<n where !data.pairs[i].isEmpty {
      eta[i] = next
      next += 1
    }
    self.z = z
    self.eta = eta
    count = next
  }

  /// Records that the master's next variable is `z` of `pair` (`i·n + k`).
  mutating func append(pair: Int) {
    z[pair] = count
    zCount += 1
    count += 1
  }

  /// The variable values of a single allocation `h`, with each `η_i` at its exact
  /// transfer cost.
  func values(of h: [Int], data: SingleAllocationData) -> [Double] {
    var values = [Double](repeating: 0, count: count)
    for i in 0..<n where z[i * n + h[i]] >= 0 { values[z[i * n + h[i]]] = 1 }
    for i in 0..<n where eta[i] >= 0 {
      values[eta[i]] = data.transferCost(origin: i, allocation: h)
    }
    return values
  }

  /// The allocation of an integral point: for each node, the hub with the largest `z`.
  func allocation(from values: [Double]) -> [Int] {
    (0..<n).map { i in
      var best = i
      var bestValue = -1.0
      for k in 0..<n where z[i * n + k] >= 0 && values[z[i * n + k]] > bestValue {
        bestValue = values[z[i * n + k]]
        best = k
      }
      return best
    }
  }
}
