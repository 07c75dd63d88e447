import Foundation
import Testing

@Suite("corridor calibrate")
struct CalibrateCommandTests {
  /// The teaching example against one observation of each kind it can give.
  static let observations = """
    observations:
      - {id: irkeshtam-in, kind: clearance_hours, crossing: irkeshtam, direction: CN->KG, side: KG, value: 1.8, year: 2020, use: validate, source: "CPMM 2020"}
      - {id: ferry, kind: flow, at: {link: AKT-ALY-ferry}, unit: teu_per_year, value: 20000, year: 2025, use: calibrate, source: "the demand itself"}
      - {id: road-share, kind: share, of: {crossing: irkeshtam}, among: [{crossing: irkeshtam}, {node: KHG}], value: 0.2, tolerance_percent: 5, year: 2025, use: calibrate, source: "test"}
    """

  func write(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("observations-\(UUID().uuidString).yaml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test(
    "--evaluate-only writes fit.csv and prints the fit by set, in JSON with the contract's keys")
  func evaluate() throws {
    let file = try write(Self.observations)
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("calibration-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: file)
      try? FileManager.default.removeItem(at: out)
    }
    let arguments = [
      "calibrate", "Scenarios/examples/two-corridors.yaml", "--observations", file.path,
      "--evaluate-only", "--replications", "2", "--days", "30", "--quiet", "--out", out.path,
    ]
    let result = try CommandRunner.run(arguments + ["--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let lines = try #require(json["observations"] as? [[String: Any]])
    #expect(lines.count == 3)
    for key in ["id", "kind", "use", "observed", "modelled", "error_percent", "within_tolerance"] {
      #expect(lines.allSatisfy { $0[key] != nil }, "\(key)")
    }
    // The ferry carries all of the 20,000 TEU that go by rail: the flow fits exactly.
    let ferry = try #require(lines.first { $0["id"] as? String == "ferry" })
    #expect(abs((ferry["modelled"] as? Double ?? 0) - 20_000) < 1e-6)
    #expect(ferry["within_tolerance"] as? Bool == true)
    let summary = try #require(json["summary"] as? [String: [String: Any]])
    #expect(summary["calibrate"]?["count"] as? Int == 2)
    #expect(summary["validate"]?["count"] as? Int == 1)
    let csv = try String(contentsOf: out.appendingPathComponent("fit.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("id,kind,use,where,year,observed,modelled"))
    #expect(csv.components(separatedBy: "\n").count == 5)
    // Irkeshtam's 16 h against CPMM's 1.8 h is far outside: --require-fit exits 2.
    let strict = try CommandRunner.run(arguments + ["--require-fit"])
    #expect(strict.status == 2)
    #expect(strict.stderr.contains("1 of 1 observations to validate are outside their tolerance"))
  }

  @Test("bad observations exit 65 at their line, a missing file 66, fitting without data 64")
  func errors() throws {
    let bad = try write("observations:\n  - {id: a, kind: flow, value: 1}\n")
    defer { try? FileManager.default.removeItem(at: bad) }
    let base = ["calibrate", "Scenarios/examples/two-corridors.yaml", "--quiet"]
    let located = try CommandRunner.run(base + ["--observations", bad.path, "--evaluate-only"])
    #expect(located.status == 65)
    #expect(located.stderr.contains("\(bad.path):2:5: error: missing required key"))
    let missing = try CommandRunner.run(
      base + ["--observations", "/nonexistent/obs.yaml", "--evaluate-only"])
    #expect(missing.status == 66)
    let fit = try CommandRunner.run(base + ["--observations", bad.path])
    #expect(fit.status == 64)
    #expect(fit.stderr.contains("--evaluate-only"))
  }
}
