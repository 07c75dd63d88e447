import HubLocation
import HubLocationTestSupport
import Testing

@testable import HubLocationExact

@Suite("Exact solvers report their progress with valid bounds, in the problem's units")
struct ExactProgressTests {
  @Test("CSAHLP 20LT from no incumbent: the stages in order, bounds below, plans above")
  func singleAllocation() throws {
    let problem = try Published.problem("CSAHLP 20LT")
    var reports: [ExactHubProgress] = []
    let result = try ExactHubSolver(
      problem: problem, options: ExactHubOptions(useHeuristicIncumbent: false)
    ).solve { reports.append($0) }
    try expectProvenOptimal(result, problem: problem)
    let objective = try #require(result.objective)
    #expect(Set(reports.map(\.phase)) == [.heuristic, .root, .search])
    for (earlier, later) in zip(reports, reports.dropFirst()) {
      #expect(later.phase >= earlier.phase)
      #expect(later.seconds >= earlier.seconds)
    }
    for report in reports {
      if let bound = report.bound { #expect(bound <= objective * (1 + 1e-9)) }
      if let incumbent = report.incumbent { #expect(incumbent >= objective * (1 - 1e-9)) }
    }
    // The root's last report is the root bound that the result keeps.
    let root = try #require(reports.last { $0.phase == .root }?.bound)
    let rootBound = try #require(result.statistics.rootBound)
    #expect(abs(root - rootBound) <= 1e-9 * rootBound)
  }

  @Test(
    "AP10 with flows a million times larger: reports in the problem's own units",
    arguments: [HubAllocation.single, .multiple])
  func scaledCosts(allocation: HubAllocation) throws {
    let large = try Fixture.ap(10, flowsTimes: 1e6)
    let problem = try HubProblem(instance: large, allocation: allocation, hubCount: .exactly(2))
    var reports: [ExactHubProgress] = []
    let result = try ExactHubSolver(problem: problem).solve { reports.append($0) }
    let objective = try #require(result.objective)
    #expect(!reports.isEmpty)
    let incumbents = reports.compactMap(\.incumbent)
    let best = try #require(incumbents.min())
    #expect(abs(best - objective) <= 1e-6 * objective)
    for bound in reports.compactMap(\.bound) { #expect(bound <= objective * (1 + 1e-9)) }
  }
}
