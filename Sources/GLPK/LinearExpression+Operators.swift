// Arithmetic on variables and expressions, and comparisons that build constraints.

extension LinearExpression {
  /// The sum of two expressions.
  public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    var sum = lhs
    sum.add(rhs)
    return sum
  }

  /// The expression plus a variable.
  public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
    var sum = lhs
    sum.add(rhs)
    return sum
  }

  /// A variable plus an expression.
  public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
    LinearExpression(lhs) + rhs
  }

  /// The expression plus a constant.
  public static func + (lhs: LinearExpression, rhs: Double) -> LinearExpression {
    var sum = lhs
    sum.constant += rhs
    return sum
  }

  /// The difference of two expressions.
  public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    lhs + rhs.scaled(by: -1)
  }

  /// The expression minus a variable.
  public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
    var difference = lhs
    difference.add(rhs, coefficient: -1)
    return difference
  }

  /// A variable minus an expression.
  public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
    LinearExpression(lhs) - rhs
  }

  /// The expression minus a constant.
  public static func - (lhs: LinearExpression, rhs: Double) -> LinearExpression {
    lhs + -rhs
  }

  /// The negated expression.
  public static prefix func - (operand: LinearExpression) -> LinearExpression {
    operand.scaled(by: -1)
  }

  /// The expression multiplied by a constant.
  public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
    rhs.scaled(by: lhs)
  }

  /// Adds an expression in place.
  public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
    lhs.add(rhs)
  }

  /// Adds a variable in place.
  public static func += (lhs: inout LinearExpression, rhs: Variable) {
    lhs.add(rhs)
  }

  /// The constraint `lhs ≤ rhs`.
  public static func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, upperBound: rhs)
  }

  /// The constraint `lhs ≥ rhs`.
  public static func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, lowerBound: rhs)
  }

  /// The constraint `lhs = rhs`.
  public static func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, lowerBound: rhs, upperBound: rhs)
  }

  /// The constraint `lhs ≤ rhs`, with every variable moved to the left.
  public static func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    lhs - rhs <= 0
  }

  /// The constraint `lhs ≥ rhs`, with every variable moved to the left.
  public static func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    lhs - rhs >= 0
  }

  /// The constraint `lhs = rhs`, with every variable moved to the left.
  public static func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    lhs - rhs == 0
  }
}

extension Variable {
  /// The sum of two variables.
  public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
    LinearExpression(terms: [(lhs, 1), (rhs, 1)])
  }

  /// The variable plus a constant.
  public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
    LinearExpression(terms: [(lhs, 1)], constant: rhs)
  }

  /// The difference of two variables.
  public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
    LinearExpression(terms: [(lhs, 1), (rhs, -1)])
  }

  /// The variable minus a constant.
  public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
    LinearExpression(terms: [(lhs, 1)], constant: -rhs)
  }

  /// The negated variable.
  public static prefix func - (operand: Variable) -> LinearExpression {
    LinearExpression(terms: [(operand, -1)])
  }

  /// The variable multiplied by a constant.
  public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
    LinearExpression(terms: [(rhs, lhs)])
  }

  /// The variable multiplied by a constant.
  public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
    LinearExpression(terms: [(lhs, rhs)])
  }

  /// The constraint `lhs ≤ rhs`.
  public static func <= (lhs: Variable, rhs: Double) -> LinearConstraint {
    LinearExpression(lhs) <= rhs
  }

  /// The constraint `lhs ≥ rhs`.
  public static func >= (lhs: Variable, rhs: Double) -> LinearConstraint {
    LinearExpression(lhs) >= rhs
  }

  /// The constraint `lhs = rhs`.
  public static func == (lhs: Variable, rhs: Double) -> LinearConstraint {
    LinearExpression(lhs) == rhs
  }
}
