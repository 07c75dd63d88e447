import GLPK
import Testing

@Suite("Mixed-integer programs")
struct MixedIntegerTests {
  @Test(
    "a knapsack reaches its optimum with the bound equal to the objective",
    arguments: [true, false])
  func knapsackOptimum(presolve: Bool) throws {
    let solution = try solve(
      TestModels.smallKnapsack(), options: SolverOptions(presolve: presolve))
    #expect(solution.termination == .optimal)
    #expect(solution.objective == 15)
    #expect(solution.bound == 15)
    #expect(solution.gap == 0)
    #expect(solution.values == [0, 1, 1, 1, 1])
    #expect(solution.statistics.usedPresolver == presolve)
  }

  @Test("random knapsacks match dynamic programming", arguments: 1...6)
  func randomKnapsacks(seed: UInt64) throws {
    let instance = TestModels.randomKnapsack(seed: seed, items: 30)
    let model = TestModels.knapsack(
      weights: instance.weights, values: instance.values, capacity: instance.capacity)
    let expected = TestModels.knapsackOptimum(
      weights: instance.weights, values: instance.values, capacity: instance.capacity)
    let solution = try solve(model, options: SolverOptions(relativeGap: 0))
    #expect(solution.termination == .optimal)
    #expect(solution.objective == Double(expected))
    #expect(solution.bound == Double(expected))
  }

  @Test(
    "every branching and backtracking rule finds the same optimum",
    arguments: BranchingRule.allCases, BacktrackingRule.allCases)
  func searchRules(branching: BranchingRule, backtracking: BacktrackingRule) throws {
    let instance = TestModels.randomKnapsack(seed: 7, items: 20)
    let model = TestModels.knapsack(
      weights: instance.weights, values: instance.values, capacity: instance.capacity)
    let options = SolverOptions(
      relativeGap: 0, presolve: false, branching: branching, backtracking: backtracking)
    let solution = try solve(model, options: options)
    #expect(solution.termination == .optimal)
    #expect(
      solution.objective
        == Double(
          TestModels.knapsackOptimum(
            weights: instance.weights, values: instance.values, capacity: instance.capacity)))
  }

  @Test(
    "all cuts, all heuristics and every preprocessing level work",
    arguments: NodePreprocessing.allCases)
  func cutsAndHeuristics(preprocessing: NodePreprocessing) throws {
    let options = SolverOptions(
      presolve: false, cuts: .all, heuristics: .all,
      proximitySearchTimeLimit: .milliseconds(500), preprocessing: preprocessing)
    let solution = try solve(TestModels.smallKnapsack(), options: options)
    #expect(solution.termination == .optimal)
    #expect(solution.objective == 15)
  }

  @Test(
    "a MIP with a feasible relaxation but no integer solution is infeasible",
    arguments: [true, false])
  func infeasibleMIP(presolve: Bool) throws {
    var model = LinearModel()
    let x = model.addVariable(upperBound: 5, kind: .integer, objective: 1)
    let y = model.addVariable(upperBound: 5, kind: .integer, objective: 1)
    model.addConstraint(2 * x + 2 * y == 3)
    let solution = try solve(model, options: SolverOptions(presolve: presolve))
    #expect(solution.termination == .infeasible)
    #expect(!solution.hasSolution)
    #expect(solution.bound == nil)
  }

  @Test("a MIP with an infeasible relaxation is infeasible", arguments: [true, false])
  func infeasibleRelaxation(presolve: Bool) throws {
    var model = LinearModel()
    let x = model.addVariable(kind: .integer, objective: 1)
    model.addConstraint(x <= 1)
    model.addConstraint(x >= 2)
    let solution = try solve(model, options: SolverOptions(presolve: presolve))
    #expect(solution.termination == .infeasible)
    #expect(!solution.hasSolution)
  }

  @Test(
    "a MIP with an unbounded relaxation is infeasible or unbounded",
    arguments: [true, false])
  func unboundedRelaxation(presolve: Bool) throws {
    var model = LinearModel(sense: .maximize)
    let x = model.addVariable(kind: .integer, objective: 1)
    let y = model.addVariable(objective: 0)
    model.addConstraint(x - y <= 1.5)
    let solution = try solve(model, options: SolverOptions(presolve: presolve))
    #expect(solution.termination == .dualInfeasible)
    #expect(!solution.hasSolution)
  }

  @Test("binary bounds are intersected with [0, 1] and fixed binaries stay fixed")
  func binaryBounds() throws {
    var model = LinearModel(sense: .maximize)
    let free = model.addVariable(kind: .binary, objective: 1)
    let fixed = model.addVariable(lowerBound: -3, upperBound: 0, kind: .binary, objective: 5)
    #expect(model.upperBound(of: free) == 1)
    #expect(model.lowerBound(of: fixed) == 0 && model.upperBound(of: fixed) == 0)
    let solution = try solve(model)
    #expect(solution.values == [1, 0])
  }

  @Test("the objective constant survives the MIP presolver", arguments: [true, false])
  func objectiveConstant(presolve: Bool) throws {
    var model = TestModels.smallKnapsack()
    model.objectiveConstant = 100
    let solution = try solve(model, options: SolverOptions(presolve: presolve))
    #expect(solution.objective == 115)
    #expect(solution.bound == 115)
  }

  @Test("a loose relative gap stops early with a bound within the gap")
  func gapLimit() throws {
    let instance = TestModels.randomKnapsack(seed: 3, items: 60)
    let model = TestModels.knapsack(
      weights: instance.weights, values: instance.values, capacity: instance.capacity)
    let optimum = Double(
      TestModels.knapsackOptimum(
        weights: instance.weights, values: instance.values, capacity: instance.capacity))
    let solution = try solve(model, options: SolverOptions(relativeGap: 0.01))
    #expect(solution.termination == .gapLimit)
    #expect(solution.isOptimal)
    let objective = try #require(solution.objective)
    let bound = try #require(solution.bound)
    #expect(try #require(solution.gap) <= 0.01)
    // Maximising: the optimum lies between the solution found and the bound.
    #expect(objective <= optimum && optimum <= bound)
    #expect(objective < optimum)
  }
}
