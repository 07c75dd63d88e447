import CGLPK

extension ProblemSession {
  /// Adds variables with their coefficients in the constraints already present and returns
  /// them, in order.
  ///
  /// The new variables enter nonbasic at their lower bound, so a primal feasible basis
  /// stays primal feasible (when the lower bounds are 0) and the next solve starts warm.
  ///
  /// - Throws: ``ModelError`` for a column that breaks a rule (bad bounds, a non-finite
  ///   coefficient, an unknown or repeated constraint); nothing is added then.
  @discardableResult
  public mutating func addVariables(_ columns: [LinearColumn]) throws -> [Variable] {
    let rowCount = model.constraintCount
    for column in columns {
      var seen = Set<Int>()
      for (constraint, coefficient) in column.entries {
        guard constraint.index >= 0 && constraint.index < rowCount,
          seen.insert(constraint.index).inserted
        else {
          throw ModelError(
            .unknownVariable,
            "a new variable refers to constraint #\(constraint.index) twice or out of range "
              + "(the session has \(rowCount) constraints)")
        }
        guard coefficient.isFinite else {
          throw ModelError(.notFinite, "a new variable has the coefficient \(coefficient)")
        }
      }
    }
    guard !columns.isEmpty else { return [] }
    let issues = model.issueState
    let first = model.variableCount
    var added: [Variable] = []
    for column in columns {
      added.append(
        model.addVariable(
          lowerBound: column.lowerBound, upperBound: column.upperBound, kind: column.kind,
          objective: column.objective))
    }
    if model.issueState.count != issues.count {
      let issue = model.issueState.first ?? ModelError(.invalidBounds, "invalid variable")
      model.truncateVariables(to: first)
      model.issueState = issues
      throw issue
    }
    var byRow: [Int: [(column: Int32, coefficient: Double)]] = [:]
    for (offset, column) in columns.enumerated() {
      for (constraint, coefficient) in column.entries {
        byRow[constraint.index, default: []].append((Int32(first + offset), coefficient))
      }
    }
    model.appendColumnEntries(byRow)
    GLPKCalls.addColumns(problem, count: columns.count)
    var rows: [Int32] = [0]
    var values: [Double] = [0]
    for (offset, column) in columns.enumerated() {
      let index = first + offset
      let number = Int32(index + 1)
      if model.columnKinds[index] != .continuous { GLPKCalls.setColumnInteger(problem, number) }
      GLPKCalls.setColumnBounds(
        problem, number, model.columnLowerBounds[index], model.columnUpperBounds[index])
      GLPKCalls.setObjectiveCoefficient(problem, number, model.objectiveCoefficients[index])
      let entries = column.entries.filter { $0.1 != 0 }
      guard !entries.isEmpty else { continue }
      rows.removeSubrange(1...)
      values.removeSubrange(1...)
      for (constraint, coefficient) in entries {
        rows.append(Int32(constraint.index + 1))
        values.append(coefficient)
      }
      GLPKCalls.setMatrixColumn(
        problem, number, count: entries.count, rows: rows, values: values)
    }
    return added
  }
}
