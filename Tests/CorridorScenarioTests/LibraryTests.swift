import CorridorModel
import Foundation
import Testing

@testable import CorridorScenario

@Suite("The scenario library")
struct LibraryTests {
  func load(_ name: String) throws -> LoadedScenario {
    try ScenarioLoader.load(path: repositoryRoot.appendingPathComponent("Scenarios/\(name)").path)
  }

  @Test("the baseline has the corridors, crossings and volumes the issue names")
  func baseline() throws {
    let loaded = try load("ots-baseline-2025.yaml")
    #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    let scenario = loaded.scenario
    #expect(scenario.nodes.count >= 40)
    #expect(scenario.nodes.count { $0.kind == .checkpoint } >= 12)
    #expect(scenario.nodes.contains { $0.kind == .gaugeChange })
    #expect(scenario.links.contains { $0.ferry != nil })
    #expect(scenario.nodes.contains { $0.hub?.isCandidate == true })
    // Every post is in a crossing, and most crossings carry observed times to clear, each for
    // one side or both of its own border (the loader checks that).
    let grouped = Set(scenario.crossings.flatMap(\.posts))
    #expect(scenario.nodes.filter { $0.checkpoint != nil }.allSatisfy { grouped.contains($0.id) })
    #expect(scenario.crossings.count { !$0.observed.isEmpty } * 4 >= scenario.crossings.count * 3)
    let countries = Set(scenario.nodes.map(\.country))
    #expect(countries.isSuperset(of: ["KZ", "KG", "UZ", "AZ", "TR", "CN", "GE", "IR", "TM", "RU"]))
  }

  @Test("the digital-customs variant changes checkpoints and nothing else")
  func digitalCustoms() throws {
    let base = try load("ots-calibrated-2025.yaml").scenario
    let variant = try load("ots-digital-customs-2025.yaml").scenario
    #expect(variant.appliedMeasures.count >= 3)
    #expect(variant.links == base.links)
    #expect(variant.demand == base.demand)
    #expect(variant.nodes.map(\.id) == base.nodes.map(\.id))
    let changed = zip(base.nodes, variant.nodes).filter { $0.checkpoint != $1.checkpoint }
    #expect(changed.count >= 3)
    // Measures make clearance faster, never slower.
    for (before, after) in changed {
      for (p, q) in zip(before.checkpoint?.processes ?? [], after.checkpoint?.processes ?? []) {
        #expect(q.meanServiceHours <= p.meanServiceHours + 1e-12, "\(after.id)")
      }
    }
  }
}
