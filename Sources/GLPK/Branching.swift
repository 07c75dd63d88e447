/// A fractional node's LP point handed to the branching callback.
public struct BranchingPoint: Sendable {
  /// The node's LP solution.
  public let relaxation: RelaxationPoint
  /// The integer and binary variables GLPK may branch on at this node (fractional
  /// values), in index order.
  public let candidates: [Variable]

  /// The value of `variable` at the point.
  public func value(of variable: Variable) -> Double { relaxation.value(of: variable) }
}

/// The branching callback's choice: a variable and which child GLPK explores first.
public struct BranchChoice: Sendable, Hashable {
  /// Which child of the branch GLPK explores first.
  public enum Direction: Sendable, Hashable {
    /// The child with the variable rounded up.
    case up
    /// The child with the variable rounded down.
    case down
    /// GLPK's own choice (its backtracking rule decides).
    case automatic
  }

  /// The variable to branch on; one of ``BranchingPoint/candidates``.
  public var variable: Variable
  /// The child explored first.
  public var direction: Direction

  /// Creates a choice.
  public init(variable: Variable, direction: Direction = .automatic) {
    self.variable = variable
    self.direction = direction
  }
}
