import Foundation
import Testing

@Suite("run --corridors")
struct CorridorsOptionTests {
  @Test("the charts follow --corridors in its order; an unknown id stops before the run")
  func corridors() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-charts-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let unknown = try CommandRunner.run([
      "run", "Scenarios/examples/two-corridors.yaml", "--corridors", "road,rial", "--quiet",
      "--out", folder.path,
    ])
    #expect(unknown.status == 64)
    #expect(
      unknown.stderr
        == "corridor: error: --corridors names 'rial', which is not a corridor of scenario "
        + "'two-corridors'; its corridors are rail, road\n")
    #expect(!FileManager.default.fileExists(atPath: folder.path))
    let result = try CommandRunner.run([
      "run", "Scenarios/examples/two-corridors.yaml", "--corridors", "road, rail",
      "--replications", "2", "--days", "20", "--quiet", "--out", folder.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(
      contentsOf: folder.appendingPathComponent("brief.html"), encoding: .utf8)
    let road = try #require(html.range(of: "<figcaption><b>Road via Irkeshtam</b>"))
    let rail = try #require(html.range(of: "<figcaption><b>Rail and ferry via Khorgos</b>"))
    #expect(road.lowerBound < rail.lowerBound)
    #expect(html.contains("Time/cost-distance along the corridors on the agenda"))
  }
}
