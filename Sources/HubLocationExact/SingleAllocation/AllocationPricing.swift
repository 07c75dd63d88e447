import HubLocation

/// Prices the allocation variables left out of a restricted master.
///
/// With row duals `π` of the restricted LP, the reduced cost of a missing `z_ik` (`i ≠ k`)
/// is `c_ik − π_i − Σ_cuts π_c a_c(ik)`, where `a_c(ik)` is the cut's lifted coefficient
/// (the cut is valid for every allocation, so it has one for every pair). Its linking row
/// `z_ik ≤ z_kk` would enter with dual 0, which keeps the duals feasible. When no missing
/// variable has a negative reduced cost the LP bound holds for the full master, and a
/// missing `z_ik` with `bound + reduced cost > upper` is in no solution better than `upper`.
struct AllocationPricing {
  let data: SingleAllocationData
  let columns: MasterColumns

  /// The reduced cost of each missing allowed pair `(i, k)`, `i ≠ k`, by pair index.
  ///
  /// - Parameters:
  ///   - duals: The row duals of the restricted LP; the first `n` rows are the
  ///     assignment rows.
  ///   - cuts: Each cut row's index and record.
  func reducedCosts(
    duals: [Double], cuts: [(row: Int, record: TransferCutRecord)], points: TransferCutPoints,
    separator: inout TransferCutSeparator
  ) -> [(pair: Int, reducedCost: Double)] {
    let n = data.n
    var weighted = [Double](repeating: 0, count: n * n)
    for (row, record) in cuts where duals[row] != 0 {
      separator.accumulate(
        origin: record.origin, supports: points.supports[record.point], scale: duals[row],
        into: &weighted)
    }
    var result: [(pair: Int, reducedCost: Double)] = []
    for i in 0..<n {
      for k in data.hubs where k != i {
        let pair = i * n + k
        guard data.allowed[pair], columns.z[pair] < 0, columns.z[k * n + k] >= 0 else {
          continue
        }
        result.append((pair, data.lin[pair] - duals[i] - weighted[pair]))
      }
    }
    return result
  }

  /// The pairs to add: while some reduced cost is negative (the bound does not yet hold
  /// for the full master), each node's `perNode` most negative ones; then every pair with
  /// `bound + reduced cost ≤ threshold`.
  static func entering(
    _ costs: [(pair: Int, reducedCost: Double)], bound: Double, threshold: Double,
    perNode: Int, n: Int
  ) -> [Int] {
    let negative = costs.filter { $0.reducedCost < 0 }
    guard !negative.isEmpty else {
      return costs.filter { bound + $0.reducedCost <= threshold }.map(\.pair)
    }
    var byNode = [[(pair: Int, reducedCost: Double)]](repeating: [], count: n)
    for cost in negative { byNode[cost.pair / n].append(cost) }
    return byNode.flatMap { list in
      list.sorted { $0.reducedCost < $1.reducedCost }.prefix(perNode).map(\.pair)
    }
  }

  /// The pairs each node starts with: its `neighbours` nearest allowed hubs, itself, and
  /// its hub in `incumbent`.
  static func initialPairs(data: SingleAllocationData, neighbours: Int, incumbent: [Int]?)
    -> [Bool]
  {
    let n = data.n
    var active = [Bool](repeating: false, count: n * n)
    for k in data.hubs { active[k * n + k] = true }
    for i in 0..<n {
      let nearest = data.hubs.filter { data.allowed[i * n + $0] }
        .sorted { (data.d[i * n + $0], $0) < (data.d[i * n + $1], $1) }
      for k in nearest.prefix(neighbours) { active[i * n + k] = true }
      if let incumbent { active[i * n + incumbent[i]] = true }
    }
    return active
  }
}
