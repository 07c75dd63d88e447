import HubLocation
import HubLocationTestSupport
import Testing

@testable import HubLocationExact

@Suite("Exact solvers on costs of billions")
struct ExactScalingTests {
  @Test(
    "AP10 with flows a million times larger: the same hubs, a million times the optimum",
    arguments: [HubAllocation.single, .multiple])
  func largeCosts(allocation: HubAllocation) throws {
    let base = try Fixture.ap(10)
    let large = try Fixture.ap(10, flowsTimes: 1e6)
    let small = try ExactHubSolver(
      problem: HubProblem(instance: base, allocation: allocation, hubCount: .exactly(2))
    ).solve()
    let problem = try HubProblem(instance: large, allocation: allocation, hubCount: .exactly(2))
    #expect(CostScale(large).factor > 1)
    let result = try ExactHubSolver(problem: problem).solve()
    #expect(result.status == .optimal)
    #expect(result.hubs == small.hubs)
    let objective = try #require(result.objective)
    let expected = try #require(small.objective) * 1e6
    #expect(abs(objective - expected) <= 1e-9 * expected)
    // The objective is the evaluator's cost on the original data, and the bound meets it.
    #expect(objective == HubEvaluator(problem: problem).cost(multipleOrSingle: result))
    #expect(abs(try #require(result.bound) - objective) <= 1e-6 * objective)
  }
}

extension HubEvaluator {
  fileprivate func cost(multipleOrSingle result: ExactHubResult) -> Double? {
    if let allocation = result.allocation, problem.allocation == .single {
      return try? cost(singleAllocation: allocation)
    }
    return try? cost(multipleAllocationHubs: result.hubs)
  }
}
