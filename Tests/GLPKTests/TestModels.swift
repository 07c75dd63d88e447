import CorridorRandom
import GLPK

/// Small models with answers known by hand or by exhaustive search.
enum TestModels {
  /// Maximise 3x + 2y subject to x + y ≤ 4, x + 3y ≤ 6 and x ≤ 3: optimum 11 at (3, 1).
  static func productionLP() -> (model: LinearModel, x: Variable, y: Variable) {
    var model = LinearModel(name: "production", sense: .maximize)
    let x = model.addVariable(name: "x", upperBound: 3, objective: 3)
    let y = model.addVariable(name: "y", objective: 2)
    model.addConstraint(x + y <= 4, name: "labour")
    model.addConstraint(x + 3 * y <= 6, name: "material")
    return (model, x, y)
  }

  /// A 0-1 knapsack: weights 12, 2, 1, 1, 4, values 4, 2, 1, 2, 10, capacity 15.
  ///
  /// The optimum is 15 (every item but the first); the LP relaxation is fractional,
  /// 17 7/12, so branch and cut calls the heuristic callback at the root.
  static func smallKnapsack() -> LinearModel {
    knapsack(weights: [12, 2, 1, 1, 4], values: [4, 2, 1, 2, 10], capacity: 15)
  }

  /// A 0-1 knapsack maximising value within the capacity.
  static func knapsack(weights: [Int], values: [Int], capacity: Int) -> LinearModel {
    var model = LinearModel(name: "knapsack", sense: .maximize)
    let items = zip(weights, values).enumerated().map { item, pair in
      (model.addVariable(name: "take_\(item)", kind: .binary, objective: Double(pair.1)), pair.0)
    }
    model.addConstraint(
      name: "capacity", terms: items.map { ($0.0, Double($0.1)) }, upperBound: Double(capacity))
    return model
  }

  /// The optimum of a 0-1 knapsack by dynamic programming over the capacity.
  static func knapsackOptimum(weights: [Int], values: [Int], capacity: Int) -> Int {
    var best = [Int](repeating: 0, count: capacity + 1)
    for (weight, value) in zip(weights, values) where weight <= capacity {
      for room in stride(from: capacity, through: weight, by: -1) {
        best[room] = max(best[room], best[room - weight] + value)
      }
    }
    return best[capacity]
  }

  /// A deterministic knapsack instance from `seed`.
  static func randomKnapsack(seed: UInt64, items: Int) -> (
    weights: [Int], values: [Int], capacity: Int
  ) {
    var generator = SplitMix64(state: seed)
    let weights = (0..<items).map { _ in Int(generator.next() % 40) + 5 }
    let values = (0..<items).map { _ in Int(generator.next() % 60) + 1 }
    return (weights, values, weights.reduce(0, +) / 2)
  }

  /// Jeroslow's problem: min Σx over binaries with Σ2x = n for odd n.
  ///
  /// It is infeasible, but branch and bound without cuts must explore about 2^(n/2)
  /// nodes to prove it, and never finds an integer solution on the way.
  static func jeroslow(variables n: Int) -> LinearModel {
    var model = LinearModel(name: "jeroslow")
    let x = (0..<n).map { model.addVariable(name: "x\($0)", kind: .binary, objective: 1) }
    model.addConstraint(
      name: "parity", terms: x.map { ($0, 2) }, lowerBound: Double(n), upperBound: Double(n))
    return model
  }

  /// A market-split instance (Cornuéjols and Dawande) with slack variables: hard for
  /// branch and bound, though feasible solutions with positive slack are easy to find.
  static func marketSplit(rows: Int, columns: Int, seed: UInt64) -> LinearModel {
    var generator = SplitMix64(state: seed)
    var model = LinearModel(name: "market_split")
    let x = (0..<columns).map { model.addVariable(name: "x\($0)", kind: .binary) }
    for row in 0..<rows {
      let coefficients = (0..<columns).map { _ in Double(generator.next() % 100) }
      let target = (coefficients.reduce(0, +) / 2).rounded(.down)
      let over = model.addVariable(name: "over\(row)", objective: 1)
      let under = model.addVariable(name: "under\(row)", objective: 1)
      var expression = LinearExpression(terms: Array(zip(x, coefficients)))
      expression += over
      expression.add(under, coefficient: -1)
      model.addConstraint(expression == target, name: "split\(row)")
    }
    return model
  }
}
