import CorridorModel
import CorridorScenario
import CorridorStudy
import Foundation
import Testing

@testable import CorridorCalibration

@Suite("Demand adjusted to counts")
struct MatrixEstimationTests {
  static func example() throws -> Scenario {
    let path = RecoveryTests.root.appendingPathComponent("Scenarios/examples/two-corridors.yaml")
      .path
    return try ScenarioLoader.load(path: path).scenario
  }

  static func counts() -> [Observation] {
    [
      // The ferry carries the 20,000 TEU that go by rail; counted 30,000.
      Observation(
        id: "ferry", quantity: .flow(at: .link("AKT-ALY-ferry"), direction: nil, unit: .teuPerYear),
        value: 30_000, tolerancePercent: 5, year: 2025, source: "test", use: .calibrate),
      // Irkeshtam carries the 5,000 TEU of road freight; counted 1.2 times that, in trucks a day.
      Observation(
        id: "irkeshtam", quantity: .flow(at: .node("IRK"), direction: nil, unit: .trucksPerDay),
        value: 5_000 * 1.2 / 2 / 365, tolerancePercent: 5, year: 2025, source: "test",
        use: .calibrate),
    ]
  }

  @Test("with a light prior, each cell takes the factor its count asks: 1.5 and 1.2")
  func counted() throws {
    let scenario = try Self.example()
    let result = try MatrixEstimation.estimate(
      scenario, counts: Self.counts(), settings: RunSettings(), priorWeight: 1e-4)
    let rail = try #require(scenario.demand.firstIndex { $0.destination == "ALY" })
    let road = try #require(scenario.demand.firstIndex { $0.destination == "TAS" })
    #expect(abs(result.factors[rail] - 1.5) < 0.01, "\(result.factors)")
    #expect(abs(result.factors[road] - 1.2) < 0.01, "\(result.factors)")
    #expect(result.checks.cells == 2 && result.checks.changedCells == 2)
    // Both cells grow, the rail one more: the mean trip (rail and ferry are longer) lengthens.
    #expect(result.checks.meanKmAdjusted > result.checks.meanKmPrior)
  }

  @Test("a heavier prior keeps the matrix nearer the prior, and no count leaves it as it was")
  func prior() throws {
    let scenario = try Self.example()
    let light = try MatrixEstimation.estimate(
      scenario, counts: Self.counts(), settings: RunSettings(), priorWeight: 1e-4)
    let heavy = try MatrixEstimation.estimate(
      scenario, counts: Self.counts(), settings: RunSettings(), priorWeight: 100)
    for d in scenario.demand.indices {
      #expect(abs(log(heavy.factors[d])) < abs(log(light.factors[d])))
    }
    let none = try MatrixEstimation.estimate(
      scenario, counts: [], settings: RunSettings(), priorWeight: 1)
    #expect(none.factors.allSatisfy { $0 == 1 })
    #expect(none.checks.withinTAG)
  }
}
