/// A weighted sum of variables plus a constant, such as `2x + 3y − 1`.
///
/// Build one with the arithmetic operators (`2 * x + 3 * y - 1`) or, in loops, with
/// ``add(_:coefficient:)``. A variable may appear more than once; its coefficients are
/// added up when the expression becomes part of a model.
public struct LinearExpression: Sendable {
  /// The variables and their coefficients, in the order they were added.
  public var terms: [(Variable, Double)]
  /// The constant part.
  public var constant: Double

  /// Creates the expression `Σ coefficient·variable + constant`.
  public init(terms: [(Variable, Double)] = [], constant: Double = 0) {
    self.terms = terms
    self.constant = constant
  }

  /// Creates the expression consisting of `variable` alone.
  public init(_ variable: Variable) {
    self.terms = [(variable, 1)]
    self.constant = 0
  }

  /// Adds `coefficient · variable` to the expression.
  public mutating func add(_ variable: Variable, coefficient: Double = 1) {
    terms.append((variable, coefficient))
  }

  /// Adds every term and the constant of `other` to the expression.
  public mutating func add(_ other: LinearExpression) {
    terms.append(contentsOf: other.terms)
    constant += other.constant
  }

  /// The expression multiplied by `factor`.
  public func scaled(by factor: Double) -> LinearExpression {
    LinearExpression(
      terms: terms.map { ($0.0, $0.1 * factor) }, constant: constant * factor)
  }
}

/// A linear constraint `lowerBound ≤ Σ coefficient·variable ≤ upperBound`.
///
/// Use `-Double.infinity` or `+Double.infinity` for a side without a limit. The
/// comparison operators build constraints from expressions: `x + y <= 2`,
/// `2 * x - y >= 1`, `x + y == 1`.
public struct LinearConstraint: Sendable {
  /// The variables and their coefficients; repeated variables are added up.
  public var terms: [(Variable, Double)]
  /// The smallest allowed value of the sum, or −∞.
  public var lowerBound: Double
  /// The largest allowed value of the sum, or +∞.
  public var upperBound: Double
  /// A name for model files; see ``LinearModel`` for how names are made safe.
  public var name: String

  /// Creates the constraint `lowerBound ≤ Σ terms ≤ upperBound`.
  public init(
    name: String = "", terms: [(Variable, Double)], lowerBound: Double = -.infinity,
    upperBound: Double = .infinity
  ) {
    self.name = name
    self.terms = terms
    self.lowerBound = lowerBound
    self.upperBound = upperBound
  }

  /// Creates the constraint `lowerBound ≤ expression ≤ upperBound`.
  ///
  /// The expression's constant is moved to the bounds.
  public init(
    name: String = "", _ expression: LinearExpression, lowerBound: Double = -.infinity,
    upperBound: Double = .infinity
  ) {
    self.name = name
    self.terms = expression.terms
    self.lowerBound = lowerBound - expression.constant
    self.upperBound = upperBound - expression.constant
  }
}
