import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorStudy

@Suite("Hub studies")
struct HubStudyTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The baseline scenario of the library.
  static func baselineScenario() throws -> Scenario {
    try ScenarioLoader.load(
      path: root.appendingPathComponent("Scenarios/ots-baseline-2025.yaml").path
    ).scenario
  }

  /// The study of the baseline's candidate hubs.
  static func baseline(hubs: Int?, multiple: Bool = false) throws -> HubStudy {
    let path = root.appendingPathComponent("Scenarios/ots-calibrated-2025.yaml").path
    let loaded = try ScenarioLoader.load(path: path)
    var request = HubRequest(source: .scenario(loaded.scenario, path: path, files: loaded.files))
    request.hubCount = hubs
    request.multipleAllocation = multiple
    return try HubStudy(request)
  }

  @Test("the committed two-hub plan is what the study writes today, and it costs its objective")
  func committedPlan() throws {
    let study = try Self.baseline(hubs: 2)
    let result = try study.placeHubs()
    #expect(result.status.name == "optimal")
    let names = try #require(study.names)
    #expect(result.hubs.map { names[$0] } == ["ALM-LC", "ALY-LC"])
    let out = Self.root.appendingPathComponent("Scenarios/hub-plan-2025.yaml").path
    let committed = try String(contentsOfFile: out, encoding: .utf8)
    #expect(study.scenarioPlan(result, outPath: out) == committed)
    // The evaluator shares no code with the solver.
    let evaluation = try #require(try study.evaluate(result))
    let objective = try #require(result.objective)
    #expect(abs(evaluation.cost - objective) <= 1e-9 * objective)
    #expect(evaluation.violations.isEmpty)
  }

  @Test("evaluating every pair of candidates: none beats the proven optimum")
  func optimumByEvaluation() throws {
    let study = try Self.baseline(hubs: 2, multiple: true)
    let result = try study.placeHubs()
    let objective = try #require(result.objective)
    let candidates = try #require(study.problem.candidates).sorted()
    #expect(candidates.count >= 3)
    var best = Double.infinity
    for (i, a) in candidates.enumerated() {
      for b in candidates[(i + 1)...] {
        best = min(best, try study.evaluate([a, b]).cost)
      }
    }
    #expect(abs(best - objective) <= 1e-9 * objective)
  }

  @Test("a request the data does not allow is an error naming the file, not a crash")
  func badRequest() throws {
    let path = Self.root.appendingPathComponent("Scenarios/ots-baseline-2025.yaml").path
    let loaded = try ScenarioLoader.load(path: path)
    var request = HubRequest(source: .scenario(loaded.scenario, path: path, files: loaded.files))
    request.keepOpen = ["NO-SUCH-NODE"]
    #expect {
      try HubStudy(request)
    } throws: { error in
      guard case .unreadable(let message) = error as? StudyError else { return false }
      return message.contains(path) && message.contains("NO-SUCH-NODE")
    }
  }
}
