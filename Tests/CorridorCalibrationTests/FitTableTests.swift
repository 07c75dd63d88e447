import CorridorModel
import CorridorScenario
import CorridorStudy
import Foundation
import Testing

@testable import CorridorCalibration

/// Two identical roads from Almaty to Tashkent, through Taraz or Shymkent, under logit route
/// choice: each carries exactly half of the 10,000 TEU a year.
let twoRoads = """
  scenario: two-roads
  name: Two roads
  settings: {tonnes_per_teu: 10, teu_per_truck: 2, logit_scale_usd_per_teu: 100}
  commodities:
    - {id: general, value_usd_per_teu: 50000, time_cost_percent_per_day: 0.8}
  nodes:
    - {id: ALA, name: Almaty, kind: city, country: KZ, lat: 43.24, lon: 76.89}
    - {id: TAR, name: Taraz, kind: city, country: KZ, lat: 42.90, lon: 71.37}
    - {id: SHY, name: Shymkent, kind: city, country: KZ, lat: 42.32, lon: 69.59}
    - {id: TAS, name: Tashkent, kind: city, country: UZ, lat: 41.30, lon: 69.24}
  links:
    - {id: north-1, from: ALA, to: TAR, mode: road, km: 500, speed_kmh: 60, both_ways: false}
    - {id: north-2, from: TAR, to: TAS, mode: road, km: 300, speed_kmh: 60, both_ways: false, open_border: true}
    - {id: south-1, from: ALA, to: SHY, mode: road, km: 500, speed_kmh: 60, both_ways: false}
    - {id: south-2, from: SHY, to: TAS, mode: road, km: 300, speed_kmh: 60, both_ways: false, open_border: true}
  demand:
    - {from: ALA, to: TAS, commodity: general, teu_per_year: 10000}
  """

/// Writes text to a temporary file, runs `body` with its path, and removes it.
func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("calibration-\(UUID().uuidString).yaml").path
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  defer { try? FileManager.default.removeItem(atPath: path) }
  return try body(path)
}

@Suite("Observations against a run")
struct FitTableTests {
  static func run() throws -> ScenarioRun {
    let scenario = try withFile(twoRoads) { try ScenarioLoader.load(path: $0).scenario }
    var settings = RunSettings()
    settings.replications = 2
    settings.days = 20
    settings.warmUpDays = 5
    return try Study.run(scenario, settings: settings)
  }

  static func observation(_ id: String, _ quantity: Observation.Quantity, _ value: Double)
    -> Observation
  {
    Observation(
      id: id, quantity: quantity, value: value,
      tolerancePercent: Observation.defaultTolerancePercent(kind: quantity.kind), year: 2025,
      source: "test", use: .validate)
  }

  @Test("flows in each unit, shares and GEH against the hand-computed 50/50 split")
  func flowsAndShares() throws {
    let observations = [
      Self.observation(
        "teu", .flow(at: .link("north-2"), direction: nil, unit: .teuPerYear), 5_000),
      Self.observation(
        "tonnes", .flow(at: .link("south-1"), direction: nil, unit: .tonnesPerYear), 40_000),
      Self.observation(
        "trucks", .flow(at: .node("SHY"), direction: nil, unit: .trucksPerDay), 10),
      Self.observation(
        "share", .share(of: .node("TAR"), among: [.node("TAR"), .node("SHY")], direction: nil),
        0.45),
    ]
    let table = FitTable(observations: observations, run: try Self.run())
    let lines = Dictionary(uniqueKeysWithValues: table.lines.map { ($0.observation.id, $0) })
    // 5,000 TEU on each road: 50,000 t at 10 t a TEU; 5,000 / 2 / 365 = 6.849 trucks a day.
    let teu = try #require(lines["teu"]?.modelled?.value)
    #expect(abs(teu - 5_000) < 1e-3)
    #expect(try #require(lines["teu"]).withinTolerance)
    let tonnes = try #require(lines["tonnes"])
    #expect(abs(try #require(tonnes.modelled?.value) - 50_000) < 1e-2)
    #expect(abs(try #require(tonnes.errorPercent) - 25) < 1e-4)
    #expect(tonnes.withinTolerance)
    let trucks = try #require(lines["trucks"])
    #expect(abs(try #require(trucks.modelled?.value) - 6.849315) < 1e-5)
    #expect(!trucks.withinTolerance)
    // GEH on trucks a day: √(2 × (6.849 − 10)² / 16.849) = 1.0855.
    #expect(abs(try #require(trucks.geh) - 1.085498) < 1e-5)
    // The share's tolerance is in points: 0.50 against 0.45 is 5 points, inside 10.
    let share = try #require(lines["share"])
    #expect(abs(try #require(share.modelled?.value) - 0.5) < 1e-6)
    #expect(share.withinTolerance)
    let summary = table.summary(.validate)
    #expect(summary.count == 4 && summary.withinTolerance == 3)
    // R² is over counts in TEU a year: the three modelled counts are all 5,000 TEU (each
    // road carries half), so there is no spread to correlate.
    #expect(summary.r2 == nil)
  }

  @Test("a share observed as 0 has no relative error, and fits by points")
  func zeroShare() throws {
    let observation = Self.observation(
      "none", .share(of: .node("TAR"), among: [.node("TAR"), .node("SHY")], direction: nil), 0)
    let line = try #require(FitTable(observations: [observation], run: try Self.run()).lines.first)
    #expect(line.errorPercent == nil)
    #expect(abs(try #require(line.modelled).value - 0.5) < 1e-6)
    #expect(!line.withinTolerance)
    #expect(
      abs(Calibration.loss(FitTable(observations: [observation], run: try Self.run())) - 25) < 1e-3)
  }

  @Test("the squared correlation of log counts, computed by hand")
  func squaredCorrelation() {
    let pairs = zip([1.0, 2, 3, 4], [1.0, 2, 2.5, 5]).map { (log($0), log($1)) }
    #expect(abs((FitTable.squaredCorrelation(pairs) ?? 0) - 0.9415135) < 1e-6)
    #expect(FitTable.squaredCorrelation(Array(pairs.prefix(2))) == nil)
  }
}
