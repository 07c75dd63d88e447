/// A variable (column) of a ``LinearModel``.
///
/// A variable is only its position in the model that created it. Use the value
/// ``LinearModel/addVariable(name:lowerBound:upperBound:kind:objective:)`` returns; a
/// variable taken from another model refers to whatever sits at the same position, or
/// to nothing, which ``LinearModel/validate()`` reports.
public struct Variable: Hashable, Sendable {
  /// The 0-based position of the variable, in the order the variables were added.
  ///
  /// It is also the position of the variable's value in ``Solution/values`` and in
  /// ``RelaxationPoint/values``.
  public let index: Int

  /// Creates a reference to the variable at `index`.
  public init(index: Int) {
    self.index = index
  }
}

/// The values a variable may take.
public enum VariableKind: Sendable, Hashable {
  /// Any real number between the bounds.
  case continuous
  /// A whole number between the bounds, which must themselves be whole or infinite.
  case integer
  /// 0 or 1; the variable's bounds are intersected with [0, 1].
  case binary
}

/// A constraint (row) of a ``LinearModel``.
///
/// Like ``Variable``, a constraint is only its position in the model that created it.
public struct Constraint: Hashable, Sendable {
  /// The 0-based position of the constraint, in the order the constraints were added.
  ///
  /// It is also the position of the constraint's activity in
  /// ``Solution/constraintActivities``.
  public let index: Int

  /// Creates a reference to the constraint at `index`.
  public init(index: Int) {
    self.index = index
  }
}
