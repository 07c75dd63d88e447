import GLPK
import HubLocation

/// Finds the Benders cuts an LP point violates: one cut per origin `i`,
/// `η_i ≥ Σ_j weight_ij (Σ_k u^{ij}_k z_ik + Σ_m v^{ij}_m z_jm)`, aggregated over `i`'s
/// pairs (``TransferDuals``).
///
/// A cut is a function of the origin and the point's supports alone, so it can be built
/// again later over any set of columns (``TransferCutRecord``).
struct TransferCutSeparator {
  let data: SingleAllocationData
  var columns: MasterColumns
  private var duals: TransferDuals
  /// The cut's coefficients by pair `i·n + k`, zero between uses.
  private var row: [Double]
  /// Cuts returned so far.
  private(set) var cutsFound = 0

  init(data: SingleAllocationData, columns: MasterColumns) {
    self.data = data
    self.columns = columns
    duals = TransferDuals(data: data)
    row = [Double](repeating: 0, count: data.n * data.n)
  }

  /// The positive allocation values of each node at `values`, as `(hub, value)` lists.
  func supports(at values: [Double]) -> [[(Int, Double)]] {
    let n = data.n
    var supports = [[(Int, Double)]](repeating: [], count: n)
    for i in 0..<n {
      for k in data.hubs {
        let column = columns.z[i * n + k]
        if column >= 0, values[column] > 1e-9 { supports[i].append((k, values[column])) }
      }
    }
    return supports
  }

  /// The cuts violated at `values` by more than 10⁻⁷ (relative), or with `all`, the cut of
  /// every origin with pairs, with the origin of each.
  mutating func cuts(at values: [Double], all: Bool = false) -> [LinearConstraint] {
    cutsWithOrigins(at: values, all: all).map(\.cut)
  }

  /// ``cuts(at:all:)`` with the origin and the supports each cut was built from.
  mutating func cutsWithOrigins(at values: [Double], all: Bool = false)
    -> [(cut: LinearConstraint, origin: Int)]
  {
    let supports = supports(at: values)
    var found: [(cut: LinearConstraint, origin: Int)] = []
    for i in 0..<data.n where columns.eta[i] >= 0 {
      if supports[i].isEmpty { continue }
      let total = fillRow(origin: i, supports: supports)
      let eta = values[columns.eta[i]]
      if all || total > eta + 1e-7 * max(1, abs(total)) {
        found.append((constraint(origin: i), i))
      }
      clearRow(origin: i)
    }
    cutsFound += found.count
    return found
  }

  /// The cut of `origin` built from `supports`, over this separator's columns.
  mutating func cut(origin i: Int, supports: [[(Int, Double)]]) -> LinearConstraint {
    _ = fillRow(origin: i, supports: supports)
    defer { clearRow(origin: i) }
    return constraint(origin: i)
  }

  /// Adds `scale` times the cut's coefficient of every allowed pair, active or not, to
  /// `dense` (by pair `i·n + k`; the cut reads `η_i + Σ coefficient·z ≥ 0`).
  mutating func accumulate(
    origin i: Int, supports: [[(Int, Double)]], scale: Double, into dense: inout [Double]
  ) {
    _ = fillRow(origin: i, supports: supports)
    let n = data.n
    for j in [i] + data.pairs[i].map(\.j) {
      for k in data.hubs where row[j * n + k] != 0 { dense[j * n + k] += scale * row[j * n + k] }
    }
    clearRow(origin: i)
  }

  /// The cut's coefficients of `pairs` (`i·n + k`, active or not).
  mutating func coefficients(origin i: Int, supports: [[(Int, Double)]], pairs: [Int])
    -> [Double]
  {
    _ = fillRow(origin: i, supports: supports)
    defer { clearRow(origin: i) }
    return pairs.map { row[$0] }
  }

  /// Writes the coefficients of origin `i`'s cut into `row` and returns its right-hand side
  /// at the supports.
  private mutating func fillRow(origin i: Int, supports: [[(Int, Double)]]) -> Double {
    let n = data.n
    let hubs = data.hubs
    let allowed = data.allowed
    var total = 0.0
    for (j, weight) in data.pairs[i] where !supports[j].isEmpty {
      total += weight * duals.compute(supports[i], supports[j])
      let u = duals.u
      let v = duals.v
      for k in hubs {
        if allowed[i * n + k] { row[i * n + k] -= weight * u[k] }
        if allowed[j * n + k] { row[j * n + k] -= weight * v[k] }
      }
    }
    return total
  }

  private mutating func clearRow(origin i: Int) {
    let n = data.n
    for k in 0..<n { row[i * n + k] = 0 }
    for (j, _) in data.pairs[i] {
      for k in 0..<n { row[j * n + k] = 0 }
    }
  }

  private func constraint(origin i: Int) -> LinearConstraint {
    var terms: [(Variable, Double)] = []
    for pair in 0..<(data.n * data.n) where row[pair] != 0 {
      let column = columns.z[pair]
      if column >= 0 { terms.append((Variable(index: column), row[pair])) }
    }
    terms.append((Variable(index: columns.eta[i]), 1))
    return LinearConstraint(terms: terms, lowerBound: 0)
  }
}
