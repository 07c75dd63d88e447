import HubLocationTestSupport
import Testing

@testable import HubLocation

@Suite("Heuristics reach the published values")
struct HeuristicTests {
  @Test(
    "published values and hubs",
    arguments: [
      ("AP10 p=2", 167493.06, [3, 7]),
      ("AP20 p=3", 151533.08, [6, 12, 14]),
      ("AP25 p=4", 139197.17, [2, 7, 14, 18]),
      ("CAB20 p=2 alpha=0.2", 979.09, [4, 17]),
      ("CSAHLP 10LL", 224250.05, [3, 4, 7]),
      ("CSAHLP 20LT", 253517.40, [10, 14]),
    ] as [(String, Double, [Int])])
  func published(name: String, value: Double, hubs: [Int]) throws {
    let solution = try HubHeuristic(problem: Published.problem(name)).solve()
    #expect(matchesPublished(solution.cost, value), "\(name): \(solution.cost)")
    #expect(solution.hubs == zeroBased(hubs))
    #expect(solution.evaluation.isFeasible)
    #expect(!solution.isProvenOptimal)
  }

  @Test("the same seed gives the same solution; the allocation follows the rules")
  func deterministic() throws {
    let problem = try HubProblem(.usaphmp, instance: Fixture.ap(20), p: 4)
    let options = HubSearchOptions(seed: 7, roundsWithoutImprovement: 3)
    let first = try HubHeuristic(problem: problem, options: options).solve()
    let second = try HubHeuristic(problem: problem, options: options).solve()
    #expect(first.allocation == second.allocation)
    #expect(first.cost == second.cost)
    let allocation = try #require(first.allocation)
    for i in allocation.indices { #expect(allocation[allocation[i]] == allocation[i]) }
  }

  @Test("a warm start from the published hubs keeps them; a zero time limit still descends")
  func warmStartAndTimeLimit() throws {
    let problem = try Published.problem("AP25 p=4")
    let warm = HubSearchOptions(
      roundsWithoutImprovement: 0, initialHubs: zeroBased([2, 7, 14, 18]))
    let solution = try HubHeuristic(problem: problem, options: warm).solve()
    #expect(solution.iterations == 0)
    #expect(matchesPublished(solution.cost, 139197.17))
    for variant in [HubVariant.usaphmp, .umaphmp] {
      let limited = try HubHeuristic(
        problem: HubProblem(variant, instance: Fixture.ap(20), p: 3),
        options: HubSearchOptions(timeLimit: 0)
      ).solve()
      #expect(limited.iterations == 0 && limited.evaluation.isFeasible)
    }
  }

  @Test("forced hubs stay open and only candidates become hubs")
  func forcedAndCandidates() throws {
    let instance = try Fixture.ap(20, fixed: "L")
    let candidates: Set<Int> = [0, 1, 2, 3, 4, 5, 15, 16, 17, 18]
    for variant in [HubVariant.usaphmp, .umaphmp] {
      let problem = try HubProblem(
        variant, instance: instance, p: 3, fixedOpen: [16], candidates: candidates)
      let solution = try HubHeuristic(problem: problem, options: .quick).solve()
      #expect(solution.hubs.contains(16))
      #expect(solution.hubs.allSatisfy(candidates.contains))
      #expect(solution.hubs.count == 3)
      #expect(solution.evaluation.isFeasible)
      if variant == .umaphmp {
        let exact = try HubEnumeration(problem: problem).solve()
        #expect(abs(exact.cost - solution.cost) < 1e-6)
      }
    }
    for variant in [HubVariant.usahlp, .umahlp] {
      let problem = try HubProblem(
        variant, instance: instance, fixedOpen: [16, 17], candidates: candidates)
      let solution = try HubHeuristic(problem: problem, options: .quick).solve()
      #expect(Set(solution.hubs).isSuperset(of: [16, 17]))
      #expect(solution.hubs.allSatisfy(candidates.contains))
      #expect(solution.evaluation.isFeasible)
    }
  }

  @Test("capacities too small for any allocation are reported")
  func infeasible() throws {
    let instance = try Fixture.ap(10, fixed: "L")
    let tight = try instance.withCapacities([Double](repeating: 100, count: 10))
    for problem in [
      try HubProblem(.csahlp, instance: tight), try HubProblem(.csaphmp, instance: tight, p: 3),
    ] {
      #expect {
        try HubHeuristic(problem: problem, options: .quick).solve()
      } throws: { ($0 as? HubSearchError)?.kind == .noFeasibleSolution }
    }
  }

  @Test("capacitated p-hub median: feasible, and optimal on AP10 (checked by enumeration)")
  func capacitatedMedian() throws {
    let problem = try HubProblem(.csaphmp, instance: Fixture.ap(10, capacity: "T"), p: 3)
    let solution = try HubHeuristic(problem: problem, options: .quick).solve()
    #expect(solution.evaluation.isFeasible)
    let exact = try HubEnumeration(problem: problem).solve()
    #expect(abs(exact.cost - solution.cost) < 1e-6, "\(solution.cost) vs \(exact.cost)")
  }
}

@Suite("Edge cases of the searches")
struct SearchEdgeTests {
  @Test("a single node is its own hub in every variant")
  func singleNode() throws {
    let instance = try HubInstance(
      nodeCount: 1, flows: [2], distances: [0], chi: 3, alpha: 0.75, delta: 2,
      fixedCosts: [5], capacities: [2])
    for variant in HubVariant.allCases {
      let problem = try HubProblem(variant, instance: instance, p: variant.hasHubCount ? 1 : nil)
      let heuristic = try HubHeuristic(problem: problem, options: .quick).solve()
      let exact = try HubEnumeration(problem: problem).solve()
      #expect(heuristic.hubs == [0] && exact.hubs == [0])
      #expect(heuristic.cost == (variant.hasHubCount ? 0 : 5))
      #expect(exact.cost == heuristic.cost)
    }
  }

  @Test("p equal to the number of candidates opens all of them")
  func allCandidates() throws {
    let problem = try HubProblem(.usaphmp, instance: Fixture.ap(10), p: 3, candidates: [0, 4, 8])
    let solution = try HubHeuristic(problem: problem, options: .quick).solve()
    #expect(solution.hubs == [0, 4, 8])
    #expect(solution.evaluation.isFeasible)
  }
}
