import GLPK
import HubLocation

/// Finds the per-origin routing cuts an LP point violates (``PathFlowDuals``).
final class PathFlowSeparator {
  let data: MultipleAllocationData
  let position: [Int]
  let eta: [Int]
  private var duals: PathFlowDuals

  init(data: MultipleAllocationData, position: [Int], eta: [Int]) {
    self.data = data
    self.position = position
    self.eta = eta
    duals = PathFlowDuals(data: data)
  }

  /// The cuts violated at `values` by more than 10⁻⁷ (relative), or with `all`, every
  /// origin's cut.
  func cuts(at values: [Double], all: Bool = false) -> [LinearConstraint] {
    let support = data.hubs.compactMap { k -> (Int, Double)? in
      let y = values[position[k]]
      return y > 1e-9 ? (k, min(1, y)) : nil
    }
    guard !support.isEmpty else { return [] }
    var found: [LinearConstraint] = []
    var coefficients = [Double](repeating: 0, count: data.hubs.count)
    for i in 0..<data.n where eta[i] >= 0 {
      var constant = 0.0
      var total = 0.0
      for index in coefficients.indices { coefficients[index] = 0 }
      for (j, flow) in data.flows[i] {
        let (t, value) = duals.compute(origin: i, destination: j, support: support)
        constant += flow * t
        total += flow * value
        for (index, k) in data.hubs.enumerated() { coefficients[index] += flow * duals.combined[k] }
      }
      if all || total > values[eta[i]] + 1e-7 * max(1, abs(total)) {
        var terms: [(Variable, Double)] = coefficients.enumerated().compactMap {
          $0.element != 0 ? (Variable(index: $0.offset), $0.element) : nil
        }
        terms.append((Variable(index: eta[i]), 1))
        found.append(LinearConstraint(terms: terms, lowerBound: constant))
      }
    }
    return found
  }
}

extension PathFlowSeparator: CutSeparation {
  /// Adds the cuts violated at the session's LP solution and returns how many.
  func addViolatedCuts(to session: inout ProblemSession) throws -> Int {
    let cuts = cuts(at: session.values())
    guard !cuts.isEmpty else { return 0 }
    try session.addConstraints(cuts)
    return cuts.count
  }
}
