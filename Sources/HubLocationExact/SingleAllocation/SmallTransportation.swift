import HubLocation

/// Optimal value and duals of a small, dense transportation problem, by successive
/// shortest paths.
///
/// `min Σ c[r][s] x[r][s]` subject to `Σ_s x[r][s] = a[r]`, `Σ_r x[r][s] = b[s]`, `x ≥ 0`;
/// the demands are scaled to the total supply first, so rounding in the LP point that gives
/// them does not matter. The duals `u`, `v` satisfy `u[r] + v[s] ≤ c[r][s]` for every arc
/// with equality where flow is positive, so the dual objective `Σ a u + Σ b v` is the
/// optimal cost. Meant for the supports of fractional LP points: a handful of nodes a side.
enum SmallTransportation {
  /// Solves the problem with `cost[r * b.count + s]` the cost of arc `r → s`.
  ///
  /// - Returns: The dual objective, the duals and the flows (row-major).
  static func solve(supply a: [Double], demand b: [Double], cost: [Double])
    -> (value: Double, u: [Double], v: [Double], flow: [Double])
  {
    let rows = a.count
    let columns = b.count
    let epsilon = 1e-13
    let totalSupply = a.reduce(0, +)
    let totalDemand = b.reduce(0, +)
    let scale = totalDemand > 0 ? totalSupply / totalDemand : 1
    var supplyLeft = a
    var demandLeft = b.map { $0 * scale }
    var flow = [Double](repeating: 0, count: rows * columns)
    let nodeCount = rows + columns
    var distance = [Double](repeating: 0, count: nodeCount)
    var predecessor = [Int](repeating: -1, count: nodeCount)
    var guardCount = 0
    while supplyLeft.contains(where: { $0 > epsilon }), guardCount < 4 * nodeCount * nodeCount {
      guardCount += 1
      // Shortest paths from every supply node with supply left, in the residual graph.
      for node in 0..<nodeCount {
        distance[node] = node < rows && supplyLeft[node] > epsilon ? 0 : .infinity
        predecessor[node] = -1
      }
      relax(
        distance: &distance, predecessor: &predecessor, flow: flow, cost: cost, rows: rows,
        columns: columns)
      var target = -1
      for s in 0..<columns where demandLeft[s] > epsilon {
        if target < 0 || distance[rows + s] < distance[rows + target] { target = s }
      }
      guard target >= 0, distance[rows + target].isFinite else { break }
      // Trace back to the start, finding the bottleneck.
      var amount = demandLeft[target]
      var node = rows + target
      var steps = 0
      while predecessor[node] >= 0, steps <= nodeCount {
        steps += 1
        let previous = predecessor[node]
        if node < rows {  // a backward arc: column `previous` → row `node`
          amount = min(amount, flow[node * columns + (previous - rows)])
        }
        node = previous
      }
      guard steps <= nodeCount, node < rows else { break }
      amount = min(amount, supplyLeft[node])
      supplyLeft[node] -= amount
      demandLeft[target] -= amount
      node = rows + target
      while predecessor[node] >= 0 {
        let previous = predecessor[node]
        if node >= rows {
          flow[previous * columns + (node - rows)] += amount
        } else {
          flow[node * columns + (previous - rows)] -= amount
        }
        node = previous
      }
    }
    // Potentials from a virtual root joined to every node at 0.
    for node in 0..<nodeCount {
      distance[node] = 0
      predecessor[node] = -1
    }
    relax(
      distance: &distance, predecessor: &predecessor, flow: flow, cost: cost, rows: rows,
      columns: columns)
    let u = (0..<rows).map { -distance[$0] }
    let v = (0..<columns).map { distance[rows + $0] }
    var value = 0.0
    for r in 0..<rows { value += a[r] * u[r] }
    for s in 0..<columns { value += b[s] * v[s] }
    return (value, u, v, flow)
  }

  /// Bellman–Ford on the residual graph: arcs `r → s` at cost `c`, and `s → r` at `−c`
  /// where flow is positive.
  private static func relax(
    distance: inout [Double], predecessor: inout [Int], flow: [Double], cost: [Double],
    rows: Int, columns: Int
  ) {
    for _ in 0..<(rows + columns) {
      var changed = false
      for r in 0..<rows {
        for s in 0..<columns {
          let c = cost[r * columns + s]
          if improves(distance[r] + c, on: distance[rows + s]) {
            distance[rows + s] = distance[r] + c
            predecessor[rows + s] = r
            changed = true
          }
          if flow[r * columns + s] > 1e-13, improves(distance[rows + s] - c, on: distance[r]) {
            distance[r] = distance[rows + s] - c
            predecessor[r] = rows + s
            changed = true
          }
        }
      }
      if !changed { return }
    }
  }

  /// Whether `candidate` is shorter than `current` by more than rounding (a relative
  /// 10⁻¹²), so that zero-cost cycles do not count as improvements.
  @inline(__always)
  private static func improves(_ candidate: Double, on current: Double) -> Bool {
    guard candidate.isFinite else { return false }
    return !current.isFinite || candidate < current - 1e-12 * (1 + abs(current))
  }
}
