import CorridorModel
import Foundation
import Testing

@testable import CorridorScenario

@Suite("Inheritance with extends")
struct InheritanceTests {
  @Test("a child replaces by id, adds new elements and overrides settings, over three levels")
  func threeLevels() throws {
    let files = ScenarioFiles()
    files.write("base/base.yaml", minimalScenario)
    files.write(
      "base/middle.yaml",
      """
      scenario: middle
      extends: base.yaml
      name: Middle
      settings: {teu_per_truck: 1.5}
      nodes:
        - {id: B, name: Almaty, kind: city, country: KZ, lat: 43.25, lon: 76.95}
        - {id: C, kind: city, country: KZ, lat: 42.3, lon: 69.6}
      links:
        - {from: B, to: C, mode: road, km: 800, speed_kmh: 50}
      """)
    files.write(
      "variants/child.yaml",
      """
      scenario: child
      extends: ../base/middle.yaml
      year: 2030
      demand:
        - {from: A, to: B, commodity: goods, teu_per_year: 3000}
        - {from: A, to: C, commodity: goods, teu_per_year: 500}
      """)
    let report = files.validate("variants/child.yaml")
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let scenario = try #require(report.scenario)
    #expect(scenario.id == "child")
    #expect(scenario.name == "Middle")
    #expect(scenario.year == 2030)
    #expect(scenario.settings.teuPerTruck == 1.5)
    #expect(scenario.settings.tonnesPerTEU == 10)
    #expect(scenario.nodes.map(\.id) == ["A", "X", "B", "C"])
    #expect(scenario.node("B")?.name == "Almaty")
    #expect(scenario.node("B")?.coordinate.latitude == 43.25)
    #expect(scenario.links.count == 6)
    // The child's A→B entry replaces the base's; A→C is added.
    #expect(scenario.demand.map(\.teuPerYear) == [3000, 500])
  }

  @Test("a base that does not exist is an error at the extends line")
  func missingBase() throws {
    let files = ScenarioFiles()
    let path = files.write("child.yaml", "scenario: child\nextends: nowhere/base.yaml\n")
    let error = try #require(files.validate("child.yaml").onlyError)
    let expectedPath = (path as NSString).deletingLastPathComponent + "/nowhere/base.yaml"
    #expect(
      error.message
        == "base scenario 'nowhere/base.yaml' not found (looked for \(expectedPath)); 'extends' takes a path relative to this file"
    )
    #expect((error.location.line, error.location.column) == (2, 10))
  }

  @Test("a cycle is an error naming the files in it")
  func cycle() throws {
    let files = ScenarioFiles()
    files.write("a.yaml", "scenario: a\nextends: b.yaml\n")
    files.write("b.yaml", "scenario: b\nextends: c.yaml\n")
    files.write("c.yaml", "scenario: c\nextends: a.yaml\n")
    let error = try #require(files.validate("a.yaml").onlyError)
    #expect(
      error.message.hasPrefix("'extends' makes a cycle: a.yaml -> b.yaml -> c.yaml -> a.yaml"))
    #expect(error.location.file.hasSuffix("c.yaml"))
    #expect((error.location.line, error.location.column) == (2, 10))
  }

  @Test("a file that extends itself")
  func selfCycle() throws {
    let files = ScenarioFiles()
    files.write("a.yaml", "scenario: a\nextends: ./a.yaml\n")
    let error = try #require(files.validate("a.yaml").onlyError)
    #expect(error.message.hasPrefix("'extends' makes a cycle: a.yaml -> a.yaml"))
  }

  /// The 10,000-level chain of the acceptance criteria is measured by
  /// `Benchmarks/malformed-inputs.sh`; creating 10,000 files takes seconds on some disks.
  @Test("a long chain stops at the depth limit without reading the rest")
  func longChain() throws {
    let files = ScenarioFiles()
    files.write("s0.yaml", minimalScenario)
    for i in 1...200 {
      files.write("s\(i).yaml", "scenario: s\(i)\nextends: s\(i - 1).yaml\n")
    }
    let error = try #require(files.validate("s200.yaml").onlyError)
    #expect(error.message.hasPrefix("'extends' chain is longer than 32 files"))
    #expect(error.location.file.hasSuffix("s169.yaml"))
  }

  @Test("errors in a base file are reported with the base's path")
  func errorInBase() throws {
    let files = ScenarioFiles()
    files.write("base.yaml", minimal(replacing: "km: 600", with: "km: 0"))
    files.write("child.yaml", "scenario: child\nextends: base.yaml\n")
    let error = try #require(files.validate("child.yaml").onlyError)
    #expect(error.location.file.hasSuffix("/base.yaml"))
    #expect(error.location.line == 20)
  }

  @Test("a child without extends must have the root sections")
  func rootSections() throws {
    let files = ScenarioFiles()
    files.write("lone.yaml", "scenario: lone\n")
    let report = files.validate("lone.yaml")
    #expect(
      report.errors.map(\.message) == [
        "missing required key 'commodities' in the scenario file; expected a list",
        "missing required key 'nodes' in the scenario file; expected a list",
        "missing required key 'links' in the scenario file; expected a list",
        "missing required key 'demand' in the scenario file; expected a list",
      ])
  }
}
