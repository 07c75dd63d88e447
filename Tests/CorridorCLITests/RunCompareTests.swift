import Foundation
import Testing

@Suite("corridor run and compare, end to end")
struct RunCompareTests {
  func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-run-\(UUID().uuidString)")
  }

  @Test("run writes the whole report, the same bytes for the same seed, and JSON keys")
  func run() throws {
    let first = temporaryFolder()
    let second = temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    let arguments = [
      "run", "Scenarios/examples/two-corridors.yaml", "--replications", "3", "--days", "60",
      "--quiet", "--date", "2026-01-15",
    ]
    let result = try CommandRunner.run(arguments + ["--out", first.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Slowest border posts"))
    let files = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
    #expect(
      files == [
        "brief.html", "checkpoints.csv", "corridors.csv", "crossings.csv", "gateways.csv",
        "link-flows.csv",
        "network.geojson", "od-pairs.csv", "report.xlsx", "routes.csv", "skims.csv", "summary.md",
        "time-use.csv",
      ])
    try checkBrief(first.appendingPathComponent("brief.html"), date: "2026-01-15")
    // The GeoJSON parses and every feature has a geometry.
    let geojson = try JSONSerialization.jsonObject(
      with: Data(contentsOf: first.appendingPathComponent("network.geojson")))
    let features = try #require((geojson as? [String: Any])?["features"] as? [[String: Any]])
    #expect(features.count == 8 + 16)
    #expect(features.allSatisfy { ($0["geometry"] as? [String: Any])?["coordinates"] != nil })
    let json = try CommandRunner.run(arguments + ["--out", second.path, "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    for key in ["scenario", "corridors", "gateways", "checkpoints", "seconds"] {
      #expect(object?[key] != nil, "missing \(key)")
    }
    for name in files {
      #expect(
        try Data(contentsOf: first.appendingPathComponent(name))
          == Data(contentsOf: second.appendingPathComponent(name)),
        "\(name) differs between two runs with the same seed")
    }
    // Running again over an existing report replaces its files, and leaves no temporary folder.
    let again = try CommandRunner.run(arguments + ["--out", first.path])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: first.path).sorted() == files)
  }

  @Test("a report folder that cannot be written stops with a message and leaves nothing")
  func unwritable() throws {
    let blocker = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: blocker) }
    // A file where the report's parent folder should be.
    try Data("not a folder".utf8).write(to: blocker)
    let result = try CommandRunner.run([
      "run", "Scenarios/examples/two-corridors.yaml", "--replications", "2", "--days", "10",
      "--quiet", "--out",
      blocker.appendingPathComponent("report").path,
    ])
    #expect(result.status == 73)
    #expect(result.stderr.contains("cannot write the report"))
    #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder")
  }

  @Test("compare pairs the replications and writes the comparison")
  func compare() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let variant = folder.deletingLastPathComponent().appendingPathComponent(
      "variant-\(UUID().uuidString).yaml")
    defer { try? FileManager.default.removeItem(at: variant) }
    let base = CommandRunner.root.appendingPathComponent("Scenarios/examples/two-corridors.yaml")
      .path
    try Data(
      """
      scenario: irkeshtam-24-7
      extends: \(base)
      measures:
        - id: open-24-7
          changes:
            - process: {checkpoint: IRK}
              set: {opening_hours: 24/7}
      """.utf8
    ).write(to: variant)
    let result = try CommandRunner.run([
      "compare", base, variant.path, "--replications", "4", "--days", "90", "--out", folder.path,
      "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["base"] as? String == "two-corridors")
    let variants = try #require(object?["variants"] as? [[String: Any]])
    let rows = try #require(variants.first?["rows"] as? [[String: Any]])
    let irkeshtam = try #require(
      rows.first { ($0["key"] as? String)?.hasPrefix("checkpoint IRK") == true })
    // Opening around the clock removes the night and weekend waits: a clear, significant cut.
    #expect((irkeshtam["difference"] as? Double ?? 0) < 0)
    #expect(irkeshtam["significant"] as? Bool == true)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(
      files == [
        "brief.html", "comparison-irkeshtam-24-7.csv", "comparison-irkeshtam-24-7.md",
        "report.xlsx",
      ])
    let brief = try String(
      contentsOf: folder.appendingPathComponent("brief.html"), encoding: .utf8)
    #expect(brief.contains("Comparison with the base"))
    #expect(brief.contains("shortens the time to clear at"))
    #expect(brief.contains("base and what-if cases"))
    // Both scenario files are fingerprinted: the base first, then the variant.
    #expect(brief.contains(base) && brief.contains(variant.path))
  }

  /// Checks what a brief must hold: a self-contained page with findings, charts, map, appendix.
  func checkBrief(_ url: URL, date: String) throws {
    let html = try String(contentsOf: url, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains(date))
    // No external assets: no scripts, stylesheets, images or fonts fetched from anywhere.
    for pattern in ["<script", "<link", "<img", "src=", "url(", "@import", "https://"] {
      #expect(!html.contains(pattern), "brief.html refers to an external asset: \(pattern)")
    }
    #expect(html.contains("size: A4"))
    let findings =
      html.components(separatedBy: "<h2>Key findings</h2>").last?
      .components(separatedBy: "</ol>").first?.components(separatedBy: "<li>").count ?? 0
    #expect((4...6).contains(findings), "\(findings - 1) findings")
    // A time/cost-distance pair per main corridor (two here), the clearance chart and the map.
    #expect(html.components(separatedBy: "Time against distance").count - 1 == 2)
    #expect(html.contains("Hours to clear the crossings: simulated, and observed"))
    #expect(html.contains("line width by annual flow"))
    #expect(html.components(separatedBy: "<svg").count - 1 == 4)
    // The appendix names the tool, seed and replications, and fingerprints the scenario file.
    #expect(html.contains("corridor 0."))
    #expect(html.contains("<td>random seed</td><td>1</td>"))
    #expect(html.contains("<td>replications</td><td>3</td>"))
    let scenario = try Data(
      contentsOf: CommandRunner.root.appendingPathComponent("Scenarios/examples/two-corridors.yaml")
    )
    #expect(html.contains(sha256(scenario)))
  }

  /// SHA-256 by the system's own tool, to check the brief's fingerprints independently.
  func sha256(_ data: Data) -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-hash-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    guard (try? data.write(to: file)) != nil else { return "unwritable" }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return "no sha256sum" }
    process.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return String(output.prefix(64))
  }
}

@Suite("Sample reports")
struct SampleReportTests {
  @Test("the committed sample report of the teaching example is what corridor run makes today")
  func twoCorridors() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-sample-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run([
      "run", "Scenarios/examples/two-corridors.yaml", "--quiet", "--out", folder.path,
      "--date", "2026-11-30",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let committed = CommandRunner.root.appendingPathComponent("Reports/two-corridors")
    let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
    #expect(names.contains("summary.md"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
    for name in names {
      #expect(
        try Data(contentsOf: committed.appendingPathComponent(name))
          == Data(contentsOf: folder.appendingPathComponent(name)),
        "Reports/two-corridors/\(name) is out of date: regenerate it with corridor run")
    }
  }
}
