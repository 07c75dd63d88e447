import HubLocation

/// The Benders duals of one pair's transfer subproblem, lifted to every candidate hub.
///
/// For a pair `(i, j)` and an LP point `z`, the transfer cost is the transportation problem
/// from `z_i·` (supplies) to `z_j·` (demands) with costs `d(k, m)`. Its dual `(u, v)`,
/// `u_k + v_m ≤ d(k, m)`, gives the valid cut `η ≥ Σ_k u_k z_ik + Σ_m v_m z_jm`. The duals
/// come in closed form when one side is integral and from ``SmallTransportation``
/// otherwise; they are then extended to the hubs outside the supports ("smaller side
/// first"), in closed form for metric distances and exactly in O(hubs²) otherwise.
struct TransferDuals {
  let n: Int
  let d: [Double]
  let hubs: [Int]
  let isMetric: Bool
  /// The lifted duals, valid at the candidate hubs after ``compute(_:_:)``.
  private(set) var u: [Double]
  private(set) var v: [Double]
  private var inFirst: [Bool]
  private var inSecond: [Bool]

  init(data: SingleAllocationData) {
    n = data.n
    d = data.d
    hubs = data.hubs
    isMetric = data.isMetric
    u = [Double](repeating: 0, count: data.n)
    v = [Double](repeating: 0, count: data.n)
    inFirst = [Bool](repeating: false, count: data.n)
    inSecond = [Bool](repeating: false, count: data.n)
  }

  /// Computes the duals for supports `first` (of `i`) and `second` (of `j`), each a list
  /// of `(hub, value)` with positive values, and returns the transfer cost at the point.
  mutating func compute(_ first: [(Int, Double)], _ second: [(Int, Double)]) -> Double {
    let s = first.count
    let t = second.count
    var su = [Double](repeating: 0, count: s)
    var sv = [Double](repeating: 0, count: t)
    var value = 0.0
    if s == 1 {
      let k = first[0].0
      for (c, (m, z)) in second.enumerated() {
        sv[c] = d[k * n + m]
        value += z * sv[c]
      }
    } else if t == 1 {
      let m = second[0].0
      for (r, (k, z)) in first.enumerated() {
        su[r] = d[k * n + m]
        value += z * su[r]
      }
    } else {
      var cost = [Double](repeating: 0, count: s * t)
      for r in 0..<s {
        for c in 0..<t { cost[r * t + c] = d[first[r].0 * n + second[c].0] }
      }
      let result = SmallTransportation.solve(
        supply: first.map(\.1), demand: second.map(\.1), cost: cost)
      (value, su, sv) = (result.value, result.u, result.v)
    }
    lift(first, su, second, sv)
    return value
  }

  /// Sets the duals of the supports from `su` and `sv` and extends them to the other
  /// candidate hubs, the smaller side first.
  private mutating func lift(
    _ first: [(Int, Double)], _ su: [Double], _ second: [(Int, Double)], _ sv: [Double]
  ) {
    // Plain hub lists: the loops below run O(hubs · support) times, and iterating the
    // supports' tuples goes through generic code in debug builds.
    let firstHubs = first.map(\.0)
    let secondHubs = second.map(\.0)
    for (r, k) in firstHubs.enumerated() {
      u[k] = su[r]
      inFirst[k] = true
    }
    for (c, m) in secondHubs.enumerated() {
      v[m] = sv[c]
      inSecond[m] = true
    }
    if firstHubs.count <= secondHubs.count {
      liftSecondFirst(firstHubs, su, secondHubs, sv)
    } else {
      liftFirstFirst(firstHubs, su, secondHubs, sv)
    }
    for k in firstHubs { inFirst[k] = false }
    for m in secondHubs { inSecond[m] = false }
  }

  /// Extends `v` to the hubs outside the second support, then `u` outside the first.
  private mutating func liftSecondFirst(
    _ first: [Int], _ su: [Double], _ second: [Int], _ sv: [Double]
  ) {
    let n = n
    let d = d
    for m in hubs where !inSecond[m] {
      var low = Double.infinity
      for r in 0..<first.count { low = min(low, d[first[r] * n + m] - su[r]) }
      v[m] = low
    }
    for k in hubs where !inFirst[k] {
      var low = Double.infinity
      if isMetric {
        low = -Double.infinity
        for r in 0..<first.count { low = max(low, su[r] - d[k * n + first[r]]) }
        for c in 0..<second.count { low = min(low, d[k * n + second[c]] - sv[c]) }
      } else {
        for m in hubs { low = min(low, d[k * n + m] - v[m]) }
      }
      u[k] = low
    }
  }

  /// Extends `u` to the hubs outside the first support, then `v` outside the second.
  private mutating func liftFirstFirst(
    _ first: [Int], _ su: [Double], _ second: [Int], _ sv: [Double]
  ) {
    let n = n
    let d = d
    for k in hubs where !inFirst[k] {
      var low = Double.infinity
      for c in 0..<second.count { low = min(low, d[k * n + second[c]] - sv[c]) }
      u[k] = low
    }
    for m in hubs where !inSecond[m] {
      var low = Double.infinity
      if isMetric {
        low = -Double.infinity
        for c in 0..<second.count { low = max(low, sv[c] - d[m * n + second[c]]) }
        for r in 0..<first.count { low = min(low, d[first[r] * n + m] - su[r]) }
      } else {
        for k in hubs { low = min(low, d[k * n + m] - u[k]) }
      }
      v[m] = low
    }
  }
}
