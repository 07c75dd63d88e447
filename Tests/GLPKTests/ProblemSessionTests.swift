import GLPK
import Testing

@Suite("Problem sessions: cut loops, duals, row removal and branch and cut on one problem")
struct ProblemSessionTests {
  @Test("a cut loop tightens the LP, re-solved warm with the dual simplex")
  func cutLoop() throws {
    var model = LinearModel()
    let x = model.addVariable(upperBound: 2, objective: -2)
    let y = model.addVariable(upperBound: 2, objective: -1)
    let objectives = try withProblemSession(model) { session in
      var found: [Double] = []
      var outcome = try session.solveRelaxation()
      found.append(try #require(outcome.objective))
      // Separation: x + y <= 3, then x <= 1, each only while violated.
      let cuts = [x + y <= 3, LinearConstraint(LinearExpression(x), upperBound: 1)]
      for cut in cuts {
        let point = session.values()
        let activity = cut.terms.reduce(0) { $0 + $1.1 * point[$1.0.index] }
        guard activity > cut.upperBound + 1e-9 else { continue }
        try session.addConstraints([cut])
        outcome = try session.solveRelaxation(method: .dual)
        #expect(outcome.termination == .optimal)
        found.append(try #require(outcome.objective))
      }
      #expect(session.values()[x.index].isApproximately(1))
      #expect(session.values()[y.index].isApproximately(2))
      #expect(session.model.constraintCount == 2)
      return found
    }
    // (2, 2) → x + y <= 3 gives (2, 1) → x <= 1 gives (1, 2).
    #expect(objectives.count == 3)
    guard objectives.count == 3 else { return }
    #expect(objectives[0].isApproximately(-6))
    #expect(objectives[1].isApproximately(-5))
    #expect(objectives[2].isApproximately(-4))
  }

  @Test("reduced costs, duals and basis statuses of a hand-solved LP")
  func reducedCosts() throws {
    // min 2x + 3y  s.t.  x + y >= 1: x = 1, y = 0; the row's dual is 2, y's reduced cost 1.
    var model = LinearModel()
    let x = model.addVariable(objective: 2)
    let y = model.addVariable(objective: 3)
    let row = model.addConstraint(x + y >= 1)
    try withProblemSession(model) { session in
      let outcome = try session.solveRelaxation()
      #expect(try #require(outcome.objective).isApproximately(2))
      let reduced = session.reducedCosts()
      #expect(reduced[x.index].isApproximately(0))
      #expect(reduced[y.index].isApproximately(1))
      #expect(session.duals()[row.index].isApproximately(2))
      #expect(session.basisStatus(of: x) == .basic)
      #expect(session.basisStatus(of: y) == .atLower)
      #expect(session.basisStatus(of: row) == .atLower)
      #expect(session.basisStatus(of: Variable(index: 9)) == .unknown)
    }
  }

  @Test("removing slack rows keeps the optimum; removing a tight row relaxes it")
  func removeRows() throws {
    var model = LinearModel()
    let x = model.addVariable(upperBound: 5, objective: -1)
    let y = model.addVariable(upperBound: 5, objective: -1)
    try withProblemSession(model) { session in
      let rows = try session.addConstraints([x + y <= 4, x + y <= 8, x <= 3])
      #expect(try #require(session.solveRelaxation().objective).isApproximately(-4))
      #expect(session.basisStatus(of: rows[1]) == .basic)
      try session.removeConstraints([rows[1]])
      #expect(session.model.constraintCount == 2)
      let warm = try session.solveRelaxation(method: .dual)
      #expect(try #require(warm.objective).isApproximately(-4))
      // The first row is tight; without it the optimum is x = 3, y = 5.
      try session.removeConstraints([Constraint(index: 0)])
      let relaxed = try session.solveRelaxation(method: .dual)
      #expect(try #require(relaxed.objective).isApproximately(-8))
      #expect(session.model.constraintCount == 1)
      #expect(session.model.bounds(of: Constraint(index: 0)).upper == 3)
    }
  }

  @Test("branch and cut on the session's problem sees added rows and fixed variables")
  func mixedIntegerAfterRows() throws {
    // max 5a + 4b + 3c + 2d  s.t.  2a + 3b + c + d <= 5, all binary.
    var model = LinearModel(sense: .maximize)
    let a = model.addVariable(kind: .binary, objective: 5)
    let b = model.addVariable(kind: .binary, objective: 4)
    let c = model.addVariable(kind: .binary, objective: 3)
    let d = model.addVariable(kind: .binary, objective: 2)
    model.addConstraint(2 * a + 3 * b + c + d <= 5)
    var branchings = 0
    let solution = try withProblemSession(model) { session in
      _ = try session.solveRelaxation()
      try session.addConstraints([a + c <= 1])
      _ = try session.solveRelaxation(method: .dual)
      try session.setBounds(of: d, lower: 0, upper: 0)
      let callbacks = SolverCallbacks(branching: { point in
        branchings += 1
        return point.candidates.first.map { BranchChoice(variable: $0, direction: .up) }
      })
      let solution = try session.solveMixedInteger(callbacks: callbacks)
      #expect(session.model.constraintCount == 2)
      return solution
    }
    // With a + c <= 1 and d = 0: a + b (value 9, weight 5) is best.
    #expect(solution.termination == .optimal)
    #expect(try #require(solution.objective).isApproximately(9))
    #expect(solution.bound == solution.objective)
    #expect(solution.values.map { $0.rounded() } == [1, 1, 0, 0])
    #expect(branchings >= 0)
  }

  @Test("lazy rows in branch and cut on a session, and they are gone afterwards")
  func lazyRowsInSession() throws {
    var model = LinearModel(sense: .maximize)
    let x = model.addVariable(upperBound: 10, kind: .integer, objective: 1)
    let y = model.addVariable(upperBound: 10, kind: .integer, objective: 1)
    try withProblemSession(model) { session in
      _ = try session.solveRelaxation()
      let callbacks = SolverCallbacks(lazyConstraints: { point in
        point.value(of: x) + point.value(of: y) > 7.5 ? [2 * x + 2 * y <= 15] : []
      })
      let solution = try session.solveMixedInteger(callbacks: callbacks)
      #expect(try #require(solution.objective).isApproximately(7))
      #expect(session.model.constraintCount == 0)
      #expect(try #require(session.solveRelaxation().objective).isApproximately(20))
    }
  }

  @Test("invalid changes are refused before GLPK and leave the session unchanged")
  func invalidChanges() throws {
    var model = LinearModel()
    let x = model.addVariable(upperBound: 4, kind: .integer, objective: 1)
    try withProblemSession(model) { session in
      #expect(throws: ModelError.self) {
        try session.addConstraints([x <= 1, LinearConstraint(terms: [(x, .nan)], upperBound: 1)])
      }
      #expect(throws: ModelError.self) {
        try session.addConstraints([LinearConstraint(terms: [(Variable(index: 3), 1)])])
      }
      #expect(session.model.constraintCount == 0)
      #expect(throws: ModelError.self) { try session.setBounds(of: x, lower: 0.5, upper: 2) }
      #expect(session.model.lowerBound(of: x) == 0)
      #expect(throws: SolverError.self) { try session.removeConstraints([Constraint(index: 0)]) }
      try session.addConstraints([x >= 2])
      #expect(throws: SolverError.self) {
        try session.removeConstraints([Constraint(index: 0), Constraint(index: 0)])
      }
      #expect(try #require(session.solveRelaxation().objective).isApproximately(2))
      try session.model.validate()
    }
  }

  @Test("the branching callback is asked at fractional nodes; a choice GLPK cannot take throws")
  func branchingChoice() throws {
    var model = LinearModel(sense: .maximize)
    let x = model.addVariable(upperBound: 5, kind: .integer, objective: 1)
    let y = model.addVariable(upperBound: 5, kind: .integer, objective: 1)
    model.addConstraint(2 * x + 2 * y <= 3)
    var asked = 0
    let solution = try solve(
      model,
      callbacks: SolverCallbacks(branching: { point in
        asked += 1
        #expect(!point.candidates.isEmpty)
        return BranchChoice(variable: point.candidates[0], direction: .down)
      }))
    #expect(try #require(solution.objective).isApproximately(1))
    #expect(asked >= 1)
    #expect {
      try solve(
        model,
        callbacks: SolverCallbacks(branching: { _ in BranchChoice(variable: Variable(index: 7)) }))
    } throws: { ($0 as? SolverError)?.kind == .invalidCallbackResult }
    _ = y
  }
}
