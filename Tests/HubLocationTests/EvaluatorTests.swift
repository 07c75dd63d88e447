import HubLocationTestSupport
import Testing

@testable import HubLocation

@Suite("The evaluator against hand computations and published solutions")
struct EvaluatorTests {
  @Test("single allocation, hubs 0 and 2, node 1 on hub 0: computed by hand")
  func tinySingle() throws {
    let problem = try HubProblem(.usaphmp, instance: Tiny.instance(), p: 2)
    let result = try HubEvaluator(problem: problem).evaluate(singleAllocation: [0, 0, 2])
    // Collection: w10·d(1,0) + w12·d(1,0) = 3 + 1 = 4.
    #expect(abs(result.collectionCost - 4) < 1e-12)
    // Transfer: 0.5·3·(w02 + w12 + w20 + w21) = 0.5·3·5 = 7.5.
    #expect(abs(result.transferCost - 7.5) < 1e-12)
    // Distribution: 2·d(0,1)·(w01 + w21) = 2·1·2 = 4.
    #expect(abs(result.distributionCost - 4) < 1e-12)
    #expect(abs(result.cost - 15.5) < 1e-12)
    #expect(result.hubs == [0, 2])
    #expect(result.loads.map(\.collected) == [7, 2.5])
    #expect(result.loads.map(\.distributed) == [6, 3.5])
    #expect(result.isFeasible)
  }

  @Test("fixed costs are added and capacities checked")
  func tinyFixedAndCapacity() throws {
    let instance = try Tiny.instance()
    let hlp = try HubProblem(.usahlp, instance: instance)
    #expect(abs(try HubEvaluator(problem: hlp).cost(singleAllocation: [0, 0, 2]) - 55.5) < 1e-12)
    let capacitated = try HubProblem(
      .csahlp, instance: instance.withCapacities([6.9, 1, 2.5]))
    let result = try HubEvaluator(problem: capacitated).evaluate(singleAllocation: [0, 0, 2])
    #expect(result.violations == [.overCapacity(hub: 0, load: 7, capacity: 6.9)])
  }

  @Test("rule violations are reported, not hidden")
  func violations() throws {
    let instance = try Tiny.instance()
    let problem = try HubProblem(.usaphmp, instance: instance, p: 2, fixedOpen: [1])
    let evaluator = HubEvaluator(problem: problem)
    let result = try evaluator.evaluate(singleAllocation: [2, 0, 2])
    #expect(result.violations.contains(.hubNotSelfAllocated(hub: 0, allocatedTo: 2)))
    #expect(result.violations.contains(.forcedHubClosed(node: 1)))
    let one = try evaluator.evaluate(singleAllocation: [0, 0, 0])
    #expect(one.violations.contains(.hubCount(expected: 2, found: 1)))
    let restricted = try HubProblem(.usaphmp, instance: instance, p: 1, candidates: [1])
    #expect(
      try HubEvaluator(problem: restricted).evaluate(singleAllocation: [0, 0, 0]).violations
        == [.notCandidate(hub: 0)])
    #expect(throws: HubModelError.self) { try evaluator.evaluate(singleAllocation: [0, 0]) }
    #expect(throws: HubModelError.self) { try evaluator.evaluate(singleAllocation: [0, 0, 3]) }
    #expect(throws: HubModelError.self) { try evaluator.evaluate(multipleAllocationHubs: []) }
    #expect(throws: HubModelError.self) { try evaluator.evaluate(multipleAllocationHubs: [7]) }
  }

  @Test("multiple allocation, hubs 0 and 2: computed by hand")
  func tinyMultiple() throws {
    let problem = try HubProblem(.umaphmp, instance: Tiny.instance(), p: 2)
    let result = try HubEvaluator(problem: problem).evaluate(multipleAllocationHubs: [2, 0])
    // Cheapest unit routes: 0→1 via 0,0: 2; 0→2 via 0,2: 1.5; 1→0 via 0,0: 1; 1→2 via 2,2: 2;
    // 2→0 via 2,0: 1.5; 2→1 via 2,0: 3.5. Weighted: 2 + 3 + 3 + 2 + 1.5 + 3.5 = 15.
    #expect(abs(result.cost - 15) < 1e-12)
    #expect(result.hubs == [0, 2])
    #expect(result.loads.map(\.collected) == [6, 3.5])
    let single = try HubEvaluator(problem: problem).cost(singleAllocation: [0, 0, 2])
    #expect(result.cost <= single)
  }

  @Test("multiple allocation never costs more than single allocation on the same hubs")
  func multipleBelowSingle() throws {
    let instance = try Fixture.ap(25)
    let single = try HubProblem(.usaphmp, instance: instance, p: 4)
    let multiple = try HubProblem(.umaphmp, instance: instance, p: 4)
    let solution = try HubHeuristic(problem: single, options: .quick).solve()
    let evaluator = HubEvaluator(problem: multiple)
    let ma = try evaluator.evaluate(multipleAllocationHubs: solution.hubs)
    #expect(ma.cost <= solution.cost + 1e-9)
    #expect(abs(ma.loads.reduce(0) { $0 + $1.collected } - instance.totalFlow) < 1e-9)
  }

  @Test(
    "published USApHMP and CSAHLP solutions cost their published values",
    arguments: [
      ("AP10 p=2", 167493.06, [3, 3, 3, 3, 7, 7, 7, 7, 7, 7]),
      (
        "AP20 p=3", 151533.08,
        [6, 6, 6, 12, 6, 6, 6, 12, 14, 14, 12, 12, 14, 14, 14, 12, 14, 14, 14, 14]
      ),
      (
        "AP25 p=4", 139197.17,
        [
          2, 2, 2, 7, 14, 7, 7, 7, 14, 14, 7, 18, 14, 14, 14, 18, 18, 18, 18, 14, 18, 18, 18, 18,
          18,
        ]
      ),
      (
        "CAB20 p=2 alpha=0.2", 979.09,
        [4, 17, 17, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 17, 4, 4, 17, 17, 4, 17]
      ),
      ("CSAHLP 10LL", 224250.05, [3, 4, 3, 4, 7, 4, 7, 7, 7, 7]),
      (
        "CSAHLP 20LT", 253517.40,
        [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 14, 14, 10, 10, 14, 14, 14]
      ),
    ] as [(String, Double, [Int])])
  func published(name: String, value: Double, allocation: [Int]) throws {
    let problem = try Published.problem(name)
    let result = try HubEvaluator(problem: problem).evaluate(
      singleAllocation: zeroBased(allocation))
    #expect(result.isFeasible, "\(result.violations)")
    #expect(matchesPublished(result.cost, value), "\(name): \(result.cost)")
  }
}
