import CorridorModel
import CorridorScenario
import CorridorStudy
import Foundation
import Testing

@testable import CorridorCalibration

@Suite("Calibration recovers a known truth")
struct RecoveryTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test(
    "from the untouched teaching example, calibration recovers slower controls at Irkeshtam and more road freight",
    .tags(.slow))
  func recovery() throws {
    let path = Self.root.appendingPathComponent("Scenarios/examples/two-corridors.yaml").path
    let scenario = try ScenarioLoader.load(path: path).scenario
    let service = CalibrationParameter(
      id: "irkeshtam-service",
      target: .serviceScale(checkpoint: "IRK", mode: nil, direction: nil), lower: 0.2, upper: 10)
    let demand = CalibrationParameter(
      id: "road-demand", target: .demandScale(origin: "URC", destination: "TAS", commodity: nil),
      lower: 0.2, upper: 5)
    // The truth: controls 2.2 times slower, 1.6 times the road freight.
    let truth = demand.applied(to: service.applied(to: scenario, value: 2.2), value: 1.6)
    var settings = RunSettings()
    settings.replications = 4
    settings.days = 120
    settings.warmUpDays = 10
    let trueRun = try Study.run(truth, settings: settings)
    let kg = BorderDirection(from: "CN", to: "KG")
    func observed(_ quantity: Observation.Quantity, use: Observation.Use, tolerance: Double)
      throws -> Observation
    {
      var draft = Observation(
        id: quantity.kind, quantity: quantity, value: 1, tolerancePercent: tolerance, year: 2025,
        source: "the true scenario", use: use)
      draft.value = try #require(ModelledValue.of(draft, in: trueRun)).value
      return draft
    }
    let observations = [
      try observed(
        .clearanceHours(crossing: "irkeshtam", direction: kg, side: "KG"), use: .calibrate,
        tolerance: 5),
      try observed(
        .flow(at: .node("IRK"), direction: nil, unit: .trucksPerDay), use: .calibrate,
        tolerance: 5),
      try observed(
        .transitDays(origin: "URC", destination: "TAS", commodity: nil), use: .validate,
        tolerance: 5),
    ]
    let result = try Calibration.fit(
      scenario, observations: observations, parameters: [service, demand], settings: settings,
      maximumEvaluations: 60)
    let fitted = Dictionary(
      uniqueKeysWithValues: result.parameters.map { ($0.parameter.id, $0.value) })
    #expect(abs((fitted["irkeshtam-service"] ?? 0) - 2.2) < 0.1 * 2.2, "\(fitted)")
    #expect(abs((fitted["road-demand"] ?? 0) - 1.6) < 0.05 * 1.6, "\(fitted)")
    #expect(result.objective < result.startObjective)
    // Both fitted observations, and the held-out transit time, within their 5 %.
    for line in result.table.lines {
      #expect(line.withinTolerance, "\(line.observation.id): \(line.errorPercent ?? .nan) %")
    }
  }
}

@Suite("Calibration recovers a route-choice constant")
struct ConstantRecoveryTests {
  /// Two roads to Tashkent through two one-post crossings, logit scale US$100 a TEU.
  static let text = """
    scenario: two-crossings
    name: Two crossings
    settings: {tonnes_per_teu: 10, logit_scale_usd_per_teu: 100}
    commodities:
      - {id: general, value_usd_per_teu: 50000, time_cost_percent_per_day: 0.8}
    nodes:
      - {id: ALA, name: Almaty, kind: city, country: KZ, lat: 43.24, lon: 76.89}
      - {id: TAR, name: Taraz, kind: checkpoint, country: KZ, lat: 42.5, lon: 71.37, checkpoint: {countries: [KZ, UZ], processes: [{mode: road, stages: [{id: documents, lanes: 1, service_hours: 0}]}]}}
      - {id: SHY, name: Shymkent, kind: checkpoint, country: KZ, lat: 42.5, lon: 69.59, checkpoint: {countries: [KZ, UZ], processes: [{mode: road, stages: [{id: documents, lanes: 1, service_hours: 0}]}]}}
      - {id: TAS, name: Tashkent, kind: city, country: UZ, lat: 41.30, lon: 69.24}
    links:
      - {id: north-1, from: ALA, to: TAR, mode: road, km: 500, speed_kmh: 60, both_ways: false}
      - {id: north-2, from: TAR, to: TAS, mode: road, km: 300, speed_kmh: 60, both_ways: false}
      - {id: south-1, from: ALA, to: SHY, mode: road, km: 500, speed_kmh: 60, both_ways: false}
      - {id: south-2, from: SHY, to: TAS, mode: road, km: 300, speed_kmh: 60, both_ways: false}
    crossings:
      - {id: north, posts: [TAR]}
      - {id: south, posts: [SHY]}
    demand:
      - {from: ALA, to: TAS, commodity: general, teu_per_year: 10000}
    """

  @Test("a southern share of 1 / (1 + e^0.8) is fitted back to a constant of US$80 at the south")
  func constant() throws {
    let scenario = try withFile(Self.text) { try ScenarioLoader.load(path: $0).scenario }
    var settings = RunSettings()
    settings.replications = 2
    settings.days = 10
    settings.warmUpDays = 1
    let share = Observation(
      id: "south-share",
      quantity: .share(
        of: .crossing("south"), among: [.crossing("north"), .crossing("south")], direction: nil),
      value: 1 / (1 + exp(0.8)), tolerancePercent: 0.1, year: 2025, source: "closed form",
      use: .calibrate)
    let constant = CalibrationParameter(
      id: "south-constant", target: .choiceConstant(crossing: "south"), lower: 0, upper: 500)
    let result = try Calibration.fit(
      scenario, observations: [share], parameters: [constant], settings: settings,
      maximumEvaluations: 60)
    let fitted = try #require(result.parameters.first).value
    #expect(abs(fitted - 80) < 1, "\(fitted)")
    #expect(try #require(result.table.lines.first).withinTolerance)
  }
}
