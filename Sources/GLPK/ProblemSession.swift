import CGLPK

/// Runs `body` with a GLPK problem that holds `model` and stays loaded for the whole call,
/// for algorithms that solve, change and solve again: cutting-plane loops, row deletion,
/// variable fixing by reduced costs, then branch and cut on the same problem.
///
/// The problem object is created, used and deleted on the calling thread within this call,
/// as GLPK requires; the session cannot outlive `body`. Every change is checked in Swift
/// before it reaches GLPK, so no argument can make GLPK abort the process. Output goes to
/// `messages`.
///
/// ```swift
/// let bound = try withProblemSession(model) { session in
///   var outcome = try session.solveRelaxation()
///   while let cut = separate(session.values()) {
///     try session.addConstraints([cut])
///     outcome = try session.solveRelaxation(method: .dual)
///   }
///   return outcome.objective
/// }
/// ```
///
/// - Throws: ``ModelError`` if `model` is invalid; whatever `body` throws, unchanged;
///   ``SolverError/Kind/internalError`` if GLPK failed internally.
public func withProblemSession<Result>(
  _ model: LinearModel, messages: SolverMessages = .silent,
  _ body: (inout ProblemSession) throws -> Result
) throws -> Result {
  try model.validate()
  return try GLPKEnvironment.withThreadEnvironment(messages: messages) { router in
    try ProblemLoader.withProblem(holding: model, withNames: false, router: router) { problem in
      var session = ProblemSession(
        model: model, problem: problem, router: router, messages: messages)
      return try body(&session)
    }
  }
}

/// A GLPK problem kept loaded during ``withProblemSession(_:messages:_:)``.
///
/// The session mirrors the problem in ``model``: constraints added or removed and bounds
/// changed here are changed in both, so constraint and variable positions always agree
/// with GLPK's rows and columns.
public struct ProblemSession: ~Copyable {
  /// The model as the problem now holds it.
  public internal(set) var model: LinearModel
  let problem: GLPKProblem
  let router: MessageRouter
  let messages: SolverMessages

  init(model: LinearModel, problem: GLPKProblem, router: MessageRouter, messages: SolverMessages) {
    self.model = model
    self.problem = problem
    self.router = router
    self.messages = messages
  }

  // MARK: - Changes

  /// Adds constraints and returns them, in order.
  ///
  /// - Throws: ``ModelError`` for the first constraint that breaks a rule of
  ///   ``LinearModel`` (an unknown variable, a non-finite coefficient, bad bounds); no
  ///   constraint is added then.
  @discardableResult
  public mutating func addConstraints(_ constraints: [LinearConstraint]) throws -> [Constraint] {
    let first = model.constraintCount
    let issues = model.issueState
    for constraint in constraints { model.addConstraint(constraint) }
    if model.issueState.count != issues.count {
      let issue = model.issueState.first ?? ModelError(.invalidBounds, "invalid constraint")
      model.truncateConstraints(to: first)
      model.issueState = issues
      throw issue
    }
    guard model.constraintCount > first else { return [] }
    GLPKCalls.addRows(problem, count: model.constraintCount - first)
    var columns: [Int32] = [0]
    var values: [Double] = [0]
    for row in first..<model.constraintCount {
      let constraint = Constraint(index: row)
      let (lower, upper) = model.bounds(of: constraint)
      GLPKCalls.setRowBounds(problem, Int32(row + 1), lower, upper)
      let terms = model.terms(of: constraint)
      guard !terms.isEmpty else { continue }
      // GLPK reads entries 1...count, so slot 0 is unused.
      columns.removeSubrange(1...)
      values.removeSubrange(1...)
      for (variable, coefficient) in terms {
        columns.append(Int32(variable.index + 1))
        values.append(coefficient)
      }
      GLPKCalls.setMatrixRow(
        problem, Int32(row + 1), count: terms.count, columns: columns, values: values)
    }
    return (first..<model.constraintCount).map(Constraint.init(index:))
  }

  /// Removes constraints; the others keep their order and move up, in ``model`` and in
  /// GLPK alike.
  ///
  /// Removing constraints that are basic (``BasisStatus/basic``, slack at the current LP
  /// solution) keeps the basis, so the next dual simplex solve starts warm. If a removed
  /// constraint was not basic, the next solve starts from GLPK's standard basis.
  ///
  /// - Throws: ``SolverError/Kind/invalidOptions`` for a constraint out of range or listed
  ///   twice; nothing is removed then.
  public mutating func removeConstraints(_ constraints: [Constraint]) throws {
    var rows = Set<Int>()
    for constraint in constraints {
      guard constraint.index >= 0 && constraint.index < model.constraintCount else {
        throw SolverError(
          .invalidOptions,
          "cannot remove constraint #\(constraint.index): the session has "
            + "\(model.constraintCount) constraints; use the Constraint values it returned")
      }
      guard rows.insert(constraint.index).inserted else {
        throw SolverError(
          .invalidOptions,
          "constraint #\(constraint.index) is listed twice for removal; list each once")
      }
    }
    guard !rows.isEmpty else { return }
    let keepsBasis = rows.allSatisfy { basisStatus(of: Constraint(index: $0)) == .basic }
    let glpkRows: [Int32] = [0] + rows.sorted().map { Int32($0 + 1) }
    GLPKCalls.deleteRows(problem, count: rows.count, rows: glpkRows)
    model.removeConstraints(at: rows)
    if !keepsBasis { GLPKCalls.standardBasis(problem) }
  }

  /// Changes the bounds of `variable`, for example to fix it.
  ///
  /// - Throws: ``ModelError`` if the bounds break a rule (NaN, lower above upper, a
  ///   fractional bound on an integer variable, bounds of a binary that exclude 0 and 1);
  ///   nothing is changed then.
  public mutating func setBounds(of variable: Variable, lower: Double, upper: Double) throws {
    let issues = model.issueState
    guard variable.index >= 0 && variable.index < model.variableCount else {
      model.setBounds(of: variable, lower: lower, upper: upper)
      let issue = model.issueState.first
      model.issueState = issues
      throw issue ?? ModelError(.unknownVariable, "unknown variable #\(variable.index)")
    }
    let previous = (model.lowerBound(of: variable), model.upperBound(of: variable))
    model.setBounds(of: variable, lower: lower, upper: upper)
    if model.issueState.count != issues.count {
      let issue = model.issueState.first
      model.issueState = issues
      model.setBounds(of: variable, lower: previous.0, upper: previous.1)
      model.issueState = issues
      throw issue ?? ModelError(.invalidBounds, "invalid bounds")
    }
    GLPKCalls.setColumnBounds(
      problem, Int32(variable.index + 1), model.lowerBound(of: variable),
      model.upperBound(of: variable))
  }

  // MARK: - Solving

  /// Solves the LP relaxation (integer kinds ignored) from the current basis.
  ///
  /// - Parameters:
  ///   - method: The primal simplex, or the dual simplex, which suits re-solving after
  ///     constraints were added or bounds tightened (GLPK falls back to the primal when
  ///     the basis is not dual feasible).
  ///   - timeLimit: A wall-clock budget, or nil.
  /// - Returns: The termination and, when the LP solution is feasible, its objective.
  public mutating func solveRelaxation(method: SimplexMethod = .primal, timeLimit: Duration? = nil)
    throws -> RelaxationOutcome
  {
    if let timeLimit, timeLimit < .zero {
      throw SolverError(.invalidOptions, "timeLimit is \(timeLimit); use a duration ≥ 0 or nil")
    }
    let level = SolverOptions(messages: messages).glpkMessageLevel
    var parameters =
      method == .dual
      ? GLPKCalls.dualSimplexParameters(messageLevel: level)
      : GLPKCalls.simplexParameters(messageLevel: level)
    if let timeLimit { parameters.tm_lim = timeLimit.glpkMilliseconds }
    let returnCode = try GLPKCalls.simplex(problem, parameters)
    let termination = StatusMapping.simplexTermination(
      returnCode: returnCode, status: GLPKCalls.simplexStatus(problem))
    let feasible =
      termination != .unbounded
      && StatusMapping.isFeasibleBasicSolution(GLPKCalls.simplexPrimalStatus(problem))
    return RelaxationOutcome(
      termination: termination,
      objective: feasible ? GLPKCalls.simplexObjective(problem) : nil)
  }

  /// Solves the problem as it now stands by branch and cut, from the current LP basis.
  ///
  /// GLPK's presolver is always off here (``SolverOptions/presolve`` is ignored), and
  /// output goes where the session's goes (``SolverOptions/messages`` is ignored), so the
  /// callbacks see the session's variables and rows. The result is read as
  /// ``solve(_:options:callbacks:)`` reads it: termination, solution, bound and gap. Lazy
  /// constraints added by callbacks are gone from the problem afterwards.
  ///
  /// - Throws: as ``solve(_:options:callbacks:)``.
  public mutating func solveMixedInteger(
    options: SolverOptions = SolverOptions(), callbacks: SolverCallbacks? = nil
  ) throws -> Solution {
    try options.validate()
    var options = options
    options.presolve = false
    options.lpExportPath = nil
    options.messages = messages
    let clock = ContinuousClock()
    let run = SolveRun(
      model: model, options: options, callbacks: callbacks, problem: problem, router: router,
      clock: clock, start: clock.now)
    let solution = try run.solveMixedInteger()
    let extra = GLPKCalls.rowCount(problem) - model.constraintCount
    if extra > 0 {
      let rows: [Int32] =
        [0]
        + (model.constraintCount..<(model.constraintCount + extra)).map {
          Int32($0 + 1)
        }
      GLPKCalls.deleteRows(problem, count: extra, rows: rows)
    }
    return solution
  }

  // MARK: - Reading the LP solution

  /// The value of every variable in the last LP solution, in index order.
  public func values() -> [Double] {
    (0..<model.variableCount).map { GLPKCalls.simplexColumnValue(problem, Int32($0 + 1)) }
  }

  /// The reduced cost of every variable in the last LP solution, in index order.
  public func reducedCosts() -> [Double] {
    (0..<model.variableCount).map { GLPKCalls.simplexReducedCost(problem, Int32($0 + 1)) }
  }

  /// The dual value of every constraint in the last LP solution, in index order.
  public func duals() -> [Double] {
    (0..<model.constraintCount).map { GLPKCalls.simplexRowDual(problem, Int32($0 + 1)) }
  }

  /// The basis status of `constraint` (its slack) in the current basis.
  public func basisStatus(of constraint: Constraint) -> BasisStatus {
    guard constraint.index >= 0 && constraint.index < model.constraintCount else {
      return .unknown
    }
    return BasisStatus(glpk: GLPKCalls.rowBasisStatus(problem, Int32(constraint.index + 1)))
  }

  /// The basis status of `variable` in the current basis.
  public func basisStatus(of variable: Variable) -> BasisStatus {
    guard variable.index >= 0 && variable.index < model.variableCount else { return .unknown }
    return BasisStatus(glpk: GLPKCalls.columnBasisStatus(problem, Int32(variable.index + 1)))
  }
}

/// The simplex variant of ``ProblemSession/solveRelaxation(method:timeLimit:)``.
public enum SimplexMethod: Sendable, Hashable {
  /// The primal simplex method.
  case primal
  /// The dual simplex method, falling back to the primal when the basis is not dual
  /// feasible.
  case dual
}

/// The result of an LP solve in a session.
public struct RelaxationOutcome: Sendable, Hashable {
  /// Why the simplex method stopped.
  public var termination: Termination
  /// The objective of the LP solution when it is feasible, else nil.
  public var objective: Double?
}

/// Where a variable or a constraint's slack stands in the simplex basis.
public enum BasisStatus: Sendable, Hashable {
  /// Basic.
  case basic
  /// Non-basic at its lower bound.
  case atLower
  /// Non-basic at its upper bound.
  case atUpper
  /// Non-basic and free (no bounds).
  case free
  /// Non-basic and fixed (equal bounds).
  case fixed
  /// Not a variable or constraint of the session.
  case unknown

  init(glpk status: Int32) {
    switch status {
    case GLP_BS: self = .basic
    case GLP_NL: self = .atLower
    case GLP_NU: self = .atUpper
    case GLP_NF: self = .free
    case GLP_NS: self = .fixed
    default: self = .unknown
    }
  }
}
