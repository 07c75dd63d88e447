import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorStudy

@Suite("Queue mechanisms in the scenario: bad values are errors at their line")
struct MechanismKeyTests {
  @Test(
    "a daily quota that is not a whole number from 1 up is an error at its line",
    arguments: ["0", "-1", "2.5"])
  func badQuota(value: String) throws {
    let text = twoRoutes(surcharge: 0).replacingOccurrences(
      of: "- {id: TAR, name: Taraz, kind: city, country: KZ, lat: 42.90, lon: 71.37}",
      with: "- {id: TAR, name: Taraz, kind: checkpoint, country: KZ, lat: 42.90, lon: 71.37, "
        + "checkpoint: {countries: [KZ, UZ], processes: [{mode: road, quota_units_per_day: "
        + "\(value), stages: [{id: documents, lanes: 2, service_hours: 0.5}]}]}}")
    let (scenario, report) = try loadText(text)
    #expect(scenario == nil)
    let error = try #require(report.errors.first)
    #expect(error.message.contains("quota_units_per_day"), "\(error.message)")
    #expect(error.location.line == 8)
  }

  @Test(
    "a holding area that is not a whole number from 1 up is an error at its line",
    arguments: ["0", "-3", "1.5"])
  func badHoldingArea(value: String) throws {
    let text = twoRoutes(surcharge: 0).replacingOccurrences(
      of: "- {id: TAR, name: Taraz, kind: city, country: KZ, lat: 42.90, lon: 71.37}",
      with: "- {id: TAR, name: Taraz, kind: checkpoint, country: KZ, lat: 42.90, lon: 71.37, "
        + "checkpoint: {countries: [KZ, UZ], processes: [{mode: road, holding_area_units: "
        + "\(value), stages: [{id: documents, lanes: 2, service_hours: 0.5}]}]}}")
    let (scenario, report) = try loadText(text)
    #expect(scenario == nil)
    let error = try #require(report.errors.first)
    #expect(error.message.contains("holding_area_units"), "\(error.message)")
    #expect(error.location.line == 8)
  }

  @Test("arriving while the post is open is true or false; anything else is an error at its line")
  func arriveWhenOpen() throws {
    func text(_ value: String) -> String {
      twoRoutes(surcharge: 0).replacingOccurrences(
        of: "- {id: TAR, name: Taraz, kind: city, country: KZ, lat: 42.90, lon: 71.37}",
        with: "- {id: TAR, name: Taraz, kind: checkpoint, country: KZ, lat: 42.90, lon: 71.37, "
          + "checkpoint: {countries: [KZ, UZ], processes: [{mode: road, opening_hours: "
          + "Mon-Fri 09:00-18:00, arrive_when_open: \(value), stages: [{id: documents, "
          + "lanes: 2, service_hours: 0.5}]}]}}")
    }
    let bad = try loadText(text("sometimes"))
    #expect(bad.scenario == nil)
    let error = try #require(bad.report.errors.first)
    #expect(error.message.contains("arrive_when_open"), "\(error.message)")
    #expect(error.location.line == 8)
    let good = try #require(try loadText(text("true")).scenario)
    let process = try #require(good.node("TAR")?.checkpoint?.processes.first)
    #expect(process.arrivesWhenOpen)
  }

  @Test(
    "a longest wait for a train that is not a positive number of hours is an error at its line",
    arguments: ["0", "-1", "soon"])
  func badFormationWait(value: String) throws {
    let (scenario, report) = try loadText(
      twoRoutes(surcharge: 0, settings: ", train_formation_max_hours: \(value)"))
    #expect(scenario == nil)
    let error = try #require(report.errors.first)
    #expect(error.message.contains("train_formation_max_hours"), "\(error.message)")
    #expect(error.location.line == 3)
  }

  @Test("a priority class that is not listed in settings is an error at the commodity's key")
  func unknownPriorityClass() throws {
    let listed = try loadText(
      twoRoutes(
        surcharge: 0, settings: ", priority_classes: [express, standard]",
        commodity: ", priority_class: expres"))
    let error = try #require(listed.report.errors.first)
    #expect(error.message.contains("priority class 'expres', which is not defined"))
    #expect(error.message.contains("'express', 'standard'"))
    #expect(error.location.line == 5)
    let unlisted = try loadText(twoRoutes(surcharge: 0, commodity: ", priority_class: express"))
    #expect(unlisted.report.errors.first?.message.contains("settings: priority_classes:") == true)
    let twice = try loadText(
      twoRoutes(surcharge: 0, settings: ", priority_classes: [express, express]"))
    #expect(twice.report.errors.first?.message.contains("listed twice") == true)
    #expect(twice.report.errors.first?.location.line == 3)
    let fine = try loadText(
      twoRoutes(
        surcharge: 0, settings: ", priority_classes: [express]",
        commodity: ", priority_class: express"))
    #expect(fine.report.errors.isEmpty)
  }

  @Test("wagon supply needs both keys and at least one set, each an error at its line")
  func badWagonSupply() throws {
    let root = HubStudyTests.root.appendingPathComponent("Scenarios/examples/two-corridors.yaml")
    let example = try String(contentsOf: root, encoding: .utf8)
    func lineNumber(_ text: String, _ needle: String) -> Int {
      (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
    }
    let zero = example.replacingOccurrences(
      of: "capacity_teu_per_day: 1200",
      with: "capacity_teu_per_day: 1200\n      wagon_sets: 0\n      wagon_cycle_hours: 72")
    let zeroError = try #require(try loadText(zero).report.errors.first)
    #expect(zeroError.message.contains("wagon_sets"))
    #expect(zeroError.location.line == lineNumber(zero, "wagon_sets"))
    let alone = example.replacingOccurrences(
      of: "capacity_teu_per_day: 1200", with: "capacity_teu_per_day: 1200\n      wagon_sets: 4")
    let aloneError = try #require(try loadText(alone).report.errors.first)
    #expect(aloneError.message.contains("'wagon_sets' without 'wagon_cycle_hours'"))
    #expect(aloneError.location.line == lineNumber(alone, "transshipment_hours"))
  }

  @Test("a route-choice scale on a commodity without a value of time is an error at it")
  func scaleWithoutValueOfTime() throws {
    let text = twoRoutes(surcharge: 0, settings: ", logit_scale_usd_per_teu: 100")
      .replacingOccurrences(
        of: "time_cost_percent_per_day: 0.8", with: "time_cost_percent_per_day: 0")
    let error = try #require(try loadText(text).report.errors.first)
    #expect(error.message.contains("no value of time"))
    #expect(error.location.line == 5)
  }

  @Test(
    "a crossing groups checkpoints of one border: a third country, or a node that is no post, is an error at it"
  )
  func badCrossings() throws {
    func post(_ id: String, _ name: String, lat: String, lon: String, _ countries: String) -> String
    {
      "- {id: \(id), name: \(name), kind: checkpoint, country: KZ, lat: \(lat), lon: \(lon), "
        + "checkpoint: {countries: [\(countries)], processes: [{mode: road, stages: "
        + "[{id: documents, lanes: 2, service_hours: 0.5}]}]}}"
    }
    let base = twoRoutes(surcharge: 0)
      .replacingOccurrences(
        of: "- {id: TAR, name: Taraz, kind: city, country: KZ, lat: 42.90, lon: 71.37}",
        with: post("TAR", "Taraz", lat: "42.90", lon: "71.37", "KZ, UZ")
      )
      .replacingOccurrences(
        of: "- {id: SHY, name: Shymkent, kind: city, country: KZ, lat: 42.32, lon: 69.59}",
        with: post("SHY", "Shymkent", lat: "42.32", lon: "69.59", "KZ, CN"))
    let third = base + "\ncrossings:\n  - {id: both, posts: [TAR, SHY]}\n"
    let thirdError = try #require(try loadText(third).report.errors.first)
    #expect(thirdError.message.contains("of a third country"), "\(thirdError.message)")
    #expect(thirdError.location.line == third.components(separatedBy: "\n").count - 1)
    let notPost = base + "\ncrossings:\n  - {id: city, posts: [TAR, ALA]}\n"
    let notPostError = try #require(try loadText(notPost).report.errors.first)
    #expect(notPostError.message.contains("not a checkpoint"))
    let fine = base + "\ncrossings:\n  - {id: taraz, posts: [TAR]}\n"
    #expect(try loadText(fine).report.errors.isEmpty)
  }
}

@Suite("Crossings' observed figures and corridors' segments: bad values at their line")
struct ObservationKeyTests {
  static func example() throws -> String {
    let root = HubStudyTests.root.appendingPathComponent("Scenarios/examples/two-corridors.yaml")
    return try String(contentsOf: root, encoding: .utf8)
  }

  static func line(_ text: String, _ needle: String) -> Int {
    (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
  }

  @Test("a figure for a side or direction of another border is an error at the figure")
  func otherBorder() throws {
    let example = try Self.example()
    let side = example.replacingOccurrences(
      of: "side: KG, hours: 1.8", with: "side: KZ, hours: 1.8")
    let sideError = try #require(try loadText(side).report.errors.first)
    #expect(sideError.message.contains("side 'KZ', but the crossing joins CN and KG"))
    #expect(sideError.location.line == Self.line(side, "side: KZ, hours: 1.8"))
    let direction = example.replacingOccurrences(of: "direction: CN->KG", with: "direction: CN->UZ")
    let directionError = try #require(try loadText(direction).report.errors.first)
    #expect(directionError.message.contains("direction CN->UZ"))
    let level = example.replacingOccurrences(of: "level: crossing", with: "level: bcp")
    let levelError = try #require(try loadText(level).report.errors.first)
    #expect(levelError.message.contains("expected one of: crossing, country-average"))
    let noYear = example.replacingOccurrences(of: "year: 2020, ", with: "")
    let yearError = try #require(try loadText(noYear).report.errors.first)
    #expect(yearError.message.contains("missing required key 'year'"))
  }

  @Test("a crossing's gauge change lies on its border, beside a post; else an error at it")
  func gaugeChangeInCrossing() throws {
    let example = try Self.example()
    let abroad = example.replacingOccurrences(of: "posts: [IRK]", with: "posts: [IRK, KHG]")
    let abroadError = try #require(try loadText(abroad).report.errors.first)
    #expect(abroadError.message.contains("gauge change 'KHG' in KZ, outside the border it crosses"))
    #expect(abroadError.location.line == Self.line(abroad, "posts: [IRK, KHG]"))
    let alone = example.replacingOccurrences(of: "posts: [IRK]", with: "posts: [KHG]")
    let aloneError = try #require(try loadText(alone).report.errors.first)
    #expect(aloneError.message.contains("but no border post"))
  }

  @Test("a corridor segment through an unknown node is an error at that node")
  func unknownSegmentNode() throws {
    let example = try Self.example()
    let text = example.replacingOccurrences(
      of: "via: [URC, IRK, TAS]}", with: "via: [URC, IRK, TAS], segment: [IRK, OSH]}")
    let error = try #require(try loadText(text).report.errors.first)
    #expect(error.message.contains("'OSH'"), "\(error.message)")
    #expect(error.location.line == Self.line(text, "segment: [IRK, OSH]"))
    let fine = example.replacingOccurrences(
      of: "via: [URC, IRK, TAS]}", with: "via: [URC, IRK, TAS], segment: [IRK, TAS]}")
    #expect(try loadText(fine).report.errors.isEmpty)
  }
}

@Suite("Holding areas that can wait on each other")
struct HoldingAreaCycleTests {
  static func text(direction: String) -> String {
    func post(_ id: String, _ country: String, _ lon: Double) -> String {
      "- {id: \(id), name: \(id), kind: checkpoint, country: \(country), lat: 42, lon: \(lon), "
        + "checkpoint: {countries: [KZ, UZ], processes: [{mode: road\(direction), "
        + "holding_area_units: 5, stages: [{id: documents, lanes: 1, service_hours: 0.5}]}]}}"
    }
    return """
      scenario: posts
      name: Posts
      commodities:
        - {id: general, value_usd_per_teu: 50000}
      nodes:
        - {id: ALA, name: Almaty, kind: city, country: KZ, lat: 43.2, lon: 76.9}
        \(post("X1", "KZ", 70.0))
        \(post("X2", "UZ", 69.9))
        - {id: TAS, name: Tashkent, kind: city, country: UZ, lat: 41.3, lon: 69.2}
      links:
        - {from: ALA, to: X1, mode: road, km: 700, speed_kmh: 60}
        - {from: X1, to: X2, mode: road, km: 2, speed_kmh: 20}
        - {from: X2, to: TAS, mode: road, km: 90, speed_kmh: 60}
      demand:
        - {from: ALA, to: TAS, commodity: general, teu_per_year: 1000}
      """
  }

  @Test("posts with holding areas for both directions, linked both ways, get a warning")
  func warned() throws {
    let both = try loadText(Self.text(direction: ""))
    let warning = try #require(both.report.warnings.first { $0.message.contains("wait for ever") })
    #expect(warning.message.contains("posts 'X1' and 'X2'"))
    #expect(warning.location.line == 8)
    let directed = try loadText(Self.text(direction: ", direction: KZ->UZ"))
    #expect(!directed.report.warnings.contains { $0.message.contains("wait for ever") })
  }
}
