import Foundation
import Testing

@Suite("corridor assign, end to end")
struct AssignCommandTests {
  static let siouxFalls = CommandRunner.root
    .appendingPathComponent("Tests/CorridorAssignmentTests/Fixtures/SiouxFalls/SiouxFalls").path

  func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-assign-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test("TNTP: the JSON keys of the contract, and a flows file in the _flow.tntp layout")
  func tntp() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let flows = folder.appendingPathComponent("flows.tntp").path
    let result = try CommandRunner.run([
      "assign", "--tntp", Self.siouxFalls, "--gap", "1e-10", "--json", "--flows-out", flows,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let json = try #require(object)
    for key in ["objective", "tstt", "relative_gap", "iterations", "seconds"] {
      #expect(json[key] != nil, "missing \(key)")
    }
    #expect((json["relative_gap"] as? Double ?? 1) <= 1e-10)
    #expect(abs((json["objective"] as? Double ?? 0) - 4231335.2871074) / 4231335.2871074 < 1e-9)
    let text = try String(contentsOfFile: flows, encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 77)
    #expect(lines.first?.hasPrefix("From") == true)
    // No temporary file is left beside the output.
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["flows.tntp"])
  }

  @Test("TNTP: a malformed file exits 65 naming the file and line")
  func malformedTNTP() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let stem = folder.appendingPathComponent("Bad").path
    try Data(
      "<NUMBER OF NODES> 2\n<NUMBER OF LINKS> 1\n<NUMBER OF ZONES> 2\n<END OF METADATA>\n 1 2 x 1 1 0 0 0 0 1 ;\n"
        .utf8
    )
    .write(to: URL(fileURLWithPath: stem + "_net.tntp"))
    try Data("<END OF METADATA>\nOrigin 1\n 2 : 1;\n".utf8).write(
      to: URL(fileURLWithPath: stem + "_trips.tntp"))
    let result = try CommandRunner.run(["assign", "--tntp", stem])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "\(stem)_net.tntp:5: error: capacity is 'x'; expected a number from 0 to 10^12\n")
    #expect(
      try CommandRunner.run(["assign", "--tntp", folder.appendingPathComponent("None").path]).status
        == 66)
    #expect(try CommandRunner.run(["assign"]).status == 64)
  }

  @Test(
    "TNTP: demand between disconnected nodes is an error listing the pairs; an empty network too")
  func disconnected() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let stem = folder.appendingPathComponent("Cut").path
    // Nodes 1 → 2 only; demand 2 → 1 and 1 → 3 cannot be routed.
    try Data(
      "<NUMBER OF NODES> 3\n<NUMBER OF LINKS> 1\n<NUMBER OF ZONES> 3\n<END OF METADATA>\n 1 2 10 1 1 0.15 4 0 0 1 ;\n"
        .utf8
    )
    .write(to: URL(fileURLWithPath: stem + "_net.tntp"))
    try Data("<END OF METADATA>\nOrigin 1\n 2 : 5; 3 : 1;\nOrigin 2\n 1 : 2;\n".utf8)
      .write(to: URL(fileURLWithPath: stem + "_trips.tntp"))
    let result = try CommandRunner.run(["assign", "--tntp", stem])
    #expect(result.status == 65)
    #expect(
      result.stderr == "corridor: error: \(stem): demand between 2 pairs has no path: 1→3, 2→1\n")
    let empty = folder.appendingPathComponent("Empty").path
    try Data(
      "<NUMBER OF NODES> 0\n<NUMBER OF LINKS> 0\n<NUMBER OF ZONES> 0\n<END OF METADATA>\n".utf8
    )
    .write(to: URL(fileURLWithPath: empty + "_net.tntp"))
    try Data("<END OF METADATA>\n".utf8).write(to: URL(fileURLWithPath: empty + "_trips.tntp"))
    let none = try CommandRunner.run(["assign", "--tntp", empty])
    #expect(none.status == 65)
    #expect(none.stderr == "\(empty)_net.tntp: error: the network has no nodes\n")
  }

  @Test("a scenario: route shares on stdout and the tables written")
  func scenario() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run([
      "assign", "Scenarios/examples/two-corridors.yaml", "--out", folder.path, "--select-link",
      "IRK",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Corridor shares of the demand"))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(
      files == [
        "checkpoints.csv", "link-flows.csv", "routes.csv", "select-link-IRK.csv", "skims.csv",
      ])
    let routes = try String(
      contentsOf: folder.appendingPathComponent("routes.csv"), encoding: .utf8)
    #expect(routes.hasPrefix("commodity,origin,destination,share,teu_per_year,hours,money_usd"))
    // Same scenario, same bytes.
    let again = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: again) }
    _ = try CommandRunner.run([
      "assign", "Scenarios/examples/two-corridors.yaml", "--out", again.path,
    ])
    for name in ["checkpoints.csv", "link-flows.csv", "routes.csv", "skims.csv"] {
      #expect(
        try Data(contentsOf: folder.appendingPathComponent(name))
          == Data(contentsOf: again.appendingPathComponent(name)), "\(name) differs between runs")
    }
  }
}
