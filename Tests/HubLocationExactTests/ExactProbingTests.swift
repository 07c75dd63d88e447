import HubLocation
import HubLocationTestSupport
import Testing

@testable import HubLocationExact

@Suite("Exact single allocation: hub probing after the root")
struct ExactProbingTests {
  @Test("CSAHLP 20LT: probing closes hubs and keeps the published optimum and hubs")
  func published() throws {
    let problem = try Published.problem("CSAHLP 20LT")
    let result = try ExactHubSolver(
      problem: problem, options: ExactHubOptions(probesHubs: true, longerHeuristicRuns: 0)
    )
    .solve()
    try expectProvenOptimal(result, problem: problem)
    #expect(matchesPublished(try #require(result.objective), 253517.40))
    #expect(result.hubs == zeroBased([10, 14]))
    #expect(result.statistics.hubsClosedByProbing > 0)
  }

  @Test("AP10 with fixed costs, with and without capacities: probing = enumeration")
  func againstEnumeration() throws {
    for (fixed, capacity) in [("L", "L"), ("L", "T"), ("T", "L"), ("T", "T")] {
      let instance = try Fixture.ap(10, fixed: fixed, capacity: capacity)
      for variant in [HubVariant.usahlp, .csahlp] {
        let problem = try HubProblem(variant, instance: instance)
        let result = try ExactHubSolver(
          problem: problem, options: ExactHubOptions(probesHubs: true, longerHeuristicRuns: 0)
        )
        .solve()
        try expectProvenOptimal(result, problem: problem)
        let exhaustive = try HubEnumeration(problem: problem).solve()
        #expect(
          abs(try #require(result.objective) - exhaustive.cost) <= 1e-9 * exhaustive.cost,
          "\(variant.rawValue) \(fixed)\(capacity)")
      }
    }
  }

  @Test(
    "AP20, CSAHLP: probing on and off prove the same optimum, and probing decides hubs",
    arguments: ["LT", "TL", "TT"])
  func onAndOff(kind: String) throws {
    let instance = try Fixture.ap(
      20, fixed: String(kind.prefix(1)), capacity: String(kind.suffix(1)))
    let problem = try HubProblem(.csahlp, instance: instance)
    let probed = try ExactHubSolver(
      problem: problem, options: ExactHubOptions(probesHubs: true, longerHeuristicRuns: 0)
    )
    .solve()
    let plain = try ExactHubSolver(
      problem: problem, options: ExactHubOptions(probesHubs: false, longerHeuristicRuns: 0)
    )
    .solve()
    try expectProvenOptimal(probed, problem: problem)
    try expectProvenOptimal(plain, problem: problem)
    let value = try #require(plain.objective)
    #expect(abs(try #require(probed.objective) - value) <= 1e-9 * value, "20\(kind)")
    #expect(plain.statistics.hubsClosedByProbing + plain.statistics.hubsOpenedByProbing == 0)
    #expect(probed.statistics.hubsClosedByProbing + probed.statistics.hubsOpenedByProbing > 0)
  }
}
