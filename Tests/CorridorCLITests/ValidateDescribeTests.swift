import Foundation
import Testing

@Suite("corridor validate and describe, end to end")
struct ValidateDescribeTests {
  /// Every scenario in the library.
  static var libraryFiles: [String] {
    let folders = ["Scenarios", "Scenarios/examples"]
    return folders.flatMap { folder -> [String] in
      let url = CommandRunner.root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }
  }

  @Test("every scenario in the library validates without errors or warnings")
  func library() throws {
    let files = Self.libraryFiles
    #expect(files.contains("Scenarios/ots-baseline-2025.yaml"))
    #expect(files.contains { $0.hasPrefix("Scenarios/examples/") })
    let result = try CommandRunner.run(["validate", "--warnings-as-errors"] + files)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.split(separator: "\n").count == files.count)
  }

  @Test("a bad file exits 65 with FILE:LINE:COL lines on standard error")
  func badFile() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("corridor-cli-\(UUID().uuidString).yaml").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("scenario: bad\nnodes: 3\nlinks: []\ncommodities: []\ndemand: []\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    let result = try CommandRunner.run(["validate", path])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "\(path):2:8: error: 'nodes' in the scenario file must be a list, found '3'\n")
    let json = try CommandRunner.run(["validate", "--json", path])
    #expect(json.status == 65)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["valid"] as? Bool == false)
    let errors = object?["errors"] as? [[String: Any]]
    #expect(errors?.count == 1)
    #expect(errors?.first?["line"] as? Int == 2)
    #expect(errors?.first?["column"] as? Int == 8)
  }

  @Test("a missing file exits 66, no arguments exits 64")
  func missingAndUsage() throws {
    let missing = try CommandRunner.run(["validate", "no/such/file.yaml"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("no/such/file.yaml: no such file"))
    #expect(try CommandRunner.run(["validate"]).status == 64)
    #expect(try CommandRunner.run(["describe", "no/such/file.yaml"]).status == 66)
  }

  @Test("validate --json lists valid files")
  func validJSON() throws {
    let result = try CommandRunner.run([
      "validate", "--json", "Scenarios/examples/two-corridors.yaml",
    ])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["valid"] as? Bool == true)
    #expect((object?["errors"] as? [Any])?.isEmpty == true)
  }

  @Test("describe prints the summary tables")
  func describe() throws {
    let result = try CommandRunner.run(["describe", "Scenarios/examples/two-corridors.yaml"])
    #expect(result.status == 0, "\(result.stderr)")
    let text = result.stdout
    #expect(text.hasPrefix("Scenario two-corridors: Urumqi to Baku, two ways (2025)\n"))
    #expect(
      text.contains("Nodes: 8 (4 city, 2 sea_port, 1 checkpoint, 1 gauge_change) in 5 countries"))
    #expect(text.contains("Border checkpoints"))
    #expect(text.contains("Demand: 25,000 TEU/year (350,000 t at 14.0 t/TEU)"))
    // The same scenario gives the same bytes.
    #expect(
      try CommandRunner.run(["describe", "Scenarios/examples/two-corridors.yaml"]).stdout == text)
  }

  @Test("describe --json has the summary keys")
  func describeJSON() throws {
    let result = try CommandRunner.run(["describe", "--json", "Scenarios/ots-baseline-2025.yaml"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let summary = try #require(object)
    for key in [
      "scenario", "nodes_by_kind", "links_by_mode", "corridors", "checkpoints", "commodities",
      "teu_per_year",
    ] {
      #expect(summary[key] != nil, "missing key \(key)")
    }
    let nodes = (summary["nodes_by_kind"] as? [String: Int])?.values.reduce(0, +) ?? 0
    #expect(nodes >= 40)
    let checkpointNodes = Set(
      ((summary["checkpoints"] as? [[String: Any]]) ?? []).compactMap { $0["node"] as? String })
    #expect(checkpointNodes.count >= 12)
    let corridors = (summary["corridors"] as? [[String: Any]]) ?? []
    #expect(corridors.count >= 6)
    #expect(corridors.allSatisfy { $0["km"] is Double })
  }
}
