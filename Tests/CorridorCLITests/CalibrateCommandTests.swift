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

  @Test("fitting writes a calibrated scenario that extends the input and runs as fitted")
  func fit() throws {
    // The ferry carries the 20,000 TEU that go by rail; the observation says 30,000.
    let file = try write(
      """
      observations:
        - {id: ferry, kind: flow, at: {link: AKT-ALY-ferry}, unit: teu_per_year, value: 30000, tolerance_percent: 1, year: 2025, use: calibrate, source: "test"}
      parameters:
        - {id: rail-demand, demand_scale: {from: URC, to: ALY}, bounds: [0.5, 3], observations: [ferry]}
      """)
    let out = CommandRunner.root.appendingPathComponent(".build/calibration-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: file)
      try? FileManager.default.removeItem(at: out)
    }
    let common = ["--replications", "2", "--days", "30", "--quiet"]
    let result = try CommandRunner.run(
      [
        "calibrate", "Scenarios/examples/two-corridors.yaml", "--observations", file.path, "--out",
        out.path,
      ]
        + common)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("rail-demand"))
    let calibrated = out.appendingPathComponent("calibrated.yaml")
    let text = try String(contentsOf: calibrated, encoding: .utf8)
    #expect(text.contains("extends: \"../../Scenarios/examples/two-corridors.yaml\""))
    #expect(text.contains("informed by ferry"))
    // The calibrated scenario loads and carries the fitted 30,000 TEU on the ferry.
    let again = try CommandRunner.run(
      [
        "calibrate", calibrated.path, "--observations", file.path, "--evaluate-only", "--json",
        "--out", out.appendingPathComponent("again").path,
      ] + common)
    #expect(again.status == 0, "\(again.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
    let line = try #require((json["observations"] as? [[String: Any]])?.first)
    #expect(abs((line["modelled"] as? Double ?? 0) - 30_000) < 30)
  }

  @Test("matrix_estimation adjusts the demand to the counts and reports the TAG checks")
  func matrix() throws {
    let file = try write(
      """
      observations:
        - {id: ferry, kind: flow, at: {link: AKT-ALY-ferry}, unit: teu_per_year, value: 30000, tolerance_percent: 5, year: 2025, use: calibrate, source: "test"}
      matrix_estimation: {prior_weight: 0.0001}
      """)
    let out = CommandRunner.root.appendingPathComponent(".build/calibration-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: file)
      try? FileManager.default.removeItem(at: out)
    }
    let result = try CommandRunner.run([
      "calibrate", "Scenarios/examples/two-corridors.yaml", "--observations", file.path,
      "--out", out.path, "--replications", "2", "--days", "30", "--quiet",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Demand adjusted to the counts"))
    #expect(result.stdout.contains("1 of 2 cells changed by more than 5 %"))
    let text = try String(
      contentsOf: out.appendingPathComponent("calibrated.yaml"), encoding: .utf8)
    #expect(text.contains("- demand: {from: \"URC\", to: \"ALY\", commodity: \"general\"}"))
    #expect(text.contains("scale: 1.5"))
  }

  @Test("when the adjusted demand overloads the network, the command says what the counts asked")
  func unrunnable() throws {
    // Ten times the rail freight: the Caspian ferry cannot carry it.
    let file = try write(
      """
      observations:
        - {id: ferry, kind: flow, at: {link: AKT-ALY-ferry}, unit: teu_per_year, value: 200000, year: 2025, use: calibrate, source: "test"}
      matrix_estimation: {prior_weight: 0.0001}
      """)
    defer { try? FileManager.default.removeItem(at: file) }
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("calibration-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CommandRunner.run([
      "calibrate", "Scenarios/examples/two-corridors.yaml", "--observations", file.path,
      "--out", out.path, "--replications", "2", "--days", "30", "--quiet",
    ])
    #expect(result.status == 65)
    #expect(result.stderr.contains("Demand the counts ask for (1 of 2 entries changed"))
    #expect(
      result.stderr.contains("Urumqi  Baku port (Alat)  General cargo           20,000  10.000"))
    #expect(result.stderr.contains("would be loaded at"))
  }

  @Test("run --observations writes fit.csv and says in the brief how well the model fits")
  func runWithObservations() throws {
    let file = try write(Self.observations)
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("run-fit-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: file)
      try? FileManager.default.removeItem(at: out)
    }
    let result = try CommandRunner.run([
      "run", "Scenarios/examples/two-corridors.yaml", "--observations", file.path,
      "--replications", "2", "--days", "30", "--out", out.path, "--date", "2026-12-07",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Fit to observations"))
    let html = try String(contentsOf: out.appendingPathComponent("brief.html"), encoding: .utf8)
    #expect(html.contains("<h2>How well the model fits</h2>"))
    #expect(
      html.contains("Of the 1 observation held out for validation, 0 is within its tolerance."))
    // The first key finding says how far to trust the rest.
    #expect(
      html.contains(
        "<li>Checked against 1 published figure held out for validation, the model reproduces 0 "
          + "within its tolerance; its absolute times and volumes are not yet to be relied on"))
    #expect(html.contains("Validation set: modelled as a percentage of observed"))
    #expect(html.contains("The model covers 2 flows between origins and destinations"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("fit.csv").path))
  }

  @Test("compare --observations says in the comparison brief how well the base fits")
  func compareWithObservations() throws {
    let file = try write(Self.observations)
    let variant = FileManager.default.temporaryDirectory
      .appendingPathComponent("variant-\(UUID().uuidString).yaml")
    try """
    scenario: faster-irkeshtam
    extends: \(CommandRunner.root.path)/Scenarios/examples/two-corridors.yaml
    measures:
      - id: faster
        changes:
          - stage: {checkpoint: IRK}
            scale: {service_hours: 0.5}
    """.write(to: variant, atomically: true, encoding: .utf8)
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("compare-fit-\(UUID().uuidString)")
    defer {
      for url in [file, variant, out] { try? FileManager.default.removeItem(at: url) }
    }
    let result = try CommandRunner.run([
      "compare", "Scenarios/examples/two-corridors.yaml", variant.path, "--observations", file.path,
      "--replications", "2", "--days", "30", "--quiet", "--out", out.path, "--date", "2026-12-07",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: out.appendingPathComponent("brief.html"), encoding: .utf8)
    #expect(html.contains("<h2>How well the model fits</h2>"))
    #expect(html.contains("Of the base scenario, Urumqi to Baku, two ways;"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("fit.csv").path))
  }

  @Test("bad observations exit 65 at their line, a missing file 66, nothing to fit 65")
  func errors() throws {
    let bad = try write("observations:\n  - {id: a, kind: flow, value: 1}\n")
    defer { try? FileManager.default.removeItem(at: bad) }
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("calibration-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let base = [
      "calibrate", "Scenarios/examples/two-corridors.yaml", "--quiet", "--out", out.path,
    ]
    let located = try CommandRunner.run(base + ["--observations", bad.path, "--evaluate-only"])
    #expect(located.status == 65)
    #expect(located.stderr.contains("\(bad.path):2:5: error: missing required key"))
    let missing = try CommandRunner.run(
      base + ["--observations", "/nonexistent/obs.yaml", "--evaluate-only"])
    #expect(missing.status == 66)
    let none = try write(
      "observations:\n  - {id: a, kind: flow, at: {node: IRK}, unit: teu_per_year, value: 1, "
        + "year: 2025, use: calibrate, source: s}\n")
    defer { try? FileManager.default.removeItem(at: none) }
    let fit = try CommandRunner.run(base + ["--observations", none.path])
    #expect(fit.status == 65)
    #expect(fit.stderr.contains("nothing to fit: the observations file declares no parameters"))
  }
}
