import Testing

@testable import CorridorOptimization

@Suite("Exact multiple allocation")
struct ExactMultipleAllocationTests {
  @Test("multiple allocation never costs more than single allocation on the same instance")
  func multipleBelowSingle() throws {
    let cab = try Fixture.cab()
    let instances = [
      try Fixture.ap(10), try Fixture.ap(20), try cab.instance(cities: 15, alpha: 0.6),
    ]
    for instance in instances {
      for p in [2, 3] {
        let multiple = try HubProblem(.umaphmp, instance: instance, p: p)
        let single = try HubProblem(.usaphmp, instance: instance, p: p)
        let m = try ExactHubSolver(problem: multiple).solve()
        let s = try ExactHubSolver(problem: single).solve()
        try expectProvenOptimal(m, problem: multiple)
        try expectProvenOptimal(s, problem: single)
        let multipleCost = try #require(m.objective)
        let singleCost = try #require(s.objective)
        #expect(multipleCost <= singleCost * (1 + 1e-12))
        #expect(m.allocation == nil)
      }
    }
  }

  @Test("UMApHMP and UMAHLP on tiny cases equal the exhaustive search")
  func tinyAgainstEnumeration() throws {
    let problems = [
      try HubProblem(.umaphmp, instance: Tiny.instance(), p: 2),
      try HubProblem(.umahlp, instance: Tiny.instance()),
      try HubProblem(.umahlp, instance: Fixture.ap(10, fixed: "T")),
      try HubProblem(
        .umaphmp, instance: Fixture.ap(10), p: 4, fixedOpen: [3], candidates: [1, 3, 5, 7, 9]),
    ]
    for problem in problems {
      let result = try ExactHubSolver(problem: problem).solve()
      try expectProvenOptimal(result, problem: problem)
      let exhaustive = try HubEnumeration(problem: problem).solve()
      #expect(
        abs(try #require(result.objective) - exhaustive.cost) <= 1e-9 * max(1, exhaustive.cost))
      #expect(Set(result.hubs).isSuperset(of: problem.fixedOpen))
      #expect(result.hubs.allSatisfy(problem.isCandidate))
    }
  }
}
