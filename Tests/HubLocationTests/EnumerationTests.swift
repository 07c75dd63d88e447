import HubLocationTestSupport
import Testing

@testable import HubLocation

@Suite("Exhaustive search: exact on small instances, and the heuristics match it")
struct EnumerationTests {
  @Test(
    "AP10: heuristic = enumeration for every variant",
    arguments: [
      (HubVariant.usaphmp, 1), (.usaphmp, 2), (.usaphmp, 3), (.usaphmp, 4), (.usaphmp, 5),
      (.umaphmp, 1), (.umaphmp, 2), (.umaphmp, 3), (.umaphmp, 4), (.umaphmp, 5),
    ] as [(HubVariant, Int)])
  func apMedian(variant: HubVariant, p: Int) throws {
    let problem = try HubProblem(variant, instance: Fixture.ap(10), p: p)
    let exact = try HubEnumeration(problem: problem).solve()
    let heuristic = try HubHeuristic(problem: problem, options: .quick).solve()
    #expect(exact.isProvenOptimal)
    #expect(abs(exact.cost - heuristic.cost) < 1e-6, "\(heuristic.cost) vs \(exact.cost)")
    #expect(exact.evaluation.isFeasible)
  }

  @Test(
    "AP10 with fixed costs and capacities: heuristic = enumeration",
    arguments: ["L", "T"], ["L", "T"])
  func apFixed(fixed: String, capacity: String) throws {
    let instance = try Fixture.ap(10, fixed: fixed, capacity: capacity)
    for variant in [HubVariant.usahlp, .umahlp, .csahlp] {
      let problem = try HubProblem(variant, instance: instance)
      let exact = try HubEnumeration(problem: problem).solve()
      let heuristic = try HubHeuristic(problem: problem, options: .quick).solve()
      #expect(
        abs(exact.cost - heuristic.cost) < 1e-6,
        "\(variant.rawValue) \(fixed)\(capacity): \(heuristic.cost) vs \(exact.cost)")
    }
  }

  @Test("the published AP10 p=2 and CSAHLP 10LL optima are proven by enumeration")
  func provenPublished() throws {
    let median = try HubEnumeration(problem: Published.problem("AP10 p=2")).solve()
    #expect(matchesPublished(median.cost, 167493.06))
    #expect(median.hubs == [2, 6])
    let capacitated = try HubEnumeration(problem: Published.problem("CSAHLP 10LL")).solve()
    #expect(matchesPublished(capacitated.cost, 224250.05))
  }

  @Test(
    "CAB: multiple-allocation heuristic = enumeration",
    arguments: [(10, 0.2), (10, 0.6), (10, 1.0), (15, 1.0)])
  func cabMultiple(cities: Int, alpha: Double) throws {
    let cab = try Fixture.cab()
    for p in 1...4 {
      let problem = try HubProblem(
        .umaphmp, instance: cab.instance(cities: cities, alpha: alpha), p: p)
      let exact = try HubEnumeration(problem: problem).solve()
      let heuristic = try HubHeuristic(problem: problem, options: .quick).solve()
      #expect(
        abs(exact.cost - heuristic.cost) < 1e-9,
        "n=\(cities) alpha=\(alpha) p=\(p): \(heuristic.cost) vs \(exact.cost)")
    }
  }

  @Test("tiny: every allocation by brute force = branch and bound")
  func bruteForceTiny() throws {
    let instance = try Tiny.instance()
    for variant in [HubVariant.usaphmp, .csaphmp] {
      for p in 1...3 {
        let problem = try HubProblem(variant, instance: instance, p: p)
        let evaluator = HubEvaluator(problem: problem)
        var best = Double.infinity
        // All 27 maps of 3 nodes to 3 nodes; keep the valid ones.
        for code in 0..<27 {
          let allocation = [code % 3, code / 3 % 3, code / 9]
          let result = try evaluator.evaluate(singleAllocation: allocation)
          if result.isFeasible { best = min(best, result.cost) }
        }
        if best.isFinite {
          let exact = try HubEnumeration(problem: problem).solve()
          #expect(abs(exact.cost - best) < 1e-12)
        } else {
          #expect(throws: HubSearchError.self) { try HubEnumeration(problem: problem).solve() }
        }
      }
    }
  }

  @Test("instances too large to enumerate are refused")
  func tooLarge() throws {
    let problem = try HubProblem(.usaphmp, instance: Fixture.ap(25), p: 4)
    #expect {
      try HubEnumeration(problem: problem).solve()
    } throws: { ($0 as? HubSearchError)?.kind == .tooLarge }
  }
}
