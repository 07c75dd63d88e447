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
