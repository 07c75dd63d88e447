import CorridorModel
import CorridorScenario
import CorridorSimulation
import Foundation
import HubLocation
import HubLocationExact
import Testing

@testable import CorridorStudy

@Suite("The best plans in order, and their simulated effects")
struct PlanRankingTests {
  static let fixtures = HubStudyTests.root.appendingPathComponent(
    "Tests/HubLocationTestSupport/Fixtures/AP")

  /// AP10 (OR-Library), single allocation, with hub fixed costs FcostL.10 when asked.
  static func ap10(p: Int?, fixedCosts: Bool) throws -> HubStudy {
    var request = HubRequest(source: .ap(path: fixtures.appendingPathComponent("10.5").path))
    request.hubCount = p
    if fixedCosts { request.fixedCostsPath = fixtures.appendingPathComponent("FcostL.10").path }
    return try HubStudy(request)
  }

  /// Every hub set of AP10 of the sizes asked, with its cost by the independent evaluator,
  /// cheapest first (each set's best single allocation, found by the exact solver held to it).
  static func enumerated(_ study: HubStudy, sizes: ClosedRange<Int>) throws -> [(Set<Int>, Double)]
  {
    var sets: [[Int]] = [[]]
    for node in 0..<10 { sets += sets.map { $0 + [node] } }
    var costs: [(Set<Int>, Double)] = []
    for set in sets where sizes.contains(set.count) {
      let problem = try HubProblem(
        instance: study.problem.instance, allocation: .single, hubCount: study.problem.hubCount,
        fixedOpen: Set(set), candidates: Set(set))
      let result = try ExactHubSolver(problem: problem).solve()
      guard let allocation = result.allocation else { continue }
      costs.append((Set(set), try study.evaluate(allocation).cost))
    }
    return costs.sorted { $0.1 < $1.1 }
  }

  @Test(
    "the k best plans are the k cheapest hub sets, by enumeration",
    arguments: [(2, false), (nil, true)] as [(Int?, Bool)])
  func againstEnumeration(p: Int?, fixedCosts: Bool) throws {
    let study = try Self.ap10(p: p, fixedCosts: fixedCosts)
    let plans = try study.bestPlans(5)
    #expect(plans.count == 5)
    let truth = try Self.enumerated(study, sizes: p.map { $0...$0 } ?? 1...4)
    for (plan, (set, cost)) in zip(plans, truth) {
      let objective = try #require(plan.objective)
      // Ties may come in either order; the costs may not.
      #expect(abs(objective - cost) <= 1e-9 * cost, "\(plan.hubs) against \(set.sorted())")
      let evaluated = try #require(try study.evaluate(plan))
      #expect(abs(evaluated.cost - objective) <= 1e-9 * objective)
    }
    #expect(Set(plans.map(\.hubs)).count == plans.count)
  }

  @Test("when the plans run out, fewer come back")
  func fewerPlans() throws {
    let path = HubStudyTests.root.appendingPathComponent("Scenarios/examples/consolidation.yaml")
      .path
    let loaded = try ScenarioLoader.load(path: path)
    var request = HubRequest(source: .scenario(loaded.scenario, path: path, files: loaded.files))
    request.hubCount = 1
    let plans = try HubStudy(request).bestPlans(3)
    #expect(plans.map(\.hubs.count) == [1, 1])
  }

  @Test("evaluating the example's plans: the two-hub plan saves, a one-hub plan changes nothing")
  func simulatedEffects() throws {
    let path = HubStudyTests.root.appendingPathComponent("Scenarios/examples/consolidation.yaml")
      .path
    let loaded = try ScenarioLoader.load(path: path)
    var request = HubRequest(source: .scenario(loaded.scenario, path: path, files: loaded.files))
    request.hubCount = nil
    let study = try HubStudy(request)
    let plans = try study.bestPlans(2)
    var settings = RunSettings()
    settings.replications = 3
    settings.days = 60
    let evaluation = try study.evaluatePlans(plans, settings: settings)
    // Fixed costs of US$2 million each: both hubs open first (their services save about
    // US$405 × 36,000 a year), then one hub alone, which runs no service.
    #expect(evaluation.plans.map(\.hubs.count) == [2, 1])
    let saving = try #require(evaluation.plans[0].row(.networkCost))
    #expect(saving.isSignificant && saving.difference.mean < -400)
    #expect(evaluation.plans[0].consolidatedTEUPerYear == 36_000)
    #expect(evaluation.plans[1].consolidatedTEUPerYear == 0)
    #expect(try #require(evaluation.plans[1].row(.networkCost)).difference.mean == 0)
    #expect(evaluation.chosen?.index == 0 && evaluation.chosen?.isSignificant == true)
  }

  @Test("a plan's largest change at a crossing is of its hours to clear, not of its money")
  func largestClearanceChange() throws {
    let crossing = CrossingKey(crossing: "x", direction: BorderDirection(from: "KZ", to: "CN"))
    func row(_ measure: ResultMeasure, _ changes: [Double]) -> Comparison.Row {
      Comparison.Row(
        key: ResultKey(.crossing(crossing), measure), base: 1, variant: 1,
        difference: ConfidenceInterval(observations: changes))
    }
    let rows = [
      row(.costUSDPerYear, [1.4e8, 1.5e8, 1.6e8]), row(.clearanceHours, [2, 2.5, 3]),
      row(.costUSDPerTEU, [10, 11, 12]),
    ]
    let largest = try #require(PlanEvaluation.Plan.largestClearanceChange(in: rows))
    #expect(largest.key.measure == .clearanceHours)
    #expect(abs(largest.difference.mean - 2.5) < 1e-12)
    #expect(PlanEvaluation.Plan.largestClearanceChange(in: [rows[0], rows[2]]) == nil)
  }
}
