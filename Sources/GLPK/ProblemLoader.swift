/// Copies a validated ``LinearModel`` into a GLPK problem object.
enum ProblemLoader {
  /// Runs `body` with a new problem object holding `model`, and deletes it afterwards.
  ///
  /// The object is created, used and deleted on the calling thread, as GLPK requires. If
  /// GLPK reports an internal error the object is not deleted (GLPK has already freed it
  /// with the rest of the thread's environment) and ``SolverError/Kind/internalError``
  /// is thrown with GLPK's message.
  ///
  /// - Parameters:
  ///   - model: A model that passed ``LinearModel/validate()``.
  ///   - withNames: Whether to give the object safe names, which only model files need.
  static func withProblem<Result>(
    holding model: LinearModel, withNames: Bool, router: MessageRouter,
    _ body: (GLPKProblem) throws -> Result
  ) throws -> Result {
    let problem = GLPKCalls.createProblem()
    var isUsable = true
    defer { if isUsable { GLPKCalls.deleteProblem(problem) } }
    load(model, into: problem)
    if withNames { name(problem, after: model) }
    do {
      return try body(problem)
    } catch is GLPKEnvironmentLost {
      isUsable = false
      throw SolverError(
        .internalError,
        "GLPK stopped with an internal error (\(router.errorSummary)); the model passed "
          + "validation, so please report this with the model written by writeLP")
    }
  }

  private static func load(_ model: LinearModel, into problem: GLPKProblem) {
    GLPKCalls.setMaximize(problem, model.sense == .maximize)
    GLPKCalls.setObjectiveCoefficient(problem, 0, model.objectiveConstant)
    if model.variableCount > 0 {
      GLPKCalls.addColumns(problem, count: model.variableCount)
    }
    for column in 0..<model.variableCount {
      let number = Int32(column + 1)
      if model.columnKinds[column] != .continuous {
        GLPKCalls.setColumnInteger(problem, number)
      }
      GLPKCalls.setColumnBounds(
        problem, number, model.columnLowerBounds[column], model.columnUpperBounds[column])
      let coefficient = model.objectiveCoefficients[column]
      if coefficient != 0 { GLPKCalls.setObjectiveCoefficient(problem, number, coefficient) }
    }
    guard model.constraintCount > 0 else { return }
    GLPKCalls.addRows(problem, count: model.constraintCount)
    let longestRow = zip(model.rowStarts, model.rowStarts.dropFirst()).map { $1 - $0 }.max() ?? 0
    // GLPK reads entries 1...count, so slot 0 of the scratch arrays is unused.
    var columns = [Int32](repeating: 0, count: longestRow + 1)
    var values = [Double](repeating: 0, count: longestRow + 1)
    for row in 0..<model.constraintCount {
      let number = Int32(row + 1)
      GLPKCalls.setRowBounds(
        problem, number, model.rowLowerBounds[row], model.rowUpperBounds[row])
      let entries = model.rowStarts[row]..<model.rowStarts[row + 1]
      guard !entries.isEmpty else { continue }
      for (slot, entry) in entries.enumerated() {
        columns[slot + 1] = model.entryColumns[entry] + 1
        values[slot + 1] = model.entryCoefficients[entry]
      }
      GLPKCalls.setMatrixRow(
        problem, number, count: entries.count, columns: columns, values: values)
    }
  }

  private static func name(_ problem: GLPKProblem, after model: LinearModel) {
    if let name = LPNames.sanitized(model.name) {
      GLPKCalls.setProblemName(problem, name)
    }
    GLPKCalls.setObjectiveName(problem, LPNames.objectiveName)
    for (column, name) in LPNames.variableNames(of: model).enumerated() {
      GLPKCalls.setColumnName(problem, Int32(column + 1), name)
    }
    for (row, name) in LPNames.constraintNames(of: model).enumerated() {
      GLPKCalls.setRowName(problem, Int32(row + 1), name)
    }
  }
}
