import CorridorModel
import Foundation
import Testing

@testable import CorridorScenario

@Suite("Loading scenarios")
struct LoadingTests {
  @Test("the minimal scenario loads with its figures")
  func minimalLoads() throws {
    let files = ScenarioFiles()
    files.write("mini.yaml", minimalScenario)
    let report = files.validate("mini.yaml")
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let scenario = try #require(report.scenario)
    #expect(scenario.nodes.map(\.id) == ["A", "X", "B"])
    // both_ways defaults to true: two links become four, with generated ids.
    #expect(scenario.links.map(\.id.rawValue) == ["A-X-road", "X-A-road", "X-B-road", "B-X-road"])
    #expect(scenario.links[0].runningHours == .fixed(10))
    #expect(scenario.links[2].runningHours == .fixed(5))
    let process = try #require(scenario.node("X")?.checkpoint?.processes.first)
    #expect(process.stages[0].serviceHours == .lognormal(mean: 0.5, cv: 0.5))
    #expect(process.stages[1].serviceHours == .fixed(2))
    #expect(process.stages[1].probability == 0.1)
    #expect(process.openingHours.isAlwaysOpen)
    // Mean service per truck: 0.5 + 0.1 × 2.
    #expect(abs(process.meanServiceHours - 0.7) < 1e-12)
    #expect(scenario.teuPerUnit(of: process) == 2)
    // Value of time: 48,000 USD × 0.8 % per day / 24 h = 16 USD per TEU-hour.
    #expect(abs(scenario.commodities[0].valueOfTimeUSDPerTEUHour - 16) < 1e-12)
  }

  @Test("tonnes convert to TEU with the scenario's tonnes per TEU, after inheritance")
  func tonnesConversion() throws {
    let files = ScenarioFiles()
    files.write(
      "base.yaml",
      minimal(replacing: "teu_per_year: 1000", with: "tonnes_per_year: 14000"))
    files.write(
      "child.yaml", "scenario: child\nextends: base.yaml\nsettings: {tonnes_per_teu: 14}\n")
    let base = try #require(files.validate("base.yaml").scenario)
    #expect(base.demand[0].teuPerYear == 1400)  // default 10 t/TEU
    let child = try #require(files.validate("child.yaml").scenario)
    #expect(child.demand[0].teuPerYear == 1000)
    #expect(child.totalTonnesPerYear == 14000)
  }

  @Test("a number may carry its own source")
  func numberWithSource() throws {
    let files = ScenarioFiles()
    files.write(
      "s.yaml",
      minimal(
        replacing: "km: 300, hours: 5",
        with: "km: {value: 300, source: \"road atlas\"}, hours: {value: 5, estimate: true}"))
    let scenario = try #require(files.validate("s.yaml").scenario)
    #expect(scenario.links[2].distanceKm == 300)
    #expect(scenario.links[2].runningHours == .fixed(5))
  }

  @Test(
    "durations read as documented",
    arguments: [
      ("2.5", Distribution.fixed(2.5)),
      ("{mean: 2}", .exponential(mean: 2)),
      ("{mean: 2, cv: 0.5}", .lognormal(mean: 2, cv: 0.5)),
      ("{distribution: gamma, mean: 2, cv: 0.5}", .gamma(mean: 2, cv: 0.5)),
      ("{min: 1, mode: 2, max: 4}", .triangular(min: 1, mode: 2, max: 4)),
      ("{min: 1, max: 3}", .uniform(min: 1, max: 3)),
      ("{distribution: fixed, value: 2}", .fixed(2)),
      ("{distribution: erlang, phases: 4, mean: 2}", .gamma(mean: 2, cv: 0.5)),
      ("{distribution: empirical, values: [1, 2.5, 4]}", .empirical([1, 2.5, 4])),
    ])
  func durations(text: String, expected: Distribution) throws {
    let files = ScenarioFiles()
    files.write("s.yaml", minimal(replacing: "service_hours: 2,", with: "service_hours: \(text),"))
    let scenario = try #require(files.validate("s.yaml").scenario)
    #expect(scenario.node("X")?.checkpoint?.processes[0].stages[1].serviceHours == expected)
  }

  @Test("the teaching example loads without diagnostics")
  func teachingExample() throws {
    let path = repositoryRoot.appendingPathComponent("Scenarios/examples/two-corridors.yaml").path
    let report = ScenarioLoader.validate(path: path)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let scenario = try #require(report.scenario)
    #expect(scenario.nodes.count == 8)
    // 20,000 TEU plus 70,000 t at 14 t/TEU.
    #expect(scenario.totalTEUPerYear == 25_000)
  }
}

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
