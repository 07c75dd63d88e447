import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorSweep

/// Sweep files: what they plan, and located errors for what they get wrong.
@Suite struct SweepFileTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let scenario = root.appendingPathComponent(
    "Scenarios/examples/two-corridors-measures.yaml"
  ).path

  /// Writes `text` as a sweep file in a fresh folder and loads it.
  static func load(_ text: String) throws -> LoadedSweepPlan {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sweep-file-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("sweep.yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return try LoadedSweepPlan.load(path: path)
  }

  /// The errors of a sweep file that must not load, as `sweep.yaml:LINE:COL: ...` text.
  static func errors(_ text: String) -> [String] {
    do {
      _ = try load(text)
      return []
    } catch let error as ScenarioError {
      return error.errors.map {
        "\(($0.location.file as NSString).lastPathComponent):\($0.location.line):\($0.location.column): \($0.message)"
      }
    } catch {
      return ["\(error)"]
    }
  }

  static func sweep(_ body: String) -> String {
    "sweep: t\nscenario: \(scenario)\n" + body
  }

  @Test func plansEverySubsetAndEachInputAtBothEnds() throws {
    let sweep = try Self.load(
      Self.sweep(
        """
        measures: all
        parameters:
          - {id: demand, demand_scale: {}, distribution: {type: uniform, low: 0.9, high: 1.1}}
          - {id: vot, value_of_time_scale: {}, distribution: {type: log_normal, median: 1, sigma: 0.5}}
        replications: 3
        """))
    #expect(sweep.definition.measures == ["irkeshtam-24-7", "irkeshtam-etir", "more-sailings"])
    // 2³ subsets, then 2 inputs × 2 ends × (none, all measures).
    #expect(sweep.plan.variants.count == 8 + 8)
    #expect(sweep.definition.variantCount == sweep.plan.variants.count)
    #expect(sweep.plan.units.count == 16 * 3)
    #expect(sweep.plan.variants[5].measures == ["irkeshtam-24-7", "more-sailings"])
    let low = sweep.plan.variants[8]
    #expect(low.point == .oneAtATime(parameter: 0, high: false) && low.measures.isEmpty)
    #expect(abs(low.values[0] - 0.92) < 1e-12 && low.values[1] == 1)
  }

  @Test func oneAtATimeMeasuresAndLatinHypercube() throws {
    let sweep = try Self.load(
      Self.sweep(
        """
        measures: [more-sailings, irkeshtam-24-7]
        design: {measures: one_at_a_time, parameters: latin_hypercube, samples: 5}
        parameters:
          - {id: stages, service_scale: {mode: road}, distribution: {type: triangular, low: 0.7, mode: 1, high: 1.5}}
        """))
    #expect(
      sweep.plan.variants.map(\.measures.count) == [0, 1, 1, 2]
        + Array(repeating: [0, 2], count: 5).flatMap { $0 })
    let samples = sweep.plan.variants.filter { $0.measures.isEmpty && $0.point != .measures }
    #expect(samples.allSatisfy { (0.7...1.5).contains($0.values[0]) })
  }

  @Test func severalInputDesignsRunAllTheirPoints() throws {
    let sweep = try Self.load(
      Self.sweep(
        """
        measures: all
        design: {parameters: [one_at_a_time, latin_hypercube], samples: 3}
        parameters:
          - {id: demand, demand_scale: {}, distribution: {type: uniform, low: 0.9, high: 1.1}}
          - {id: vot, value_of_time_scale: {}, distribution: {type: log_normal, median: 1, sigma: 0.5}}
        """))
    // 2³ subsets, 2 inputs × 2 ends × 2, then 3 samples × 2.
    #expect(sweep.plan.variants.count == 8 + 8 + 6)
    #expect(sweep.definition.variantCount == sweep.plan.variants.count)
    #expect(sweep.plan.variants.last?.point == .sample(2))
    let unknown = Self.errors(Self.sweep("measures: all\ndesign: {parameters: [tornado]}\n"))
    #expect(unknown.count == 1 && unknown[0].hasPrefix("sweep.yaml:4:23:"))
    #expect(unknown.first?.contains("one_at_a_time, factorial, latin_hypercube") == true)
  }

  @Test(arguments: [1, 2, 3, 7, 64, 100])
  func shardsCoverEveryUnitOnce(count: Int) {
    let units = 100
    let ranges = (0..<count).map { SweepPlan.shardRange($0, of: count, units: units) }
    #expect(ranges.flatMap { Array($0) } == Array(0..<units))
    #expect(ranges.allSatisfy { $0.count >= units / count && $0.count <= units / count + 1 })
  }

  @Test func unknownMeasureIsLocatedWithASuggestion() {
    let errors = Self.errors(Self.sweep("measures: [irkeshtam-24-7, more-sailing]\n"))
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("sweep.yaml:3:28:") == true)
    #expect(errors.first?.contains("did you mean 'more-sailings'") == true)
  }

  @Test func badDistributionsAndTargetsAreLocated() {
    let errors = Self.errors(
      Self.sweep(
        """
        parameters:
          - {id: a, demand_scale: {}, distribution: {type: triangular, low: 1, mode: 2, high: 1.5}}
          - {id: b, service_scale: {checkpoint: NOPE}, distribution: {type: uniform, low: 0.5, high: 2}}
          - {id: c, demand_scale: {}, distribution: {type: gamma, shape: 2}}
          - {id: d, demand_scale: {}, distribution: {type: uniform, low: -1, high: 2}}
          - {id: e, logit_scale: {}}
        """))
    #expect(errors.count == 5)
    #expect(errors.contains { $0.hasPrefix("sweep.yaml:4:") && $0.contains("mode between them") })
    #expect(errors.contains { $0.hasPrefix("sweep.yaml:5:") && $0.contains("'NOPE'") })
    #expect(errors.contains { $0.hasPrefix("sweep.yaml:6:") && $0.contains("type:") })
    #expect(errors.contains { $0.hasPrefix("sweep.yaml:7:") && $0.contains("a factor from 0.001") })
    #expect(errors.contains { $0.hasPrefix("sweep.yaml:8:") && $0.contains("'distribution'") })
  }

  @Test func designMistakesAreLocated() {
    let hypercube = Self.errors(
      Self.sweep(
        """
        measures: all
        design: {parameters: latin_hypercube}
        parameters:
          - {id: a, demand_scale: {}, distribution: {type: uniform, low: 0.5, high: 2}}
        """))
    #expect(
      hypercube.count == 1 && hypercube[0].hasPrefix("sweep.yaml:4:")
        && hypercube[0].contains("'samples'"))
    let huge = Self.errors(
      Self.sweep(
        """
        measures: all
        design: {parameters: latin_hypercube, samples: 10000}
        parameters:
          - {id: a, demand_scale: {}, distribution: {type: uniform, low: 0.5, high: 2}}
        replications: 20
        """))
    #expect(huge.count == 1 && huge[0].contains("400160 units (20008 variants × 20 replications)"))
    let nothing = Self.errors(Self.sweep("replications: 3\n"))
    #expect(nothing.count == 1 && nothing[0].contains("varies nothing"))
    let typo = Self.errors(Self.sweep("measures: all\nreplication: 3\n"))
    #expect(
      typo.count == 1 && typo[0].hasPrefix("sweep.yaml:4:1:") && typo[0].contains("replications"))
  }

  @Test func missingScenarioIsNamed() {
    let errors = Self.errors("sweep: t\nscenario: nowhere.yaml\nmeasures: all\n")
    #expect(
      errors.count == 1 && errors[0].hasPrefix("sweep.yaml:2:11:")
        && errors[0].contains("not found"))
  }
}
