/// A variable to add to a ``ProblemSession`` together with its coefficients in the
/// constraints the session already holds (column generation).
public struct LinearColumn: Sendable {
  /// The smallest allowed value, or −∞.
  public var lowerBound: Double
  /// The largest allowed value, or +∞.
  public var upperBound: Double
  /// Continuous, integer or binary.
  public var kind: VariableKind
  /// The objective coefficient.
  public var objective: Double
  /// The coefficients in existing constraints, each constraint at most once.
  public var entries: [(Constraint, Double)]

  /// Creates a column.
  public init(
    lowerBound: Double = 0, upperBound: Double = .infinity, kind: VariableKind = .continuous,
    objective: Double = 0, entries: [(Constraint, Double)]
  ) {
    self.lowerBound = lowerBound
    self.upperBound = upperBound
    self.kind = kind
    self.objective = objective
    self.entries = entries
  }
}
