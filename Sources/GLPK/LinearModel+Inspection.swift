// Read access to what a model holds.

extension LinearModel {
  /// The name given to `variable`, or "" when it has none.
  public func name(of variable: Variable) -> String { columnNames[variable.index] }

  /// The kind of `variable`.
  public func kind(of variable: Variable) -> VariableKind { columnKinds[variable.index] }

  /// The lower bound of `variable`; for a binary variable, after intersecting with [0, 1].
  public func lowerBound(of variable: Variable) -> Double { columnLowerBounds[variable.index] }

  /// The upper bound of `variable`; for a binary variable, after intersecting with [0, 1].
  public func upperBound(of variable: Variable) -> Double { columnUpperBounds[variable.index] }

  /// The objective coefficient of `variable`.
  public func objectiveCoefficient(of variable: Variable) -> Double {
    objectiveCoefficients[variable.index]
  }

  /// The name given to `constraint`, or "" when it has none.
  public func name(of constraint: Constraint) -> String { rowNames[constraint.index] }

  /// The bounds of `constraint`.
  public func bounds(of constraint: Constraint) -> (lower: Double, upper: Double) {
    (rowLowerBounds[constraint.index], rowUpperBounds[constraint.index])
  }

  /// The terms of `constraint` as stored: repeated variables merged and zeros dropped.
  public func terms(of constraint: Constraint) -> [(Variable, Double)] {
    let entries = rowStarts[constraint.index]..<rowStarts[constraint.index + 1]
    return entries.map { (Variable(index: Int(entryColumns[$0])), entryCoefficients[$0]) }
  }

  /// The value of the constraint's sum at `values`, one value per variable.
  func activity(ofRow row: Int, at values: [Double]) -> Double {
    var sum = 0.0
    for entry in rowStarts[row]..<rowStarts[row + 1] {
      sum += entryCoefficients[entry] * values[Int(entryColumns[entry])]
    }
    return sum
  }

  /// The objective value at `values`, one value per variable.
  func objectiveValue(at values: [Double]) -> Double {
    var sum = objectiveConstant
    for (coefficient, value) in zip(objectiveCoefficients, values) where coefficient != 0 {
      sum += coefficient * value
    }
    return sum
  }

  /// How the variable at `column` appears in messages: its name and index.
  func describeVariable(_ column: Int) -> String {
    let name = column < columnNames.count ? columnNames[column] : ""
    return name.isEmpty ? "variable #\(column)" : "variable '\(name)' (#\(column))"
  }

  /// How the constraint at `row` appears in messages: its name and index.
  func describeConstraint(_ row: Int, name: String? = nil) -> String {
    let name = name ?? (row < rowNames.count ? rowNames[row] : "")
    return name.isEmpty ? "constraint #\(row)" : "constraint '\(name)' (#\(row))"
  }
}
