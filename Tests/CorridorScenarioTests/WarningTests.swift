import Testing

@testable import CorridorScenario

@Suite("Warnings for suspicious but legal values")
struct WarningTests {
  @Test("a checkpoint stage loaded above 100 % is a warning, not an error")
  func overloadedStage() throws {
    let files = ScenarioFiles()
    // 100,000 TEU/year = 50,000 trucks over 8,760 h = 5.708 trucks/h. Documents:
    // 5.708 × 0.5 h / 2 lanes = 142.7 %; inspection: 5.708 × 0.1 × 2 h / 1 lane = 114.2 %.
    // Only the busiest stage of a process is reported.
    files.write("hot.yaml", minimal(replacing: "teu_per_year: 1000", with: "teu_per_year: 100000"))
    let report = files.validate("hot.yaml")
    #expect(report.isValid)
    #expect(report.errors.isEmpty)
    let warning = try #require(report.warnings.first)
    #expect(report.warnings.count == 1)
    #expect(
      warning.message
        == "checkpoint 'X' road both ways: stage 'documents' would be loaded at 143 % by 100000 TEU/year on the fastest routes; queues grow without bound above 100 % (add lanes, shorten service or extend opening hours)"
    )
    #expect((warning.location.line, warning.location.column) == (6, 5))
  }

  @Test("the same demand below capacity gives no warning")
  func belowCapacity() {
    let files = ScenarioFiles()
    // 60,000 TEU/year: documents at 85.6 %, inspection at 68.5 %.
    files.write("ok.yaml", minimal(replacing: "teu_per_year: 1000", with: "teu_per_year: 60000"))
    #expect(files.validate("ok.yaml").diagnostics.isEmpty)
  }

  /// The minimal scenario by rail: 1435 mm into X with a capacity of 500 TEU, `gauge` beyond.
  func rail(gauge: String) -> String {
    minimal(
      replacing: "{from: A, to: X, mode: road, km: 600, speed_kmh: 60}",
      with: "{from: A, to: X, mode: rail_1435, km: 600, speed_kmh: 60, capacity_teu_per_year: 500}"
    )
    .replacingOccurrences(
      of: "{from: X, to: B, mode: road", with: "{from: X, to: B, mode: \(gauge)"
    )
    .replacingOccurrences(of: "- mode: road", with: "- mode: rail")
  }

  @Test("a link over its capacity")
  func linkOverCapacity() throws {
    let files = ScenarioFiles()
    files.write("rail.yaml", rail(gauge: "rail_1435"))
    let report = files.validate("rail.yaml")
    #expect(report.errors.isEmpty)
    #expect(
      report.warnings.map(\.message) == [
        "link 'A-X-rail_1435' would carry 1000 TEU/year on the fastest routes, 200 % of its capacity of 500 TEU/year; flows will divert or queue"
      ])
  }

  @Test("rail gauges meeting without a gauge change: no route across, and a warning")
  func gauges() throws {
    let files = ScenarioFiles()
    files.write("gauges.yaml", rail(gauge: "rail_1520"))
    let error = try #require(files.validate("gauges.yaml").onlyError)
    #expect(
      error.message
        == "no path from 'A' to 'B' in the network; links join them, but only with a change of mode where none is allowed (modes change at nodes with a 'hub:' block, such as hubs, ports and terminals; gauges at gauge-change nodes; or along 'transfer' links)"
    )
    #expect(error.location.line == 23)
    // With demand that does not cross, the join is only suspicious.
    files.write(
      "unused.yaml",
      rail(gauge: "rail_1520").replacingOccurrences(
        of: "to: B, commodity", with: "to: X, commodity"))
    let report = files.validate("unused.yaml")
    #expect(report.errors.isEmpty, "\(report.errors)")
    #expect(
      report.warnings.map(\.message).contains(
        "node 'X' joins rail_1520 and rail_1435 links but is not a gauge_change node; trains cannot pass here without transshipment"
      ))
  }

  @Test("a link entering a checkpoint by a mode or direction it does not control")
  func uncontrolledEntry() throws {
    let files = ScenarioFiles()
    files.write(
      "oneway.yaml",
      minimal(
        replacing: "        - mode: road\n",
        with: "        - mode: road\n          direction: CN->KZ\n"))
    let report = files.validate("oneway.yaml")
    #expect(report.errors.isEmpty)
    let warning = try #require(report.warnings.first)
    #expect(report.warnings.count == 1)
    #expect(
      warning.message
        == "link 'B-X-road' (road) enters checkpoint 'X' from KZ, but the checkpoint has no road process for that direction (it has: road CN->KZ); freight on it would cross without controls"
    )
    // The reverse of the X-B link, written on line 22 (one line lower for the direction).
    #expect(warning.location.line == 22)
  }
}
