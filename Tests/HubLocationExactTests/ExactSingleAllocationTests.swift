import HubLocation
import HubLocationTestSupport
import Testing

@testable import HubLocationExact

@Suite("Exact single allocation: Benders branch and cut proves the published optima")
struct ExactSingleAllocationTests {
  @Test(
    "published optima are proven, with the published hubs", .tags(.slow),
    arguments: [
      ("AP10 p=2", 167493.06, [3, 7]),
      ("AP20 p=3", 151533.08, [6, 12, 14]),
      ("AP25 p=4", 139197.17, [2, 7, 14, 18]),
      ("CAB20 p=2 alpha=0.2", 979.09, [4, 17]),
      ("CSAHLP 10LL", 224250.05, [3, 4, 7]),
      ("CSAHLP 20LT", 253517.40, [10, 14]),
    ] as [(String, Double, [Int])])
  func published(name: String, value: Double, hubs: [Int]) throws {
    let problem = try Published.problem(name)
    let result = try ExactHubSolver(problem: problem).solve()
    try expectProvenOptimal(result, problem: problem)
    #expect(
      matchesPublished(try #require(result.objective), value), "\(name): \(result.objective ?? 0)")
    #expect(result.hubs == zeroBased(hubs))
    #expect(result.statistics.method == .bendersBranchAndCut)
  }

  @Test("CAB, first 10 cities: branch and cut = enumeration for p 1...4 and three alphas")
  func cabTenAgainstEnumeration() throws {
    let cab = try Fixture.cab()
    for alpha in [0.2, 0.6, 1.0] {
      for p in 1...4 {
        let problem = try HubProblem(
          .usaphmp, instance: cab.instance(cities: 10, alpha: alpha), p: p)
        let result = try ExactHubSolver(problem: problem).solve()
        try expectProvenOptimal(result, problem: problem)
        let exhaustive = try HubEnumeration(problem: problem).solve()
        #expect(
          abs(try #require(result.objective) - exhaustive.cost) <= 1e-9 * exhaustive.cost,
          "alpha=\(alpha) p=\(p)")
      }
    }
  }

  @Test("CAB, first 15 cities: proven optima, never above the heuristic")
  func cabFifteen() throws {
    let cab = try Fixture.cab()
    for alpha in [0.2, 1.0] {
      for p in [2, 3, 4] {
        let problem = try HubProblem(
          .usaphmp, instance: cab.instance(cities: 15, alpha: alpha), p: p)
        let result = try ExactHubSolver(problem: problem).solve()
        try expectProvenOptimal(result, problem: problem)
        let heuristic = try HubHeuristic(problem: problem).solve()
        #expect(try #require(result.objective) <= heuristic.cost + 1e-9 * heuristic.cost)
      }
    }
  }

  @Test(
    "AP10 with fixed costs, with and without capacities: branch and cut = enumeration",
    .tags(.slow))
  func fixedCostsAgainstEnumeration() throws {
    for (fixed, capacity) in [("L", "L"), ("L", "T"), ("T", "L"), ("T", "T")] {
      let instance = try Fixture.ap(10, fixed: fixed, capacity: capacity)
      for variant in [HubVariant.usahlp, .csahlp] {
        let problem = try HubProblem(variant, instance: instance)
        let result = try ExactHubSolver(problem: problem).solve()
        try expectProvenOptimal(result, problem: problem)
        let exhaustive = try HubEnumeration(problem: problem).solve()
        #expect(
          abs(try #require(result.objective) - exhaustive.cost) <= 1e-9 * exhaustive.cost,
          "\(variant.rawValue) \(fixed)\(capacity)")
      }
    }
  }

  @Test("forced hubs and candidate restrictions are respected, and proven against enumeration")
  func forcedAndCandidates() throws {
    let instance = try Fixture.ap(10, fixed: "L", capacity: "T")
    let candidates: Set<Int> = [0, 1, 4, 5, 8, 9]
    let problems = [
      try HubProblem(.usaphmp, instance: instance, p: 3, fixedOpen: [0], candidates: candidates),
      try HubProblem(.usahlp, instance: instance, fixedOpen: [9], candidates: candidates),
      try HubProblem(.csahlp, instance: instance, fixedOpen: [1], candidates: candidates),
    ]
    for problem in problems {
      let result = try ExactHubSolver(problem: problem).solve()
      try expectProvenOptimal(result, problem: problem)
      #expect(result.hubs.allSatisfy(candidates.contains))
      #expect(Set(result.hubs).isSuperset(of: problem.fixedOpen))
      let exhaustive = try HubEnumeration(problem: problem).solve()
      #expect(abs(try #require(result.objective) - exhaustive.cost) <= 1e-9 * exhaustive.cost)
    }
  }

  @Test("without the heuristic's incumbent the optimum is still proven")
  func withoutIncumbent() throws {
    let problem = try Published.problem("CSAHLP 20LT")
    let result = try ExactHubSolver(
      problem: problem, options: ExactHubOptions(useHeuristicIncumbent: false)
    ).solve()
    try expectProvenOptimal(result, problem: problem)
    #expect(matchesPublished(try #require(result.objective), 253517.40))
    #expect(result.statistics.heuristicObjective == nil)
  }

  @Test("time limit 0 returns the heuristic's solution with a valid bound")
  func zeroTimeLimit() throws {
    let problem = try Published.problem("AP25 p=4")
    let result = try ExactHubSolver(problem: problem, options: ExactHubOptions(timeLimit: 0))
      .solve()
    let heuristic = try HubHeuristic(problem: problem).solve()
    #expect(result.status == .feasible)
    #expect(result.objective == heuristic.cost)
    let bound = try #require(result.bound)
    #expect(bound > 0 && bound <= 139197.17)
    #expect(try #require(result.gap) > 0)
    #expect(result.statistics.method == .heuristicOnly)
  }

  @Test("capacities too small for the flow: infeasible, with the reason")
  func infeasibleCapacities() throws {
    let base = try Fixture.ap(10, fixed: "L", capacity: "T")
    let total = base.totalFlow
    // One hub holding half the flow cannot serve all nodes.
    let half = try base.withCapacities([Double](repeating: total / 2, count: 10))
    let single = try ExactHubSolver(problem: HubProblem(.csaphmp, instance: half, p: 1)).solve()
    guard case .infeasible(let reason) = single.status else {
      Issue.record("expected infeasible, got \(single.status)")
      return
    }
    #expect(reason.contains("capacities"))
    #expect(single.objective == nil && single.hubs.isEmpty && single.bound == nil)
    // Two such hubs hold the total only fractionally: branch and cut must prove it.
    let tight = try base.withCapacities([Double](repeating: total * 0.5000001, count: 10))
    let pair = try ExactHubSolver(
      problem: HubProblem(.csaphmp, instance: tight, p: 2, candidates: [0, 1, 2])
    ).solve()
    guard case .infeasible = pair.status else {
      Issue.record("expected infeasible, got \(pair.status)")
      return
    }
    // A node whose flow fits at no hub.
    let tiny = try base.withCapacities([Double](repeating: 1, count: 10))
    let none = try ExactHubSolver(problem: HubProblem(.csahlp, instance: tiny)).solve()
    guard case .infeasible(let why) = none.status else {
      Issue.record("expected infeasible, got \(none.status)")
      return
    }
    #expect(why.contains("node"))
  }

  @Test("an initial allocation is used; bad options are refused with a message")
  func options() throws {
    let problem = try Published.problem("AP10 p=2")
    var allocation = [Int](repeating: 2, count: 10)
    for i in [1, 5, 6, 7, 8, 9] { allocation[i] = 6 }
    let result = try ExactHubSolver(
      problem: problem,
      options: ExactHubOptions(useHeuristicIncumbent: false, initialAllocation: allocation)
    ).solve()
    try expectProvenOptimal(result, problem: problem)
    #expect(result.statistics.heuristicObjective != nil)
    #expect(throws: HubModelError.self) {
      try ExactHubSolver(problem: problem, options: ExactHubOptions(timeLimit: -1)).solve()
    }
    #expect(throws: HubModelError.self) {
      try ExactHubSolver(problem: problem, options: ExactHubOptions(initialAllocation: [0]))
        .solve()
    }
  }
}

@Suite("Exact single allocation: a master restricted to the nearest hubs, priced back in")
struct ExactRestrictedMasterTests {
  @Test("CAB, first 15 cities: the restricted master proves the same optima as the full one")
  func restrictedEqualsFull() throws {
    let cab = try Fixture.cab()
    for alpha in [0.2, 1.0] {
      for p in [2, 4] {
        let problem = try HubProblem(
          .usaphmp, instance: cab.instance(cities: 15, alpha: alpha), p: p)
        let full = try ExactHubSolver(
          problem: problem, options: ExactHubOptions(allocationNeighbours: 0)
        )
        .solve()
        for useHeuristic in [true, false] {
          let options = ExactHubOptions(
            useHeuristicIncumbent: useHeuristic, allocationNeighbours: 2)
          let restricted = try ExactHubSolver(problem: problem, options: options).solve()
          try expectProvenOptimal(restricted, problem: problem)
          let value = try #require(full.objective)
          #expect(
            abs(try #require(restricted.objective) - value) <= 1e-9 * value,
            "alpha=\(alpha) p=\(p) heuristic=\(useHeuristic)")
          if useHeuristic { #expect(restricted.statistics.pricedAllocations > 0) }
        }
      }
    }
  }

  @Test("AP25 p=4: the restricted master keeps the published optimum")
  func restrictedAP() throws {
    let problem = try Published.problem("AP25 p=4")
    let options = ExactHubOptions(allocationNeighbours: 3)
    let result = try ExactHubSolver(problem: problem, options: options).solve()
    try expectProvenOptimal(result, problem: problem)
    #expect(matchesPublished(try #require(result.objective), 139197.17))
  }
}
