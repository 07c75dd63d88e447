import GLPK
import Testing

@Suite("Time limits")
struct TimeLimitTests {
  @Test(
    "a MIP that cannot be finished stops at the time limit without a solution",
    arguments: [true, false])
  func jeroslowHitsTheLimit(presolve: Bool) throws {
    let options = SolverOptions(timeLimit: .milliseconds(200), presolve: presolve)
    let solution = try solve(TestModels.jeroslow(variables: 41), options: options)
    #expect(solution.termination == .timeLimit)
    #expect(!solution.hasSolution)
    #expect(solution.objective == nil)
    #expect(solution.seconds < 2)
    // Minimising Σx subject to Σ2x = 41 proves at least 20.5 before any branching.
    let bound = try #require(solution.bound)
    #expect(bound >= 20.5 - 1e-9)
    #expect(solution.statistics.nodes > 1)
  }

  @Test("a hard market-split instance stops at the time limit with a valid bound")
  func marketSplitHitsTheLimit() throws {
    let model = TestModels.marketSplit(rows: 4, columns: 30, seed: 3)
    let solution = try solve(model, options: SolverOptions(timeLimit: .milliseconds(200)))
    #expect(solution.termination == .timeLimit)
    #expect(solution.seconds < 2)
    if let objective = solution.objective {
      #expect(solution.hasSolution)
      #expect(try #require(solution.bound) <= objective)
      #expect(solution.gap != nil)
    }
  }

  @Test("when maximising, the bound stays above the incumbent")
  func maximisationBound() throws {
    var model = TestModels.marketSplit(rows: 4, columns: 30, seed: 3)
    model.sense = .maximize
    for variable in model.variables where model.objectiveCoefficient(of: variable) != 0 {
      model.setObjectiveCoefficient(-1, for: variable)
    }
    let solution = try solve(model, options: SolverOptions(timeLimit: .milliseconds(200)))
    #expect(solution.termination == .timeLimit)
    let bound = try #require(solution.bound)
    #expect(bound <= 1e-9)
    if let objective = solution.objective { #expect(bound >= objective) }
  }

  @Test("a zero time limit stops at once")
  func zeroLimit() throws {
    let solution = try solve(
      TestModels.jeroslow(variables: 41), options: SolverOptions(timeLimit: .zero))
    #expect(solution.termination == .timeLimit)
    #expect(!solution.hasSolution)
  }
}
