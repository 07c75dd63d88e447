/// A linear or mixed-integer optimisation model: variables with bounds and kinds,
/// sparse linear constraints and a linear objective.
///
/// A model is a plain value. Building one never touches GLPK, so it can be done on any
/// thread and shared freely; ``solve(_:options:callbacks:)`` copies it into a GLPK
/// problem object for the duration of one call.
///
/// ```swift
/// var model = LinearModel(sense: .maximize)
/// let x = model.addVariable(name: "x", kind: .binary, objective: 1)
/// let y = model.addVariable(name: "y", kind: .binary, objective: 2)
/// model.addConstraint(x + y <= 1, name: "pick_one")
/// let solution = try solve(model)
/// ```
///
/// ## Storage
///
/// Constraints are kept in compressed sparse row form: one array of column numbers and
/// one of coefficients for all rows, and the start of each row. Adding a row appends to
/// these arrays, so models with millions of nonzeros cost a few arrays, not one
/// allocation per row. Call ``reserveCapacity(variables:constraints:nonzeros:)`` first
/// when the size is known.
///
/// ## Rules
///
/// - A variable repeated within one constraint has its coefficients added up; zero
///   coefficients, given or resulting, are dropped.
/// - Binary variables have their bounds intersected with [0, 1]; integer and binary
///   bounds must be whole numbers or infinite.
/// - Coefficients, objective coefficients and the objective constant must be finite.
///
/// Breaking a rule does not stop the building: the first problem is kept and thrown by
/// ``validate()``, which solving and exporting call before any GLPK function.
///
/// ## Names
///
/// Names are optional and only used in model files. ``writeLP(_:to:)`` turns each into a
/// safe LP-format name: characters other than ASCII letters, digits, `_` and `.` become
/// `_`; a name that starts with a digit or `.`, or that is an LP keyword such as `st` or
/// `free`, gets a leading `_`; names are cut to 240 characters and made unique with a
/// `_2`, `_3`… suffix. Unnamed variables are written `x_<index>` and unnamed constraints
/// `c_<index>`, with the 0-based ``Variable/index`` and ``Constraint/index``.
public struct LinearModel: Sendable {
  /// The direction of optimisation.
  public enum Sense: Sendable, Hashable {
    /// Find the smallest objective value.
    case minimize
    /// Find the largest objective value.
    case maximize
  }

  /// A name for the model, written in the header of model files.
  public var name: String
  /// Whether the objective is minimised or maximised.
  public var sense: Sense
  /// A constant added to the objective.
  public var objectiveConstant: Double = 0

  // Variables (columns), one entry per variable.
  var columnNames: [String] = []
  var columnLowerBounds: [Double] = []
  var columnUpperBounds: [Double] = []
  var columnKinds: [VariableKind] = []
  var objectiveCoefficients: [Double] = []
  var integerColumnCount = 0

  // Constraints (rows) in compressed sparse row form: the entries of row i are at
  // rowStarts[i] ..< rowStarts[i + 1] of entryColumns (0-based) and entryCoefficients.
  var rowNames: [String] = []
  var rowLowerBounds: [Double] = []
  var rowUpperBounds: [Double] = []
  var rowStarts: [Int] = [0]
  var entryColumns: [Int32] = []
  var entryCoefficients: [Double] = []

  /// The first rule broken while building, thrown by `validate()`.
  var firstIssue: ModelError?
  /// How many rules were broken while building.
  var issueCount = 0

  /// Creates an empty model.
  public init(name: String = "", sense: Sense = .minimize) {
    self.name = name
    self.sense = sense
  }

  /// The number of variables.
  public var variableCount: Int { columnKinds.count }
  /// The number of integer and binary variables.
  public var integerVariableCount: Int { integerColumnCount }
  /// The number of constraints.
  public var constraintCount: Int { rowNames.count }
  /// The number of nonzero coefficients over all constraints.
  public var nonzeroCount: Int { entryColumns.count }
  /// Whether the model has integer or binary variables, and is solved by branch and cut.
  public var isMixedInteger: Bool { integerColumnCount > 0 }

  /// All variables, in index order.
  public var variables: [Variable] { (0..<variableCount).map(Variable.init(index:)) }

  /// Reserves storage for the given numbers of variables, constraints and nonzeros.
  public mutating func reserveCapacity(variables: Int, constraints: Int, nonzeros: Int) {
    columnNames.reserveCapacity(variables)
    columnLowerBounds.reserveCapacity(variables)
    columnUpperBounds.reserveCapacity(variables)
    columnKinds.reserveCapacity(variables)
    objectiveCoefficients.reserveCapacity(variables)
    rowNames.reserveCapacity(constraints)
    rowLowerBounds.reserveCapacity(constraints)
    rowUpperBounds.reserveCapacity(constraints)
    rowStarts.reserveCapacity(constraints + 1)
    entryColumns.reserveCapacity(nonzeros)
    entryCoefficients.reserveCapacity(nonzeros)
  }
}
