import CorridorModel
import Foundation
import Testing

@testable import CorridorScenario

@Suite("Observation files")
struct ObservationLoaderTests {
  static func baseline() throws -> Scenario {
    try ScenarioLoader.load(
      path: repositoryRoot.appendingPathComponent("Scenarios/ots-baseline-2025.yaml").path
    ).scenario
  }

  /// The diagnostics of an observations file with these entries, for the baseline.
  static func diagnostics(_ entries: String) throws -> [Diagnostic] {
    let files = ScenarioFiles()
    let path = files.write("observations.yaml", "observations:\n" + entries)
    return ObservationLoader.validate(path: path, for: try baseline()).diagnostics
  }

  @Test("the library's observations load for the baseline, each kind as written")
  func library() throws {
    let path = repositoryRoot.appendingPathComponent("Scenarios/observations/ots-2025.yaml").path
    let observations = try ObservationLoader.load(path: path, for: try Self.baseline()).observations
    #expect(observations.count >= 14)
    #expect(
      Set(observations.map(\.quantity.kind)) == [
        "clearance_hours", "flow", "share", "transit_days",
      ])
    let horgos = try #require(observations.first { $0.id == "horgos-rail-out-2022" })
    #expect(
      horgos.quantity
        == .clearanceHours(
          crossing: "altynkol-rail", direction: BorderDirection(from: "CN", to: "KZ"), side: "CN"))
    #expect(horgos.tolerancePercent == 20 && horgos.use == .reference && horgos.value == 34.8)
    #expect(horgos.reason?.contains("pandemic border regime") == true)
    // Every held-out figure from before 2023 at a border with China is kept for reference.
    let chinaPosts: Set<String> = [
      "altynkol-rail", "dostyk-rail", "khorgos-road", "torugart", "irkeshtam",
    ]
    for observation in observations where observation.year < 2023 {
      if case .clearanceHours(let crossing, _, _) = observation.quantity,
        chinaPosts.contains(crossing)
      {
        #expect(observation.use == .reference, "\(observation.id)")
      }
    }
  }

  @Test(
    "each mistake is an error at its line, naming what was expected",
    arguments: [
      (
        "  - {id: a, kind: clearance_hours, crossing: khorgos, value: 1, year: 2022, use: validate, source: s}\n",
        "crossing 'khorgos', which the scenario does not define"
      ),
      (
        "  - {id: a, kind: clearance_hours, crossing: red-bridge, unit: teu_per_year, value: 1, year: 2022, use: validate, source: s}\n",
        "'unit' in observation 'a' does not belong to a clearance_hours observation"
      ),
      (
        "  - {id: a, kind: clearance_hours, crossing: red-bridge, side: KZ, value: 1, year: 2022, use: validate, source: s}\n",
        "side 'KZ', but the crossing joins AZ and GE"
      ),
      (
        "  - {id: a, kind: flow, at: {node: ALT}, unit: teu_per_year, value: 1, use: validate, source: s}\n",
        "missing required key 'year'"
      ),
      (
        "  - {id: a, kind: flow, at: {node: ALT}, unit: trains_a_day, value: 1, year: 2022, use: validate, source: s}\n",
        "expected one of: teu_per_year, trains_per_day, trucks_per_day, tonnes_per_year"
      ),
      (
        "  - {id: a, kind: flow, at: {node: ALT}, direction: CN->KZ, unit: teu_per_year, value: 1, year: 2022, use: validate, source: s}\n",
        "the node is no border post"
      ),
      (
        "  - {id: a, kind: flow, at: {link: NOPE}, unit: teu_per_year, value: 1, year: 2022, use: fit, source: s}\n",
        "expected one of: calibrate, validate, reference"
      ),
      (
        "  - {id: a, kind: flow, at: {node: ALT}, unit: teu_per_year, value: 1, year: 2020, use: reference, source: s}\n",
        "missing required key 'reason' in observation 'a'"
      ),
      (
        "  - {id: a, kind: share, of: {node: ALT}, among: [{node: DOS}, {node: AKT}], value: 0.4, year: 2022, use: validate, source: s}\n",
        "not among the places listed"
      ),
      (
        "  - {id: a, kind: transit_days, od: {from: XIA, to: TAS, commodity: coal}, value: 4, year: 2022, use: validate, source: s}\n",
        "commodity 'coal'"
      ),
      (
        "  - {id: a, kind: flow, at: {node: ALT}, unit: teu_per_year, value: 1, year: 2022, use: validate, source: s}\n  - {id: a, kind: flow, at: {node: DOS}, unit: teu_per_year, value: 1, year: 2022, use: validate, source: s}\n",
        "duplicate observation id 'a'"
      ),
    ])
  func mistakes(entries: String, message: String) throws {
    let diagnostics = try Self.diagnostics(entries)
    let error = try #require(diagnostics.first { $0.severity == .error })
    #expect(error.message.contains(message), "\(error.message)")
    let line = entries.components(separatedBy: "\n").count - 1
    #expect((2...line + 1).contains(error.location.line), "line \(error.location.line)")
  }

  @Test("a file that is not an observations file says what it expected")
  func notObservations() throws {
    let files = ScenarioFiles()
    let path = files.write("scenario.yaml", "scenario: x\nnodes: []\n")
    let diagnostics = ObservationLoader.validate(path: path, for: try Self.baseline()).diagnostics
    #expect(diagnostics.contains { $0.message.contains("unknown key 'scenario'") })
    #expect(diagnostics.contains { $0.message.contains("missing required key 'observations'") })
  }

  @Test("parameters: a held-out observation, an unknown post, reversed bounds are errors at them")
  func parameters() throws {
    let observations = """
      observations:
        - {id: held, kind: flow, at: {node: ALT}, unit: teu_per_year, value: 1, year: 2025, use: validate, source: s}
        - {id: fitted, kind: flow, at: {node: DOS}, unit: teu_per_year, value: 1, year: 2025, use: calibrate, source: s}
      parameters:

      """
    func errors(_ parameters: String, extra: String = "") throws -> [Diagnostic] {
      let files = ScenarioFiles()
      let text = observations.replacingOccurrences(
        of: "parameters:\n", with: extra + "parameters:\n")
      let path = files.write("observations.yaml", text + parameters)
      return ObservationLoader.validate(path: path, for: try Self.baseline()).diagnostics
        .filter { $0.severity == .error }
    }
    let held = try errors(
      "  - {id: p, demand_scale: {from: XIA}, bounds: [0.5, 2], observations: [fitted, held]}\n")
    #expect(
      held.first?.message.contains("observation 'held', which is kept for validation") == true)
    #expect(held.first?.location.line == 5)
    let reference = try errors(
      "  - {id: p, demand_scale: {from: XIA}, bounds: [0.5, 2], observations: [old]}\n"
        + "  - {id: q, demand_scale: {from: TAS}, bounds: [0.5, 2], observations: [fitted]}\n",
      extra:
        "  - {id: old, kind: flow, at: {node: AKT}, unit: teu_per_year, value: 1, year: 2020, "
        + "use: reference, reason: another regime, source: s}\n")
    #expect(
      reference.first?.message.contains("observation 'old', which is kept for reference") == true)
    let post = try errors("  - {id: p, service_scale: {checkpoint: XIA}, bounds: [0.5, 2]}\n")
    #expect(post.first?.message.contains("'XIA', which is not a checkpoint node") == true)
    let bounds = try errors("  - {id: p, logit_scale: {}, bounds: [2000, 100]}\n")
    #expect(bounds.first?.message.contains("LOW below HIGH") == true)
    // A factor a measure could not take would make a calibrated scenario that cannot load.
    let factor = try errors(
      "  - {id: p, service_scale: {checkpoint: DOS-BCP}, bounds: [2, 3000]}\n")
    #expect(
      factor.first?.message.contains("'bounds' in parameter 'p' must be a number from") == true)
    let overlap = try errors(
      "  - {id: p, demand_scale: {from: XIA}, bounds: [0.5, 2]}\n"
        + "  - {id: q, demand_scale: {from: XIA, to: BAK}, bounds: [0.5, 2]}\n")
    #expect(
      overlap.first?.message.contains(
        "parameter 'q' changes the demand XIA to BAK (consumer-goods), which parameter 'p' "
          + "changes too") == true, "\(overlap)")
    let fine = try errors(
      "  - {id: p, service_scale: {checkpoint: DOS-BCP, mode: rail, direction: CN->KZ}, bounds: [0.5, 20]}\n"
        + "  - {id: q, logit_scale: {}, bounds: [100, 2000], observations: [fitted]}\n")
    #expect(fine.isEmpty, "\(fine)")
  }
}
