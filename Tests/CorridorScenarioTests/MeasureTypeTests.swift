import CorridorModel
import Foundation
import Testing

@testable import CorridorScenario

@Suite("Named measure types")
struct MeasureTypeTests {
  func variant(_ measures: String, base: String = minimalScenario) -> ValidationReport {
    let files = ScenarioFiles()
    files.write("base.yaml", base)
    files.write("variant.yaml", "scenario: variant\nextends: base.yaml\nmeasures:\n" + measures)
    return files.validate("variant.yaml")
  }

  func checkpoint(_ report: ValidationReport, _ id: String = "X") throws -> Checkpoint {
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let scenario = try #require(report.scenario)
    return try #require(scenario.node(NodeID(id))?.checkpoint)
  }

  @Test(
    "a typed measure with its defaults equals the changes written out",
    arguments: [
      (
        "type: pre_arrival_declaration", "stage: {checkpoint: X, stage: documents}",
        "scale: {service_hours: 0.77}"
      ),
      (
        "type: etir", "stage: {checkpoint: X, mode: road, stage: documents}",
        "scale: {service_hours: 0.625}"
      ),
      (
        "type: single_window", "stage: {checkpoint: X, stage: documents}",
        "scale: {service_hours: 0.6}"
      ),
      (
        "type: open_24_7", "process: {checkpoint: X}", "set: {opening_hours: 24/7}"
      ),
      (
        "{type: more_lanes, add_lanes: 2, stage: inspection}",
        "stage: {checkpoint: X, stage: inspection}", "set: {lanes: 3}"
      ),
    ])
  func typedEqualsWritten(typed: String, target: String, edit: String) throws {
    let typedLine =
      typed.hasPrefix("{")
      ? "  - {id: m, checkpoints: [X], " + typed.dropFirst() + "\n"
      : "  - id: m\n    checkpoints: [X]\n    \(typed)\n"
    let written = "  - id: m\n    changes:\n      - \(target)\n        \(edit)\n"
    let fromType = try checkpoint(variant(typedLine))
    let fromChanges = try checkpoint(variant(written))
    let unchanged = try checkpoint(
      variant("  - {id: m, type: electronic_queue, checkpoints: [X]}\n"))
    #expect(fromType == fromChanges)
    #expect(fromType != unchanged)
  }

  @Test("eTIR's factor follows its parameters; e-CMR also lowers the fee, never below zero")
  func derivedFactors() throws {
    let etir = try checkpoint(
      variant("  - {id: m, type: etir, checkpoints: [X], transit_share: 0.4, speedup: 2}\n"))
    // 1 - 0.4 + 0.4 / 2 = 0.8 of the 0.5 h documents stage.
    #expect(abs(etir.processes[0].stages[0].serviceHours.mean - 0.4) < 1e-12)
    let base = minimal(
      replacing: "- mode: road\n", with: "- mode: road\n          fee_usd_per_teu: 1\n")
    let ecmr = try checkpoint(variant("  - {id: m, type: e_cmr, checkpoints: [X]}\n", base: base))
    // 1 - 0.25 * 0.6 = 0.85 of 0.5 h; the US$2.45 saving exceeds the US$1 fee.
    #expect(abs(ecmr.processes[0].stages[0].serviceHours.mean - 0.425) < 1e-12)
    #expect(ecmr.processes[0].feeUSDPerTEU == 0)
  }

  @Test("risk-based inspection sets the yellow and red share as the inspection probability")
  func riskChannels() throws {
    let defaults = try checkpoint(
      variant("  - {id: m, type: risk_based_inspection, checkpoints: [X]}\n"))
    // ASTANA-1: (0.201 + 0.01) / (0.785 + 0.201 + 0.01).
    #expect(abs(defaults.processes[0].stages[1].probability - 0.211 / 0.996) < 1e-12)
    let custom = try checkpoint(
      variant(
        "  - {id: m, type: risk_based_inspection, checkpoints: [X], green: 0.8, yellow: 0.15, red: 0.05}\n"
      ))
    #expect(abs(custom.processes[0].stages[1].probability - 0.2) < 1e-12)
    let bad = variant(
      "  - {id: m, type: risk_based_inspection, checkpoints: [X], green: 0.5, yellow: 0.2, red: 0.1}\n"
    )
    #expect(bad.scenario == nil)
    #expect(bad.errors.contains { $0.message.contains("add up to 0.8;") }, "\(bad.errors)")
  }

  @Test("an electronic queue marks the processes; its flag survives to the scenario")
  func electronicQueue() throws {
    let queued = try checkpoint(
      variant("  - {id: m, type: electronic_queue, checkpoints: [X]}\n"))
    #expect(queued.processes.allSatisfy { $0.electronicQueue })
    // The measure's default mode is road; a rail-only selection finds nothing to change.
    let rail = variant("  - {id: m, type: electronic_queue, mode: rail, checkpoints: [X]}\n")
    #expect(rail.errors.contains { $0.message.contains("has none") })
  }

  @Test("mistakes in typed measures are reported where they are written")
  func mistakes() throws {
    let unknown = variant("  - id: m\n    type: etirr\n    checkpoints: [X]\n")
    let error = try #require(unknown.errors.first)
    #expect(error.message.contains("unknown measure type 'etirr'"))
    #expect(error.message.contains("did you mean 'etir'?"))
    #expect(error.location.line == 5 && error.location.column == 11)
    let empty = variant("  - {id: m, type: more_lanes, checkpoints: [X]}\n")
    #expect(empty.errors.contains { $0.message.contains("give at least one of: add_lanes") })
    let missing = variant("  - {id: m, type: etir, checkpoints: [Q]}\n")
    let q = try #require(missing.errors.first { $0.message.contains("'Q'") })
    #expect(q.location.line == 4 && q.location.column == 39)
    let stray = variant("  - {id: m, type: etir, checkpoints: [X], sailings_per_week: 3}\n")
    #expect(stray.errors.contains { $0.message.contains("sailings_per_week") })
  }

  /// Two sides of one crossing: Y on the Chinese side, X on the Kazakh side.
  static let twoSides = minimal(
    replacing: "  - {id: B, kind: city",
    with: """
        - id: Y
          kind: checkpoint
          country: CN
          lat: 44.2
          lon: 80.2
          checkpoint:
            countries: [CN, KZ]
            processes:
              - mode: road
                stages:
                  - {id: documents, lanes: 1, service_hours: 1.5}
                  - {id: weighing, lanes: 1, service_hours: 0.25}
                  - {id: inspection, lanes: 2, service_hours: 1, probability: 0.3}
        - {id: B, kind: city
      """
  ).replacingOccurrences(
    of: "- {from: A, to: X, mode: road, km: 600, speed_kmh: 60}",
    with:
      "- {from: A, to: Y, mode: road, km: 590, speed_kmh: 60}\n  - {from: Y, to: X, mode: road, km: 10, speed_kmh: 20}"
  )

  @Test("a one-stop border post does both sides' controls at the side reached first")
  func oneStopBorderPost() throws {
    let report = variant(
      "  - {id: osbp, type: one_stop_border_post, checkpoints: [Y, X]}\n", base: Self.twoSides)
    let kazakh = try checkpoint(report, "X")
    let chinese = try checkpoint(report, "Y")
    let inbound = BorderDirection(from: "CN", to: "KZ")
    let outbound = BorderDirection(from: "KZ", to: "CN")
    // Entering Kazakhstan, the Chinese side (reached first) does both controls.
    let joint = try #require(chinese.process(for: .road, fromCountry: "CN"))
    #expect(joint.direction == inbound)
    #expect(joint.stages.map(\.id) == ["documents", "weighing", "inspection"])
    #expect(joint.stages[0].serviceHours.mean == 1.5)  // the longer of 1.5 and 0.5
    #expect(joint.stages[0].lanes == 2)
    #expect(joint.stages[2].serviceHours.mean == 2 && joint.stages[2].lanes == 2)
    #expect(joint.stages[2].probability == 0.3)
    let passed = try #require(kazakh.process(for: .road, fromCountry: "CN"))
    #expect(passed.direction == inbound)
    #expect(passed.stages.allSatisfy { $0.probability == 0 })
    // Leaving Kazakhstan, the Kazakh side is reached first and gains the weighing stage.
    let leaving = try #require(kazakh.process(for: .road, fromCountry: "KZ"))
    #expect(leaving.direction == outbound)
    #expect(leaving.stages.map(\.id) == ["documents", "inspection", "weighing"])
    let chineseLeaving = try #require(chinese.process(for: .road, fromCountry: "KZ"))
    #expect(chineseLeaving.stages.allSatisfy { $0.probability == 0 })

    let sameCountry = variant(
      "  - {id: osbp, type: one_stop_border_post, checkpoints: [X, X]}\n", base: Self.twoSides)
    #expect(sameCountry.errors.contains { $0.message.contains("are both in KZ") })
    let one = variant(
      "  - {id: osbp, type: one_stop_border_post, checkpoints: [X]}\n", base: Self.twoSides)
    #expect(one.errors.contains { $0.message.contains("the two sides of one crossing") })
  }

  @Test("every measure type and parameter is documented in docs/measures.md")
  func documented() throws {
    let docs = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/measures.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    for type in MeasureType.allCases {
      #expect(text.contains("## `\(type.rawValue)`"), "\(type.rawValue) has no section")
      for parameter in type.parameters {
        #expect(text.contains("`\(parameter.key)`"), "\(type.rawValue).\(parameter.key)")
        if let value = parameter.defaultValue {
          #expect(text.contains("| \(value.formattedPlain) |"), "\(parameter.key) default")
        }
      }
    }
  }
}
