import GLPK
import Testing

@Suite("Linear programs")
struct LinearProgramTests {
  @Test("an LP reaches its hand-computed optimum", arguments: [true, false])
  func productionOptimum(presolve: Bool) throws {
    let (model, x, y) = TestModels.productionLP()
    let solution = try solve(model, options: SolverOptions(presolve: presolve))
    #expect(solution.termination == .optimal)
    #expect(solution.isOptimal)
    #expect(solution.hasSolution)
    #expect(try #require(solution.objective).isApproximately(11))
    #expect(try #require(solution.value(of: x)).isApproximately(3))
    #expect(try #require(solution.value(of: y)).isApproximately(1))
    #expect(solution.constraintActivities.count == 2)
    #expect(solution.constraintActivities[0].isApproximately(4))
    #expect(solution.constraintActivities[1].isApproximately(6))
    #expect(solution.bound == solution.objective)
    #expect(solution.gap == 0)
    #expect(solution.statistics.nodes == 0)
  }

  @Test("equality rows, free variables and the objective constant")
  func equalityAndFreeVariable() throws {
    var model = LinearModel()
    model.objectiveConstant = 10
    let x = model.addVariable(name: "x", objective: 1)
    let y = model.addVariable(name: "y", lowerBound: -.infinity, objective: 1)
    model.addConstraint(x - y == 1)
    model.addConstraint(x + y >= 3)
    let solution = try solve(model)
    #expect(solution.termination == .optimal)
    #expect(try #require(solution.objective).isApproximately(13))
    #expect(try #require(solution.value(of: x)).isApproximately(2))
    #expect(try #require(solution.value(of: y)).isApproximately(1))
  }

  @Test("an infeasible LP is reported, not thrown", arguments: [true, false])
  func infeasible(presolve: Bool) throws {
    var model = LinearModel()
    let x = model.addVariable(objective: 1)
    let y = model.addVariable(objective: 1)
    model.addConstraint(x + y <= 1)
    model.addConstraint(x + y >= 2)
    let solution = try solve(model, options: SolverOptions(presolve: presolve))
    #expect(solution.termination == .infeasible)
    #expect(!solution.hasSolution)
    #expect(solution.objective == nil)
    #expect(solution.bound == nil)
    #expect(solution.values.isEmpty)
    #expect(solution.value(of: x) == nil)
  }

  @Test("an unbounded LP is reported as unbounded", arguments: [true, false])
  func unbounded(presolve: Bool) throws {
    var model = LinearModel(sense: .maximize)
    let x = model.addVariable(objective: 1)
    let y = model.addVariable(objective: 1)
    model.addConstraint(x - y <= 1)
    let solution = try solve(model, options: SolverOptions(presolve: presolve))
    #expect(solution.termination == .unbounded)
    #expect(!solution.hasSolution)
  }

  @Test("an empty model and a model without constraints solve")
  func degenerateModels() throws {
    var empty = LinearModel()
    empty.objectiveConstant = 2.5
    let emptySolution = try solve(empty)
    #expect(emptySolution.termination == .optimal)
    #expect(emptySolution.objective == 2.5)
    #expect(emptySolution.values.isEmpty)

    var boxes = LinearModel(sense: .maximize)
    boxes.addVariable(upperBound: 3, objective: 1)
    boxes.addVariable(lowerBound: -1, upperBound: 2.5, objective: 1)
    let boxSolution = try solve(boxes)
    #expect(try #require(boxSolution.objective).isApproximately(5.5))
  }

  @Test("GLPK's output goes to the log handler, line by line")
  func messagesReachTheHandler() throws {
    let lines = LineCollector()
    let (model, _, _) = TestModels.productionLP()
    _ = try solve(model, options: SolverOptions(messages: .log(.all, { lines.append($0) })))
    #expect(lines.all.contains { $0.contains("OPTIMAL LP SOLUTION FOUND") })
    #expect(lines.all.contains { $0.contains("obj =") })
    #expect(!lines.all.contains { $0.contains("\n") })
  }
}

extension Double {
  /// Whether the value equals `expected` up to 10⁻⁶ absolute or relative.
  func isApproximately(_ expected: Double) -> Bool {
    (self - expected).magnitude <= 1e-6 * Swift.max(1, expected.magnitude)
  }
}
