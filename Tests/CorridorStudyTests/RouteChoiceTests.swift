import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorStudy

/// Routes from Almaty to Tashkent by two road links of 800 km through two towns, the second
/// dearer by `surcharge` USD per TEU; the route-choice keys are spliced in as given.
func twoRoutes(surcharge: Double, settings: String = "", commodity: String = "") -> String {
  """
  scenario: two-roads
  name: Two roads
  settings: {tonnes_per_teu: 10\(settings)}
  commodities:
    - {id: general, value_usd_per_teu: 50000, time_cost_percent_per_day: 0.8\(commodity)}
  nodes:
    - {id: ALA, name: Almaty, kind: city, country: KZ, lat: 43.24, lon: 76.89}
    - {id: TAR, name: Taraz, kind: city, country: KZ, lat: 42.90, lon: 71.37}
    - {id: SHY, name: Shymkent, kind: city, country: KZ, lat: 42.32, lon: 69.59}
    - {id: TAS, name: Tashkent, kind: city, country: UZ, lat: 41.30, lon: 69.24}
  links:
    - {id: north-1, from: ALA, to: TAR, mode: road, km: 500, speed_kmh: 60, both_ways: false}
    - {id: north-2, from: TAR, to: TAS, mode: road, km: 300, speed_kmh: 60, both_ways: false, open_border: true}
    - {id: south-1, from: ALA, to: SHY, mode: road, km: 500, speed_kmh: 60, both_ways: false}
    - {id: south-2, from: SHY, to: TAS, mode: road, km: 300, speed_kmh: 60, both_ways: false, open_border: true, tariff_usd_per_teu: \(surcharge)}
  demand:
    - {from: ALA, to: TAS, commodity: general, teu_per_year: 10000}
  """
}

/// Loads scenario text written to a temporary file.
func loadText(_ text: String) throws -> (scenario: Scenario?, report: ValidationReport) {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("route-choice-\(UUID().uuidString).yaml").path
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  defer { try? FileManager.default.removeItem(atPath: path) }
  let report = ScenarioLoader.validate(path: path)
  return (report.errors.isEmpty ? report.scenario : nil, report)
}

@Suite("Route choice set in the scenario")
struct RouteChoiceTests {
  /// The share of the demand on the southern road at equilibrium.
  static func southShare(_ text: String) throws -> Double {
    let scenario = try #require(try loadText(text).scenario)
    let run = try Study.equilibrium(scenario)
    let flows = run.linkFlows().map { $0.reduce(0, +) }
    let south = try #require(scenario.links.firstIndex { $0.id == "south-2" })
    return flows[south] / 10_000
  }

  @Test("two identical routes split 50/50 under logit route choice")
  func identical() throws {
    let share = try Self.southShare(
      twoRoutes(surcharge: 0, settings: ", logit_scale_usd_per_teu: 100"))
    #expect(abs(share - 0.5) < 1e-6)
  }

  @Test(
    "routes that differ by a known cost split as the closed-form logit share, 1 / (1 + e^(Δ/s))",
    arguments: [(50.0, 100.0), (200.0, 100.0), (30.0, 250.0)])
  func closedForm(surcharge: Double, scale: Double) throws {
    let share = try Self.southShare(
      twoRoutes(surcharge: surcharge, commodity: ", logit_scale_usd_per_teu: \(scale)"))
    #expect(abs(share - 1 / (1 + exp(surcharge / scale))) < 1e-6)
  }

  @Test("a commodity's own scale wins over the scenario's")
  func commodityScaleWins() throws {
    let share = try Self.southShare(
      twoRoutes(
        surcharge: 100, settings: ", logit_scale_usd_per_teu: 1000000",
        commodity: ", logit_scale_usd_per_teu: 100"))
    #expect(abs(share - 1 / (1 + exp(1.0))) < 1e-6)
  }

  @Test("without a scale the equilibrium is deterministic: the cheaper road takes everything")
  func deterministic() throws {
    #expect(try Self.southShare(twoRoutes(surcharge: 50)) < 1e-9)
  }

  @Test("a scale out of range is an error at its place", arguments: ["0", "-1", "1e12"])
  func outOfRange(value: String) throws {
    for text in [
      twoRoutes(surcharge: 0, settings: ", logit_scale_usd_per_teu: \(value)"),
      twoRoutes(surcharge: 0, commodity: ", logit_scale_usd_per_teu: \(value)"),
    ] {
      let (scenario, report) = try loadText(text)
      #expect(scenario == nil)
      let error = try #require(report.errors.first)
      #expect(error.message.contains("logit_scale_usd_per_teu"), "\(error.message)")
      #expect(error.location.line == (text.contains("settings: {tonnes_per_teu: 10,") ? 3 : 5))
    }
  }
}

@Suite("Route-choice constants per route and per crossing")
struct ChoiceConstantTests {
  /// Two roads from Almaty to Tashkent, each through one Kazakh border post (Taraz, Shymkent)
  /// of no service time; the crossing keys are spliced into the southern crossing.
  static func twoCrossings(southern: String) -> String {
    func post(_ id: String, _ name: String, _ lon: Double) -> String {
      "- {id: \(id), name: \(name), kind: checkpoint, country: KZ, lat: 42.5, lon: \(lon), "
        + "checkpoint: {countries: [KZ, UZ], processes: [{mode: road, stages: "
        + "[{id: documents, lanes: 1, service_hours: 0}]}]}}"
    }
    return """
      scenario: two-crossings
      name: Two crossings
      settings: {tonnes_per_teu: 10, logit_scale_usd_per_teu: 100}
      commodities:
        - {id: general, value_usd_per_teu: 50000, time_cost_percent_per_day: 0.8}
      nodes:
        - {id: ALA, name: Almaty, kind: city, country: KZ, lat: 43.24, lon: 76.89}
        \(post("TAR", "Taraz", 71.37))
        \(post("SHY", "Shymkent", 69.59))
        - {id: TAS, name: Tashkent, kind: city, country: UZ, lat: 41.30, lon: 69.24}
      links:
        - {id: north-1, from: ALA, to: TAR, mode: road, km: 500, speed_kmh: 60, both_ways: false}
        - {id: north-2, from: TAR, to: TAS, mode: road, km: 300, speed_kmh: 60, both_ways: false}
        - {id: south-1, from: ALA, to: SHY, mode: road, km: 500, speed_kmh: 60, both_ways: false}
        - {id: south-2, from: SHY, to: TAS, mode: road, km: 300, speed_kmh: 60, both_ways: false}
      crossings:
        - {id: north, posts: [TAR]}
        - {id: south, posts: [SHY]\(southern)}
      demand:
        - {from: ALA, to: TAS, commodity: general, teu_per_year: 10000}
      """
  }

  /// The southern share and the two routes' money per TEU at equilibrium.
  static func split(_ text: String) throws -> (south: Double, money: [Double]) {
    let scenario = try #require(try loadText(text).scenario)
    let run = try Study.equilibrium(scenario)
    let flows = run.linkFlows().map { $0.reduce(0, +) }
    let south = try #require(scenario.links.firstIndex { $0.id == "south-2" })
    return (flows[south] / 10_000, run.routes().map(\.moneyUSD))
  }

  @Test("a crossing's constant shifts the split as the closed-form logit share, not the money")
  func crossingConstant() throws {
    let (south, money) = try Self.split(
      Self.twoCrossings(southern: ", choice_constant_usd_per_teu: 80"))
    #expect(abs(south - 1 / (1 + exp(0.8))) < 1e-6)
    #expect(money.count == 2 && money.allSatisfy { $0 == money[0] })
  }

  @Test("a link's constant counts once on the route that takes the link")
  func linkConstant() throws {
    let text = Self.twoCrossings(southern: "").replacingOccurrences(
      of: "both_ways: false}\n  - {id: south-1",
      with: "both_ways: false, choice_constant_usd_per_teu: 150}\n  - {id: south-1")
    let (south, _) = try Self.split(text)
    // The constant is on north-2: the north is dearer by 150.
    #expect(abs(south - 1 / (1 + exp(-1.5))) < 1e-6)
  }

  @Test("a negative constant is an error at its line")
  func negative() throws {
    let (scenario, report) = try loadText(
      Self.twoCrossings(southern: ", choice_constant_usd_per_teu: -80"))
    #expect(scenario == nil)
    let error = try #require(report.errors.first)
    #expect(error.message.contains("choice_constant_usd_per_teu"))
    #expect(error.location.line == 18)
  }
}
