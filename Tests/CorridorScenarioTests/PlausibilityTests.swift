import Testing

@testable import CorridorScenario

/// A planner's honest mistakes: legal values that are almost certainly not what was meant.
@Suite("Plausibility warnings")
struct PlausibilityTests {
  /// Validates `text`, which must have no errors, and returns its warnings.
  func warnings(_ text: String) throws -> [Diagnostic] {
    let files = ScenarioFiles()
    files.write("s.yaml", text)
    let report = files.validate("s.yaml")
    #expect(report.errors.isEmpty, "\(report.errors)")
    return report.warnings
  }

  /// The one warning containing `fragment`, checked to point at the line of `marker`.
  func expectWarning(
    _ text: String, containing fragment: String, at marker: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let found = try warnings(text).filter { $0.message.contains(fragment) }
    #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
    let line = try #require(position(of: marker, in: text)).line
    #expect(found.first?.location.line == line, "\(found)", sourceLocation: sourceLocation)
  }

  @Test("the minimal scenario raises none (the library is checked in LibraryTests)")
  func quiet() throws {
    #expect(try warnings(minimalScenario).isEmpty)
  }

  @Test("an alpha-3 country code gets its alpha-2 code as a hint")
  func alpha3() throws {
    let text = minimal(
      replacing: "{id: B, kind: city, country: KZ,", with: "{id: B, kind: city, country: KAZ,")
    try expectWarning(
      text,
      containing:
        "node 'B' has country 'KAZ', which is not an ISO 3166-1 alpha-2 code; did you mean 'KZ' (Kazakhstan)?",
      at: "country: KAZ")
    #expect(PlausibilityCheck.countryHint("kg") == "; did you mean 'KG' (Kyrgyzstan)?")
    #expect(PlausibilityCheck.countryHint("Uzbekistan") == "; did you mean 'UZ' (Uzbekistan)?")
    #expect(PlausibilityCheck.countryHint("XX") == "")
  }

  @Test("latitude and longitude swapped are named as such")
  func swapped() throws {
    let text = minimal(replacing: "lat: 43.2, lon: 76.9}", with: "lat: 76.9, lon: 43.2}")
    try expectWarning(
      text,
      containing:
        "node 'B' at lat 76.9, lon 43.2 is outside Kazakhstan (KZ); latitude and longitude look swapped",
      at: "lat: 76.9")
    // The link to it no longer fits its length either: 300 km for some 3,800 km.
    try expectWarning(
      text, containing: "link 'X-B-road' is 300 km long, but 'X' and 'B' are", at: "{from: X, to: B"
    )
  }

  @Test("a node outside the region is flagged when its country is unknown")
  func region() throws {
    let text = minimal(
      replacing: "{id: B, kind: city, country: KZ, lat: 43.2, lon: 76.9}",
      with: "{id: B, kind: city, country: ZZ, lat: -33.9, lon: 18.4}")
    let found = try warnings(text).map(\.message)
    #expect(found.contains { $0.contains("country 'ZZ', which is not an ISO 3166-1 alpha-2 code") })
    #expect(found.contains { $0.contains("node 'B' at lat -33.9, lon 18.4 is outside the region") })
  }

  @Test("a link far longer than the distance between its ends is a unit slip")
  func spur() throws {
    let text = minimal(
      replacing: "{from: X, to: B, mode: road, km: 300,",
      with: "{from: X, to: B, mode: road, km: 15000,")
    try expectWarning(
      text, containing: "link 'X-B-road' is 15000 km long, 51 times the 295 km", at: "km: 15000")
  }

  @Test("a speed outside the mode's range")
  func speed() throws {
    let text = minimal(replacing: "km: 300, hours: 5}", with: "km: 300, speed_kmh: 500}")
    try expectWarning(
      text,
      containing:
        "link 'X-B-road' (road) runs at 500 km/h on average (300 km in 0.6 h); road is expected at 3 to 110 km/h",
      at: "speed_kmh: 500")
    try expectWarning(
      minimal(replacing: "km: 300, hours: 5}", with: "km: 300, hours: 0}"),
      containing: "link 'X-B-road' (road) runs 300 km in 0 hours", at: "hours: 0}")
    // A truck at 60 km/h is fine.
    #expect(
      try warnings(minimal(replacing: "km: 300, hours: 5}", with: "km: 300, speed_kmh: 60}"))
        .isEmpty)
  }

  /// The minimal scenario with a road on from B to a node C of `country` near Tashkent.
  func onward(_ country: String, link extra: String = "") -> String {
    minimal(
      replacing: "links:\n",
      with: "  - {id: C, kind: city, country: \(country), lat: 41.3, lon: 69.24}\nlinks:\n"
    )
    .replacingOccurrences(
      of: "demand:\n",
      with: "  - {from: B, to: C, mode: road, km: 800, speed_kmh: 50\(extra)}\ndemand:\n")
  }

  @Test("a road across a border with no checkpoint, unless in a customs union or stated open")
  func border() throws {
    try expectWarning(
      onward("UZ"),
      containing:
        "road link 'B-C-road' runs from 'B' (KZ) to 'C' (UZ) with no border checkpoint at either end",
      at: "{from: B, to: C")
    // Kazakhstan and Kyrgyzstan are both in the EAEU: no customs controls between them.
    #expect(try warnings(onward("KG")).isEmpty)
    #expect(try warnings(onward("UZ", link: ", open_border: true")).isEmpty)
  }

  @Test("two measures scaling the same demand")
  func doubleScaling() throws {
    let text = minimal(
      replacing: "demand:\n",
      with: "measures:\n  - id: growth\n    changes:\n      - {demand: all, scale: 1.3}\n"
        + "  - id: growth-again\n    changes:\n      - {demand: {from: A}, scale: 1.3}\n"
        + "demand:\n")
    try expectWarning(
      text,
      containing:
        "measure 'growth-again' scales 1 demand entry that measure 'growth' already scaled",
      at: "{demand: {from: A}")
    let message = try #require(try warnings(text).first?.message)
    #expect(message.contains("together they multiply it by 1.69, not 1.3"))
    // Two measures each scale one entry; a third scales both: both are named.
    let two = minimal(
      replacing: "demand:\n",
      with: "measures:\n  - id: grow-a\n    changes:\n      - {demand: {to: B}, scale: 2}\n"
        + "  - id: grow-b\n    changes:\n      - {demand: {to: X}, scale: 3}\n"
        + "  - id: grow-all\n    changes:\n      - {demand: all, scale: 1.5}\ndemand:\n"
    ).replacingOccurrences(
      of: "teu_per_year: 1000}",
      with: "teu_per_year: 1000}\n  - {from: A, to: X, commodity: goods, teu_per_year: 10}")
    let both = try warnings(two).map(\.message)
    #expect(
      both.contains {
        $0.contains(
          "measure 'grow-all' scales 2 demand entries that measures 'grow-a', 'grow-b' already scaled: together they multiply them by 3 to 4.5, not 1.5"
        )
      }, "\(both)")
  }

  @Test("growth in a file that extends a scaled base is not scaling twice")
  func growthOnAFittedBase() throws {
    let files = ScenarioFiles()
    files.write(
      "base.yaml",
      minimal(
        replacing: "demand:\n",
        with: "measures:\n  - id: calibration\n    changes:\n      - {demand: all, scale: 0.8}\n"
          + "demand:\n"))
    files.write(
      "growth.yaml",
      "extends: base.yaml\nscenario: growth\nmeasures:\n  - id: growth\n    changes:\n"
        + "      - {demand: all, scale: 2}\n")
    let report = files.validate("growth.yaml")
    #expect(report.errors.isEmpty, "\(report.errors)")
    #expect(report.warnings.isEmpty, "\(report.warnings)")
    let demand = try #require(report.scenario?.demand.first)
    #expect(abs(demand.teuPerYear - 1000 * 0.8 * 2) < 1e-9)
  }

  @Test("corridors that no demand uses")
  func idleCorridors() throws {
    let spare = minimal(
      replacing: "links:\n",
      with: "  - {id: D, kind: city, country: KZ, lat: 43.3, lon: 77.2}\nlinks:\n"
    )
    .replacingOccurrences(
      of: "demand:\n", with: "  - {from: B, to: D, mode: road, km: 30, speed_kmh: 50}\ndemand:\n")
    let idle = spare + "\ncorridors:\n  - {id: east, via: [B, D]}\n"
    try expectWarning(
      idle,
      containing:
        "corridor 'east' carries no demand: no OD pair's fastest route uses any of its links",
      at: "{id: east")
    let used = spare + "\ncorridors:\n  - {id: main, via: [A, B]}\n"
    #expect(try warnings(used).isEmpty)
  }

  @Test("a hint for a misspelt node is near the place, and names the node and its country")
  func placeAwareHint() throws {
    // GRG (Gorgan, Iran) is one letter from TRG but 2,000 km from B: a 300 km link out of B
    // cannot mean it. In a demand entry, which has no length, the hint shows where GRG is.
    let withGorgan = minimal(
      replacing: "links:\n",
      with: "  - {id: GRG, name: Gorgan, kind: city, country: IR, lat: 36.84, lon: 54.44}\nlinks:\n"
    )
    let files = ScenarioFiles()
    files.write(
      "link.yaml",
      withGorgan.replacingOccurrences(
        of: "demand:\n",
        with: "  - {from: B, to: TRG, mode: road, km: 300, speed_kmh: 50}\ndemand:\n"))
    let linkErrors = files.validate("link.yaml").errors.map(\.message)
    #expect(linkErrors.contains { $0.contains("node 'TRG', which is not defined; define it") })
    #expect(!linkErrors.contains { $0.contains("did you mean") })
    files.write(
      "demand.yaml",
      withGorgan.replacingOccurrences(
        of: "{from: A, to: B, commodity", with: "{from: A, to: TRG, commodity"))
    #expect(
      files.validate("demand.yaml").errors.map(\.message).contains {
        $0.contains(
          "demand ends at node 'TRG', which is not defined; did you mean 'GRG' (Gorgan, IR)?")
      })
    // A name written for an id is matched whole.
    let named = minimal(replacing: "{id: B, kind: city,", with: "{id: B, name: Almaty, kind: city,")
      .replacingOccurrences(
        of: "{from: A, to: B, commodity", with: "{from: A, to: Almaty, commodity")
    files.write("name.yaml", named)
    #expect(
      files.validate("name.yaml").errors.map(\.message).contains {
        $0.contains("did you mean 'B' (Almaty, KZ)?")
      })
  }
}
