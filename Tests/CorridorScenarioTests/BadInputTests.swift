import Foundation
import Testing

@testable import CorridorScenario

/// One malformed variant of the minimal scenario and the error it must give.
struct BadCase: CustomTestStringConvertible, Sendable {
  var name: String
  var old: String
  var new: String
  /// Where the error must point: the first occurrence of this text in the edited file.
  var marker: String
  /// Text the message must contain.
  var message: String
  var testDescription: String { name }
}

@Suite("Bad input gives located errors")
struct BadInputTests {
  static let cases: [BadCase] = [
    BadCase(
      name: "unknown key with a suggestion", old: "lanes: 1,", new: "lenes: 1,",
      marker: "lenes",
      message: "unknown key 'lenes' in stage #2 of process #1 of node 'X'; did you mean 'lanes'?"),
    BadCase(
      name: "unknown top-level key", old: "demand:", new: "demands:",
      marker: "demands",
      message: "unknown key 'demands' in the scenario file; did you mean 'demand'?"),
    BadCase(
      name: "missing required key", old: "{id: A, kind: city, country: CN,",
      new: "{id: A, kind: city,",
      marker: "{id: A", message: "missing required key 'country' in node 'A'; expected a text value"
    ),
    BadCase(
      name: "wrong type", old: "km: 600", new: "km: six hundred",
      marker: "six hundred",
      message: "'km' in link #1 (A to X) must be a number from 0.01 to 20000, found 'six hundred'"),
    BadCase(
      name: "mapping where a list belongs", old: "countries: [CN, KZ]", new: "countries: {a: CN}",
      marker: "{a: CN}",
      message: "'countries' in checkpoint of node 'X' must be a list, found a mapping"),
    BadCase(
      name: "list where a mapping belongs", old: "hours: 5}", new: "hours: 5, ferry: [1, 2]}",
      marker: "[1, 2]", message: "link #2 (X to B) has a 'ferry:' block but its mode is road"),
    BadCase(
      name: "duplicate node id", old: "{id: B, kind: city, country: KZ",
      new: "{id: A, kind: city, country: KZ",
      marker: "A, kind: city, country: KZ",
      message: "duplicate node id 'A' (first defined at line 5)"),
    BadCase(
      name: "duplicate key", old: "    lat: 44.2\n", new: "    lat: 44.2\n    lat: 44.3\n",
      marker: "lat: 44.3",
      message: "duplicate key 'lat' (first given at line 9, column 5); each key may appear once"),
    BadCase(
      name: "reference to an unknown node", old: "to: B, commodity", new: "to: Bx, commodity",
      marker: "Bx",
      message: "demand ends at node 'Bx', which is not defined; did you mean 'B' (KZ)?"),
    BadCase(
      name: "reference to an unknown commodity", old: "commodity: goods,", new: "commodity: good,",
      marker: "good,",
      message: "demand refers to commodity 'good', which is not defined; did you mean 'goods'?"),
    BadCase(
      name: "negative distance", old: "km: 300", new: "km: -300",
      marker: "-300", message: "must be a number from 0.01 to 20000, found -300"),
    BadCase(
      name: "zero lanes", old: "lanes: 2", new: "lanes: 0",
      marker: "0, service",
      message:
        "'lanes' in stage #1 of process #1 of node 'X' must be a whole number from 1 to 10000, found 0"
    ),
    BadCase(
      name: "lanes beyond any facility", old: "lanes: 2", new: "lanes: 2000000",
      marker: "2000000", message: "must be a whole number from 1 to 10000, found 2000000"),
    BadCase(
      name: "sailings beyond any service", old: "{from: X, to: B, mode: road, km: 300, hours: 5}",
      new:
        "{from: X, to: B, mode: ferry, km: 300, hours: 5, ferry: {sailings_per_week: 1e9, vessel_capacity_teu: 10}}",
      marker: "1e9", message: "must be a number from 0.001 to 1000, found 1e9"),
    BadCase(
      name: "two corridors with one name", old: "demand:\n",
      new:
        "corridors:\n  - {id: c1, name: Main, via: [A, B]}\n  - {id: c2, name: Main, via: [A, X]}\ndemand:\n",
      marker: "{id: c2", message: "corridors 'c1' and 'c2' have the same name 'Main'"),
    BadCase(
      name: "NaN", old: "lat: 43.2", new: "lat: .nan",
      marker: ".nan",
      message: "'lat' in node 'B' must be a finite number (a number from -90 to 90), found .nan"),
    BadCase(
      name: "infinity", old: "speed_kmh: 60", new: "speed_kmh: .inf",
      marker: ".inf", message: "must be a finite number (a number from 0.1 to 1000), found .inf"),
    BadCase(
      name: "probability above 1", old: "probability: 0.1", new: "probability: 1.5",
      marker: "1.5",
      message:
        "'probability' in stage #2 of process #1 of node 'X' must be a probability from 0 to 1, found 1.5"
    ),
    BadCase(
      name: "latitude out of range", old: "lat: 43.8", new: "lat: 143.8",
      marker: "143.8", message: "'lat' in node 'A' must be a number from -90 to 90, found 143.8"),
    BadCase(
      name: "opening hours that do not parse", old: "        - mode: road\n",
      new: "        - mode: road\n          opening_hours: Mon-Fry 08:00-18:00\n",
      marker: "Fry", message: "'Fry' is not a day; expected Mon, Tue, Wed, Thu, Fri, Sat or Sun"),
    BadCase(
      name: "opening hours with a bad time", old: "        - mode: road\n",
      new: "        - mode: road\n          opening_hours: \"daily 08:00-25:00\"\n",
      marker: "25:00", message: "'25:00' is not a time; expected HH:MM from 00:00 to 24:00"),
    BadCase(
      name: "a closure with a date that is not one", old: "        - mode: road\n",
      new:
        "        - mode: road\n          closures: [{from: 2025-02-30, to: 2025-03-02, reason: x}]\n",
      marker: "2025-02-30",
      message:
        "'from' in closure #1 of 'closures' in process #1 of node 'X' must be a date written "
        + "YYYY-MM-DD (years 1900 to 2999), found '2025-02-30'"),
    BadCase(
      name: "a closure that ends before it starts", old: "        - mode: road\n",
      new:
        "        - mode: road\n          closures: [{from: 2025-10-07, to: 2025-10-01, reason: x}]\n",
      marker: "2025-10-01",
      message: "'to' in closure #1 of 'closures' in process #1 of node 'X' is 2025-10-01, before"),
    BadCase(
      name: "a closure without its reason", old: "        - mode: road\n",
      new: "        - mode: road\n          closures: [{from: 2025-10-01, to: 2025-10-07}]\n",
      marker: "{from: 2025-10-01",
      message: "missing required key 'reason' in closure #1 of 'closures' in process #1"),
    BadCase(
      name: "consolidation without its tariff factor", old: "commodities:\n",
      new:
        "settings:\n  consolidation: {departures_per_week: 7, teu_per_departure: 90}\ncommodities:\n",
      marker: "{departures_per_week",
      message: "missing required key 'tariff_factor' in 'consolidation' in settings"),
    BadCase(
      name: "a candidate hub that consolidates",
      old: "{id: B, kind: city, country: KZ, lat: 43.2, lon: 76.9}",
      new:
        "{id: B, kind: hub, country: KZ, lat: 43.2, lon: 76.9, hub: {dwell_hours: 6, candidate: true, fixed_cost_usd_per_year: 1, consolidates: true}}",
      marker: "true}}",
      message: "hub of node 'B' is a candidate and consolidates"),
    BadCase(
      name: "direction across the wrong border", old: "        - mode: road\n",
      new: "        - mode: road\n          direction: KZ->UZ\n",
      marker: "KZ->UZ", message: "the checkpoint joins CN and KZ; expected CN->KZ or KZ->CN"),
    BadCase(
      name: "facility block on the wrong kind",
      old: "{id: B, kind: city, country: KZ, lat: 43.2, lon: 76.9}",
      new:
        "{id: B, kind: city, country: KZ, lat: 43.2, lon: 76.9, gauge_change: {transshipment_hours: 1}}",
      marker: "{transshipment_hours",
      message: "node 'B' is of kind city but has a 'gauge_change:' block"),
    BadCase(
      name: "unknown enumeration value", old: "mode: road, km: 600", new: "mode: raod, km: 600",
      marker: "raod", message: "'mode' in link #1 (A to X) is 'raod'; did you mean 'road'?"),
    BadCase(
      name: "time given twice", old: "km: 300, hours: 5", new: "km: 300, hours: 5, speed_kmh: 50",
      marker: "50}", message: "gives both 'hours' and 'speed_kmh'; give one of them"),
    BadCase(
      name: "ferry link without sailings", old: "mode: road, km: 300", new: "mode: ferry, km: 300",
      marker: "{from: X", message: "missing required key 'ferry' in link #2 (X to B)"),
    BadCase(
      name: "demand with no path", old: "{from: X, to: B, mode: road, km: 300, hours: 5}",
      new: "{from: B, to: X, mode: road, km: 300, hours: 5, both_ways: false}",
      marker: "{from: A, to: B", message: "no path from 'A' to 'B' in the network"),
    BadCase(
      name: "a measure on the wrong kind of node", old: "demand:\n",
      new:
        "measures:\n  - id: m\n    changes:\n      - stage: {checkpoint: A}\n        set: {lanes: 3}\ndemand:\n",
      marker: "{checkpoint: A}",
      message:
        "measure 'm' targets node 'A' of kind city; this change needs a node of kind checkpoint"),
  ]

  @Test("each malformed scenario gives its error at its place", arguments: cases)
  func badCase(_ bad: BadCase) throws {
    let files = ScenarioFiles()
    let text = minimal(replacing: bad.old, with: bad.new)
    files.write("bad.yaml", text)
    let report = files.validate("bad.yaml")
    #expect(!report.isValid)
    #expect(report.scenario == nil)
    let expected = try #require(position(of: bad.marker, in: text), "marker not in text")
    let match = report.errors.first { $0.message.contains(bad.message) }
    let error = try #require(match, "no error containing \"\(bad.message)\" in \(report.errors)")
    #expect(error.location.file.hasSuffix("bad.yaml"))
    #expect(error.location.line == expected.line, "\(error)")
    #expect(error.location.column == expected.column, "\(error)")
  }

  @Test("all errors in a file are reported at once, in order")
  func allAtOnce() throws {
    let files = ScenarioFiles()
    var text = minimal(replacing: "lanes: 1,", with: "lenes: 1,")
    text = text.replacingOccurrences(of: "km: 600", with: "km: -600")
    text = text.replacingOccurrences(of: "lat: 43.2", with: "lat: north")
    files.write("bad.yaml", text)
    let report = files.validate("bad.yaml")
    let lines = report.errors.map(\.location.line)
    // The misspelt key also leaves 'lanes' missing: two errors on line 17.
    #expect(lines == [17, 17, 18, 20], "\(report.errors)")
    #expect(lines == lines.sorted())
  }

  @Test("a YAML syntax error points at the parser's position")
  func yamlSyntax() throws {
    let files = ScenarioFiles()
    // An unclosed flow mapping: libyaml notices at the start of the next line.
    files.write("bad.yaml", minimal(replacing: "speed_kmh: 60}", with: "speed_kmh: 60"))
    let error = try #require(files.validate("bad.yaml").onlyError)
    #expect(error.message.hasPrefix("YAML syntax error: did not find expected ',' or '}'"))
    #expect(error.message.contains("while parsing a flow mapping at line 20, column 5"))
    #expect((error.location.line, error.location.column) == (21, 5))
  }

  @Test("a root that is not a mapping")
  func rootList() throws {
    let files = ScenarioFiles()
    files.write("list.yaml", "- a\n- b\n")
    let error = try #require(files.validate("list.yaml").onlyError)
    #expect(
      error.message == "expected a mapping (key: value lines) for the scenario file, found a list")
    #expect((error.location.line, error.location.column) == (1, 1))
  }

  @Test("a truncated file")
  func truncated() throws {
    let files = ScenarioFiles()
    // Cut in the middle of the second node: the file ends inside a flow mapping's line.
    let cut = String(minimalScenario.prefix(while: { $0 != "}" }))
    files.write("cut.yaml", cut)
    let report = files.validate("cut.yaml")
    #expect(!report.isValid)
    let error = try #require(report.onlyError)
    #expect(error.message.hasPrefix("YAML syntax error: did not find expected ',' or '}'"))
    // libyaml reports the end of the stream, after the last line.
    #expect((error.location.line, error.location.column) == (4, 1))
  }
}
