import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorReports
@testable import CorridorSimulation

private let root = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func load(_ path: String) throws -> Scenario {
  try ScenarioLoader.load(path: root.appendingPathComponent(path).path).scenario
}

/// A simulated time to clear a post, made by hand.
private func clearance(_ node: NodeID, hours: Double, fee: Double) -> SimulationResult.CheckpointKPI
{
  let ci = ConfidenceInterval(observations: [hours, hours])
  return SimulationResult.CheckpointKPI(
    node: node, mode: .road, direction: nil, clearanceHours: ci, p95ClearanceHours: ci,
    units: 100, unitsPerDay: ci, blockingHoursPerDay: 0, feeUSDPerTEU: fee, stageUtilization: [],
    meanQueue: ConfidenceInterval(observations: [0, 0]), maxQueue: 0)
}

@Suite("Time/cost-distance profiles")
struct CorridorProfileTests {
  @Test("the rail-and-ferry example: every step by hand, and its parts add up to its totals")
  func handMade() throws {
    let scenario = try load("Scenarios/examples/two-corridors.yaml")
    let rail = try #require(scenario.corridors.first { $0.id == "rail" })
    let profile = try #require(
      CorridorProfile(rail, scenario: scenario, routes: FreeFlowRoutes(scenario), checkpoints: []))
    // Urumqi-Khorgos 670 km at 40 km/h and US$0.6 a km; the gauge change 1 h and US$329;
    // Khorgos-Almaty 293 km at 30 km/h, US$0.6; Almaty-Aktau 2,900 km at 30 km/h, US$0.5;
    // Aktau's terminal 24 h and US$150; half the ferry's 33.6 h headway; the sailing 20 h
    // and US$600.
    let running = 670.0 / 40 + 293.0 / 30 + 2900.0 / 30
    let expected: [CorridorProfile.Part: (Double, Double)] = [
      .running: (running, 402 + 175.8 + 1450), .gaugeChange: (1, 329), .port: (24, 150),
      .ferry: (16.8 + 20, 600), .border: (0, 0), .hub: (0, 0),
    ]
    for part in profile.breakdown {
      let want = try #require(expected[part.part])
      #expect(abs(part.hours - want.0) < 1e-9, "\(part.part)")
      #expect(abs(part.usd - want.1) < 1e-9, "\(part.part)")
    }
    #expect(profile.total.km == 670 + 293 + 2900 + 508)
    #expect(abs(profile.total.hours - (running + 1 + 24 + 36.8)) < 1e-9)
    #expect(abs(profile.total.usd - 3106.8) < 1e-9)
    #expect(abs(profile.breakdown.reduce(0) { $0 + $1.hours } - profile.total.hours) < 1e-9)
    #expect(abs(profile.breakdown.reduce(0) { $0 + $1.usd } - profile.total.usd) < 1e-9)
    #expect(abs(profile.stopShare - (1 + 24 + 16.8) / profile.total.hours) < 1e-12)
    // Two stops: the gauge change, and Aktau's terminal with the wait for the ferry.
    #expect(profile.stops.map(\.node) == ["KHG", "AKT"])
    #expect(
      profile.stops.map { $0.points.map { profile.points[$0].part } } == [
        [.gaugeChange], [.port, .ferry],
      ])
    #expect(
      BriefProfiles.names(of: profile, in: scenario).map(\.label)
        == ["Khorgos / Altynkol gauge change", "Aktau port"])
  }

  @Test("a border crossing's step is its simulated time to clear and fee")
  func crossing() throws {
    let scenario = try load("Scenarios/examples/two-corridors.yaml")
    let road = try #require(scenario.corridors.first { $0.id == "road" })
    let profile = try #require(
      CorridorProfile(
        road, scenario: scenario, routes: FreeFlowRoutes(scenario),
        checkpoints: [clearance("IRK", hours: 10, fee: 93)]))
    let border = try #require(profile.breakdown.first { $0.part == .border })
    #expect(border.hours == 10)
    #expect(border.usd == 93)
    let running = 1470.0 / 50 + 240.0 / 40 + 700.0 / 45
    #expect(abs(profile.total.hours - (running + 10)) < 1e-9)
    #expect(abs(profile.total.usd - (1.2 * (1470 + 240 + 700) + 93)) < 1e-9)
    // The crossing's name, not the post's code.
    #expect(BriefProfiles.names(of: profile, in: scenario).map(\.label) == ["Irkeshtam road"])
  }

  @Test("printed parts add up to the printed total: largest remainders")
  func apportioned() {
    #expect(BriefProfiles.apportioned([1.25, 1.25, 1.5], decimals: 0) == [1, 1, 2])
    #expect(BriefProfiles.apportioned([33.34, 33.33, 33.33], decimals: 0) == [34, 33, 33])
    #expect(BriefProfiles.apportioned([0.04, 0.04, 0.04], decimals: 1) == [0.1, 0, 0])
    #expect(BriefProfiles.apportioned([], decimals: 1) == [])
  }

  @Test("stop names lose bracketed remarks and are cut at a word")
  func shortNames() {
    #expect(BriefProfiles.short("Khorgos rail (Horgos / Altynkol)") == "Khorgos rail")
    #expect(BriefProfiles.short("Aktau seaport (container hub)") == "Aktau seaport")
    #expect(
      BriefProfiles.short("Altynkol / KTZE Khorgos Gateway dry port terminal")
        == "Altynkol / KTZE Khorgos Gateway…")
    #expect(BriefProfiles.short("(only a remark)") == "(only a remark)")
  }

  @Test("OTS agenda charts in each language: parts add up, labels apart, translated, same bytes")
  func otsCharts() throws {
    let scenario = try load("Scenarios/ots-calibrated-2025.yaml")
    let routes = FreeFlowRoutes(scenario)
    let selection = AgendaCorridors.select(scenario) { _ in 0 }
    #expect(selection.corridors.count == 5)
    // The agenda's corridors and every other one, for more ways to crowd a chart.
    let profiles = try scenario.corridors.map { corridor in
      try #require(
        CorridorProfile(corridor, scenario: scenario, routes: routes, checkpoints: []),
        "\(corridor.id)")
    }
    for profile in profiles {
      let parts = profile.breakdown
      #expect(abs(parts.reduce(0) { $0 + $1.hours } - profile.total.hours) < 1e-9)
      #expect(abs(parts.reduce(0) { $0 + $1.usd } - profile.total.usd) < 1e-9)
      let hours = BriefProfiles.apportioned(parts.map(\.hours), decimals: 1)
      #expect(abs(hours.reduce(0, +) - (profile.total.hours * 10).rounded() / 10) < 1e-9)
      #expect(!profile.stops.isEmpty)
    }
    for language in ReportLanguage.allCases {
      let phrasebook = try Phrasebook(language, marksMissing: true)
      Phrasebook.$current.withValue(phrasebook) {
        for profile in profiles { checkChart(profile, scenario: scenario, language: language) }
      }
    }
  }

  /// The chart and table of `profile`: labels apart and inside, every stop named in both
  /// panels, no text untranslated, the same bytes twice.
  private func checkChart(
    _ profile: CorridorProfile, scenario: Scenario, language: ReportLanguage
  ) {
    let names = BriefProfiles.names(of: profile, in: scenario)
    #expect(names.allSatisfy { $0.label.count <= BriefProfiles.longestLabel })
    let svg = BriefCharts.profile(profile, names: names)
    let texts = SVGText(svg)
    let what = "\(profile.corridor) (\(language.rawValue))"
    #expect(texts.overlaps.isEmpty, "\(what): \(texts.overlaps)")
    #expect(texts.outside.isEmpty, "\(what): \(texts.outside)")
    for name in names {
      #expect(texts.elements.count { $0.text == name.label } >= 2, "\(what): \(name.label)")
    }
    #expect(!svg.contains("transform="))
    let table = BriefProfiles.table(profile)
    #expect(!svg.contains("⟦") && !table.contains("⟦"), "\(what)")
    #expect(BriefCharts.profile(profile, names: names) == svg)
  }

  @Test("without agenda_corridors: the Middle Corridor and CKU corridors, else the busiest three")
  func defaultSelection() throws {
    var scenario = try load("Scenarios/ots-calibrated-2025.yaml")
    #expect(AgendaCorridors.select(scenario) { _ in 0 }.reason == .named)
    #expect(
      AgendaCorridors.select(scenario, ids: ["cku-road", "northern"]) { _ in 0 }.corridors.map(
        \.id) == ["cku-road", "northern"])
    scenario.agendaCorridors = nil
    let recognised = AgendaCorridors.select(scenario) { _ in 0 }
    #expect(recognised.reason == .recognised)
    #expect(
      recognised.corridors.map(\.id) == [
        "mc-btk", "mc-btk-dostyk", "mc-poti-sea", "mc-baku", "mc-caspian-west", "mc-caspian-east",
        "cku-road",
      ])
    scenario.corridors.removeAll { AgendaCorridors.isOnOTSAgenda($0) }
    let flows = ["northern": 5.0, "instc-west": 9, "khorgos-road": 7, "caucasus-road": 1]
    let busiest = AgendaCorridors.select(scenario) { flows[$0.id] ?? 0 }
    #expect(busiest.reason == .mostFlow)
    #expect(busiest.corridors.map(\.id) == ["instc-west", "khorgos-road", "northern"])
  }

  @Test("border posts and crossings are named by place and country, not codes")
  func clearanceLabels() throws {
    let scenario = try load("Scenarios/ots-calibrated-2025.yaml")
    let direction = BorderDirection(from: "CN", to: "KZ")
    #expect(
      BriefWords.subject(
        .crossing(CrossingKey(crossing: "khorgos-road", direction: direction)), in: scenario)
        == "Khorgos road (Horgos / Nur Zholy), China to Kazakhstan")
    let key = CheckpointKey(node: "HRG-CN", mode: .rail, direction: direction)
    #expect(
      BriefWords.subject(.checkpoint(key), in: scenario)
        == "Horgos rail port (CN side) (rail, China to Kazakhstan)")
  }

  @Test("corridors of the agenda are recognised by id or name")
  func recognition() {
    func corridor(_ id: String, _ name: String) -> Corridor {
      Corridor(id: id, name: name, waypoints: ["A", "B"])
    }
    #expect(AgendaCorridors.isOnOTSAgenda(corridor("titr", "Rail")))
    #expect(AgendaCorridors.isOnOTSAgenda(corridor("x", "Trans-Caspian route")))
    #expect(AgendaCorridors.isOnOTSAgenda(corridor("x", "MIDDLE  corridor, Poti")))
    #expect(AgendaCorridors.isOnOTSAgenda(corridor("x", "China–Kyrgyzstan–Uzbekistan railway")))
    #expect(AgendaCorridors.isOnOTSAgenda(corridor("cku-rail", "New line")))
    #expect(!AgendaCorridors.isOnOTSAgenda(corridor("mcx", "Northern")))
    #expect(!AgendaCorridors.isOnOTSAgenda(corridor("torugart-road", "Kashgar-Torugart-Bishkek")))
  }
}
