/// The tolerance this layer uses when it checks points itself: heuristic solutions before
/// GLPK takes them, and LP points against lazy constraints.
enum FeasibilityCheck {
  /// The relative tolerance: a value may pass a bound by 10⁻⁶·max(1, |bound|).
  static let relativeTolerance = 1e-6

  /// How far integer values may be from a whole number before they count as fractional.
  static let integralityTolerance = 1e-6

  /// GLPK's integrality tolerance (`tol_int`), used to report ``RelaxationPoint/isIntegral``.
  static let glpkIntegralityTolerance = 1e-5

  /// Whether `value` lies within `lower ... upper`, up to the tolerance.
  static func isWithin(_ value: Double, lower: Double, upper: Double) -> Bool {
    value >= lower - relativeTolerance * Swift.max(1, lower.magnitude)
      && value <= upper + relativeTolerance * Swift.max(1, upper.magnitude)
  }
}

/// A lazy constraint returned by a callback, checked and merged like a model row.
struct LazyRow {
  /// 0-based variable indices, distinct.
  private(set) var columns: [Int32] = []
  private(set) var coefficients: [Double] = []
  let lowerBound: Double
  let upperBound: Double

  /// Checks `constraint` against the model it is meant for.
  ///
  /// - Throws: ``SolverError/Kind/invalidCallbackResult`` naming the constraint by its
  ///   name or its position in the returned array.
  init(_ constraint: LinearConstraint, position: Int, model: LinearModel) throws {
    let label =
      constraint.name.isEmpty
      ? "lazy constraint #\(position)" : "lazy constraint '\(constraint.name)' (#\(position))"
    lowerBound = constraint.lowerBound
    upperBound = constraint.upperBound
    for (variable, coefficient) in constraint.terms {
      guard variable.index >= 0 && variable.index < model.variableCount else {
        throw SolverError(
          .invalidCallbackResult,
          "\(label) refers to variable #\(variable.index), but the model has "
            + "\(model.variableCount) variables; use the model's own Variable values")
      }
      guard coefficient.isFinite else {
        throw SolverError(
          .invalidCallbackResult,
          "\(label) gives \(model.describeVariable(variable.index)) the coefficient "
            + "\(coefficient); coefficients must be finite numbers")
      }
      guard coefficient != 0 else { continue }
      columns.append(Int32(truncatingIfNeeded: variable.index))
      coefficients.append(coefficient)
    }
    if let column = ModelRules.mergeRepeatedColumns(&columns, &coefficients, from: 0) {
      throw SolverError(
        .invalidCallbackResult,
        "\(label): the coefficients of \(model.describeVariable(Int(column))) add up to a "
          + "number too large to represent; rescale the constraint")
    }
    if let problem = ModelRules.boundsProblem(lower: lowerBound, upper: upperBound) {
      throw SolverError(.invalidCallbackResult, "\(label) \(problem)")
    }
  }

  /// Whether `values`, one per variable, break the constraint beyond the tolerance.
  func isViolated(by values: [Double]) -> Bool {
    var activity = 0.0
    for (column, coefficient) in zip(columns, coefficients) {
      activity += coefficient * values[Int(column)]
    }
    return !FeasibilityCheck.isWithin(activity, lower: lowerBound, upper: upperBound)
  }

  /// Appends the constraint to GLPK's problem as a new row.
  func add(to problem: GLPKProblem) {
    let row = GLPKCalls.addRows(problem, count: 1)
    GLPKCalls.setRowBounds(problem, row, lowerBound, upperBound)
    guard !columns.isEmpty else { return }
    // GLPK reads entries 1...count, so slot 0 is unused.
    let glpkColumns: [Int32] = [0] + columns.map { $0 + 1 }
    let glpkValues: [Double] = [0] + coefficients
    GLPKCalls.setMatrixRow(
      problem, row, count: columns.count, columns: glpkColumns, values: glpkValues)
  }
}
