import HubLocation
import HubLocationTestSupport
import Testing

@testable import HubLocationExact

/// Checks every exact result must pass: a proven optimum whose bound equals its objective,
/// and whose objective is the evaluator's cost of its solution.
func expectProvenOptimal(
  _ result: ExactHubResult, problem: HubProblem, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  #expect(result.status == .optimal, "status \(result.status)", sourceLocation: sourceLocation)
  let objective = try #require(result.objective, sourceLocation: sourceLocation)
  let bound = try #require(result.bound, sourceLocation: sourceLocation)
  #expect(
    abs(objective - bound) <= 1e-6 * max(1, abs(objective)), "bound \(bound) vs \(objective)",
    sourceLocation: sourceLocation)
  let evaluator = HubEvaluator(problem: problem)
  let evaluation =
    try result.allocation.map { try evaluator.evaluate(singleAllocation: $0) }
    ?? evaluator.evaluate(multipleAllocationHubs: result.hubs)
  #expect(evaluation.isFeasible, "\(evaluation.violations)", sourceLocation: sourceLocation)
  #expect(
    abs(evaluation.cost - objective) <= 1e-9 * max(1, abs(objective)),
    sourceLocation: sourceLocation)
  if let model = result.statistics.modelObjective {
    #expect(abs(model - objective) <= 1e-6 * max(1, abs(objective)), sourceLocation: sourceLocation)
  }
}
