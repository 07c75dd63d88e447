import Testing

@testable import GLPK

@Suite("Problem session: adding variables to a loaded problem")
struct ProblemSessionColumnTests {
  @Test("a column added with coefficients in existing rows enters the next solve")
  func addedColumnEnters() throws {
    var model = LinearModel()
    let x = model.addVariable(upperBound: 10, objective: 2)
    let demand = model.addConstraint(terms: [(x, 1)], lowerBound: 4)
    let cap = model.addConstraint(terms: [(x, 1)], upperBound: 10)
    try withProblemSession(model) { session in
      #expect(try #require(session.solveRelaxation().objective).isApproximately(8))
      // y is cheaper than x for the demand row, and the price says it should enter.
      let reducedCost = 1 - session.duals()[demand.index]
      #expect(reducedCost < 0)
      let added = try session.addVariables([
        LinearColumn(upperBound: 3, kind: .binary, objective: 1, entries: [(demand, 1)])
      ])
      #expect(added.map(\.index) == [1])
      #expect(session.model.variableCount == 2)
      #expect(session.model.terms(of: demand).map(\.0.index) == [0, 1])
      #expect(session.model.terms(of: cap).map(\.0.index) == [0])
      #expect(session.model.upperBound(of: added[0]) == 1)
      let outcome = try session.solveRelaxation()
      #expect(try #require(outcome.objective).isApproximately(7))
      #expect(session.values()[1].isApproximately(1))
    }
  }

  @Test("a column that names a missing row is rejected and nothing is added")
  func unknownRowRejected() throws {
    var model = LinearModel()
    let x = model.addVariable(objective: 1)
    model.addConstraint(terms: [(x, 1)], lowerBound: 1)
    try withProblemSession(model) { session in
      #expect(throws: ModelError.self) {
        try session.addVariables([LinearColumn(entries: [(Constraint(index: 5), 1)])])
      }
      #expect(session.model.variableCount == 1)
    }
  }
}
