import GLPK

/// Finds the Benders cuts an LP point violates: one cut per origin `i`,
/// `η_i ≥ Σ_j weight_ij (Σ_k u^{ij}_k z_ik + Σ_m v^{ij}_m z_jm)`, aggregated over `i`'s
/// pairs (``TransferDuals``).
struct TransferCutSeparator {
  let data: SingleAllocationData
  let columns: MasterColumns
  private var duals: TransferDuals
  private var row: [Double]
  /// Cuts returned so far.
  private(set) var cutsFound = 0

  init(data: SingleAllocationData, columns: MasterColumns) {
    self.data = data
    self.columns = columns
    duals = TransferDuals(data: data)
    row = [Double](repeating: 0, count: columns.count)
  }

  /// The cuts violated at `values` by more than 10⁻⁷ (relative), or with `all`, the cut of
  /// every origin with pairs.
  mutating func cuts(at values: [Double], all: Bool = false) -> [LinearConstraint] {
    let n = data.n
    var supports = [[(Int, Double)]](repeating: [], count: n)
    for i in 0..<n {
      for k in data.hubs {
        let column = columns.z[i * n + k]
        if column >= 0, values[column] > 1e-9 { supports[i].append((k, values[column])) }
      }
    }
    var found: [LinearConstraint] = []
    for i in 0..<n where columns.eta[i] >= 0 {
      if supports[i].isEmpty { continue }
      var total = 0.0
      for (j, weight) in data.pairs[i] where !supports[j].isEmpty {
        total += weight * duals.compute(supports[i], supports[j])
        for k in data.hubs {
          let first = columns.z[i * n + k]
          if first >= 0 { row[first] -= weight * duals.u[k] }
          let second = columns.z[j * n + k]
          if second >= 0 { row[second] -= weight * duals.v[k] }
        }
      }
      let eta = values[columns.eta[i]]
      if all || total > eta + 1e-7 * max(1, abs(total)) {
        var terms: [(Variable, Double)] = []
        for column in 0..<columns.zCount where row[column] != 0 {
          terms.append((Variable(index: column), row[column]))
        }
        // η columns follow the z columns, so the terms stay in increasing order.
        terms.append((Variable(index: columns.eta[i]), 1))
        found.append(LinearConstraint(terms: terms, lowerBound: 0))
      }
      for column in 0..<columns.zCount { row[column] = 0 }
    }
    cutsFound += found.count
    return found
  }
}
