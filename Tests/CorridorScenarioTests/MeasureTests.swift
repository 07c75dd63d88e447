import CorridorModel
import Foundation
import Testing

@testable import CorridorScenario

@Suite("Measures")
struct MeasureTests {
  /// The minimal scenario extended by a file with the given measures.
  func variant(_ measures: String) -> ValidationReport {
    let files = ScenarioFiles()
    files.write("base.yaml", minimalScenario)
    files.write("variant.yaml", "scenario: variant\nextends: base.yaml\nmeasures:\n" + measures)
    return files.validate("variant.yaml")
  }

  @Test("stage and process changes set and scale checkpoint figures")
  func checkpointChanges() throws {
    let report = variant(
      """
        - id: digital
          name: Pre-arrival declarations and risk-based inspection
          description: Documents lodged ahead; fewer trucks inspected.
          source: test
          changes:
            - stage: {checkpoint: X, mode: road, stage: documents}
              scale: {service_hours: 0.5}
              set: {lanes: 3}
            - stage: {checkpoint: X, stage: inspection}
              scale: {probability: 0.5}
            - process: {checkpoint: X, mode: road}
              set: {opening_hours: "Mon-Sat 08:00-20:00", fee_usd_per_teu: 40}
      """)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let scenario = try #require(report.scenario)
    let process = try #require(scenario.node("X")?.checkpoint?.processes.first)
    #expect(process.stages[0].serviceHours == .lognormal(mean: 0.25, cv: 0.5))
    #expect(process.stages[0].lanes == 3)
    #expect(process.stages[1].probability == 0.05)
    #expect(process.stages[1].lanes == 1)
    #expect(process.openingHours.hoursPerWeek == 72)
    #expect(process.feeUSDPerTEU == 40)
    #expect(scenario.appliedMeasures.map(\.id) == ["digital"])
    #expect(
      scenario.appliedMeasures[0].description
        == "Documents lodged ahead; fewer trucks inspected. (source: test)")
  }

  @Test("measures set and scale the queue mechanisms: quotas and holding areas, within range")
  func mechanismChanges() throws {
    let report = variant(
      """
        - id: permits
          changes:
            - process: {checkpoint: X, mode: road}
              set: {quota_units_per_day: 100, holding_area_units: 40}
        - id: more-permits
          changes:
            - process: {checkpoint: X, mode: road}
              scale: {quota_units_per_day: 1.5, holding_area_units: 1.25}
      """)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let process = try #require(report.scenario?.node("X")?.checkpoint?.processes.first)
    #expect(process.quotaUnitsPerDay == 150)
    #expect(process.holdingAreaUnits == 50)
    let zero = variant(
      """
        - id: closed
          changes:
            - process: {checkpoint: X, mode: road}
              set: {holding_area_units: 0}
      """)
    #expect(zero.scenario == nil)
    #expect(zero.diagnostics.first?.message.contains("holding_area_units") == true)
    let unset = variant(
      """
        - id: scaled
          changes:
            - process: {checkpoint: X, mode: road}
              scale: {quota_units_per_day: 2}
      """)
    #expect(unset.diagnostics.first?.message.contains("has no value to scale") == true)
  }

  @Test("a measure sets the days a post closes, or clears them to keep it open on holidays")
  func closureChanges() throws {
    let report = variant(
      """
        - id: holidays
          changes:
            - process: {checkpoint: X, mode: road}
              set:
                closures:
                  - {from: 2025-01-28, to: 2025-02-04, reason: Spring Festival}
                  - {from: 2025-12-31, to: 2026-01-02, reason: New Year}
      """)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let process = try #require(report.scenario?.node("X")?.checkpoint?.processes.first)
    #expect(process.closures.map(\.firstDay) == [27, 364])
    #expect(process.closures.map(\.days) == [8, 3])
    // Eleven closed days of the year.
    #expect(abs(process.calendar().closedHoursPerYear - 11 * 24) < 1e-9)
    let cleared = variant(
      """
        - id: holidays
          changes:
            - process: {checkpoint: X, mode: road}
              set: {closures: [{from: 2025-10-01, to: 2025-10-07, reason: National Day}]}
        - id: open-on-holidays
          changes:
            - process: {checkpoint: X, mode: road}
              set: {closures: []}
      """)
    #expect(cleared.diagnostics.isEmpty, "\(cleared.diagnostics)")
    let open = try #require(cleared.scenario?.node("X")?.checkpoint?.processes.first)
    #expect(open.closures.isEmpty)
  }

  /// A measure that adds a line to a new node C, speeds up A–X and grows demand from A,
  /// followed by `extra` changes.
  func newLine(then extra: String) -> ValidationReport {
    variant(
      """
        - id: new-line
          changes:
            - add_nodes:
                - {id: C, kind: city, country: KZ, lat: 45, lon: 78}
            - add_links:
                - {id: XC, from: X, to: C, mode: road, km: 200, speed_kmh: 40, capacity_teu_per_year: 5000}
            - link: XC
              scale: {capacity_teu_per_year: 2}
            - link: A-X-road
              set: {speed_kmh: 100}
            - add_demand:
                - {from: A, to: C, commodity: goods, teu_per_year: 100}
            - demand: {from: A}
              scale: 1.5

      """ + extra)
  }

  @Test("removing a node that demand still uses is an error naming the measure")
  func removedNodeInUse() throws {
    let report = newLine(then: "      - remove_nodes: [B]\n")
    let error = try #require(report.onlyError)
    #expect(error.message == "demand ends at node 'B', which measure 'new-line' removed")
    #expect(error.location.file.hasSuffix("/base.yaml"))
    #expect(error.location.line == 23)
    // Scaling that demand to zero does not remove it: still an error.
    let scaled = newLine(
      then: "      - remove_nodes: [B]\n      - demand: {to: B}\n        scale: 0\n")
    #expect(
      scaled.errors.map(\.message) == ["demand ends at node 'B', which measure 'new-line' removed"])
  }

  @Test("links, nodes and demand can be added, changed and removed")
  func networkChanges() throws {
    let fixed = newLine(then: "      - remove_links: [B-X-road]\n")
    #expect(fixed.errors.isEmpty, "\(fixed.errors)")
    let scenario = try #require(fixed.scenario)
    #expect(scenario.node("C") != nil)
    let xc = try #require(scenario.links.first { $0.id == "XC" })
    #expect(xc.capacityTEUPerYear == 10_000)
    #expect(scenario.links.first { $0.id == "XC~back" }?.capacityTEUPerYear == 5000)
    #expect(scenario.links.first { $0.id == "A-X-road" }?.runningHours == .fixed(6))
    #expect(scenario.links.contains { $0.id == "B-X-road" } == false)
    #expect(scenario.demand.map(\.teuPerYear) == [1500, 150])
  }

  @Test(
    "changes that do not fit the scenario are errors at the change",
    arguments: [
      (
        "- stage: {checkpoint: X, stage: document}\n          set: {lanes: 2}",
        "measure 'm' targets stage 'document' at checkpoint 'X', which has no such stage; did you mean 'documents'?; its stages are: documents, inspection"
      ),
      (
        "- stage: {checkpoint: X, mode: rail}\n          set: {lanes: 2}",
        "measure 'm' targets rail processes at checkpoint 'X', which has none; it has: road both"
      ),
      (
        "- stage: {checkpoint: Y}\n          set: {lanes: 2}",
        "measure 'm' targets node 'Y', which is not in the scenario"
      ),
      (
        "- stage: {checkpoint: X, stage: inspection}\n          scale: {probability: 20}",
        "measure 'm' at 'X': 'probability' of stage 'inspection' would become 2; a probability must stay within 0 to 1"
      ),
      (
        "- link: A-X-road\n          set: {sailings_per_week: 3}",
        "measure 'm' on link 'A-X-road': 'sailings_per_week' applies to ferry links only; link 'A-X-road' is road"
      ),
      (
        "- link: A-X-road\n          scale: {capacity_teu_per_year: 2}",
        "measure 'm' on link 'A-X-road': 'capacity_teu_per_year' has no value to scale; use 'set:'"
      ),
      (
        "- hub: A\n          set: {dwell_hours: 2}",
        "measure 'm' targets node 'A' of kind city, which has no 'hub:' block; a hub change needs a hub, dry port or terminal"
      ),
      (
        "- gauge_change: X\n          set: {cost_usd_per_teu: 2}",
        "measure 'm' targets node 'X' of kind checkpoint; this change needs a node of kind gauge_change"
      ),
      (
        "- remove_links: [A-B-road]",
        "measure 'm' removes link 'A-B-road', which is not in the scenario; did you mean 'A-X-road'?"
      ),
      (
        "- link: A-X-road\n          set: {capacity_teu_per_year: 100}\n          scale: {km: 0}",
        "measure 'm' on link 'A-X-road': 'km' would become 0; it must be a number from 0.01 to 20000"
      ),
      (
        "- demand: {commodity: oil}\n          scale: 2",
        "measure 'm' scales demand, but no demand entry matches its filter"
      ),
      (
        "- process: {checkpoint: X}\n          scale: {opening_hours: 2}",
        "'opening_hours' in 'scale' of change #1 of measure 'm' cannot be scaled; use 'set:'"
      ),
      (
        "- stage: {checkpoint: X}\n          link: A-X-road\n          set: {lanes: 2}",
        "change #1 of measure 'm' names several targets (stage, link); write one change per target"
      ),
      (
        "- stage: {checkpoint: X}",
        "change #1 of measure 'm' changes nothing; add 'set:' or 'scale:' with some of: lanes, probability, service_hours"
      ),
    ])
  func misfits(change: String, message: String) throws {
    let report = variant("  - id: m\n    changes:\n        \(change)\n")
    let error = try #require(report.onlyError, "\(report.diagnostics)")
    #expect(error.message == message)
    #expect(error.location.file.hasSuffix("variant.yaml"))
    // The error points at the change, or at the key within it that cannot apply.
    #expect(error.location.line == (message.contains("cannot be scaled") ? 7 : 6))
  }
}
