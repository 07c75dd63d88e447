import HubLocation
import HubLocationTestSupport
import Testing

@testable import HubLocationExact

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

  @Test("Benders branch and cut over the hubs = enumeration (UMApHMP, UMAHLP, forced, candidates)")
  func bendersAgainstEnumeration() throws {
    let cab = try Fixture.cab()
    var problems = [
      try HubProblem(.umahlp, instance: Fixture.ap(10, fixed: "L")),
      try HubProblem(.umahlp, instance: Fixture.ap(10, fixed: "T"), fixedOpen: [4]),
      try HubProblem(.umaphmp, instance: Fixture.ap(20), p: 3, candidates: Set(0..<12)),
    ]
    for alpha in [0.2, 1.0] {
      for p in [2, 4] {
        problems.append(
          try HubProblem(.umaphmp, instance: cab.instance(cities: 15, alpha: alpha), p: p))
      }
    }
    for problem in problems {
      let result = try ExactHubSolver(
        problem: problem, options: ExactHubOptions(enumerationLimit: 0)
      )
      .solve()
      try expectProvenOptimal(result, problem: problem)
      #expect(result.statistics.method == .bendersBranchAndCut)
      let exhaustive = try HubEnumeration(problem: problem).solve()
      #expect(abs(try #require(result.objective) - exhaustive.cost) <= 1e-9 * exhaustive.cost)
      #expect(Set(result.hubs).isSuperset(of: problem.fixedOpen))
      #expect(result.hubs.allSatisfy(problem.isCandidate))
    }
  }

  @Test("published UMApHMP optima: AP10 p=2 and AP20 p=5 (Ernst and Krishnamoorthy 1998)")
  func publishedMultiple() throws {
    for (nodes, p, value) in [(10, 2, 163603.94), (20, 5, 118934.97)] {
      let problem = try HubProblem(.umaphmp, instance: Fixture.ap(nodes), p: p)
      let result = try ExactHubSolver(
        problem: problem, options: ExactHubOptions(enumerationLimit: 0)
      )
      .solve()
      try expectProvenOptimal(result, problem: problem)
      #expect(matchesPublished(try #require(result.objective), value))
    }
  }
}
