import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Command-line inputs that once crashed, ran away or were wrongly accepted, and the report
/// folder's behaviour when runs collide or are killed: each case exits 64, 65, 66 or 73 with a
/// message naming its file.
@Suite("Hostile command-line input")
struct HostileCommandTests {
  /// A fresh folder, removed when the test ends.
  final class Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-hostile-\(UUID().uuidString)")
    init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
      let file = url.appendingPathComponent(name)
      try? Data(text.utf8).write(to: file)
      return file.path
    }
  }

  /// A two-city AP file with the given flow row 1 and factors.
  static func ap(flows: String = "1.5 2", coordinates: String = "3000 4000", chi: String = "3")
    -> String
  {
    "2\n0 0\n\(coordinates)\n\(flows)\n3 0.25\n1\n\(chi)\n0.75\n2\n"
  }

  @Test(
    "hub data with values near 1e308 is refused at its line, with the file's name",
    arguments: [
      (
        ap(flows: "1.5 1e308"), 4,
        "the flow from node 1 to node 2 is '1e308'; expected a number from 0 to 10^12"
      ),
      (
        ap(chi: "1e308"), 7,
        "the collection factor chi is '1e308'; expected a number from 0 to 1000"
      ),
      (
        ap(coordinates: "1e308 4000"), 3,
        "x of node 2 is '1e308'; expected a number from -10^9 to 10^9"
      ),
    ] as [(String, Int, String)])
  func apExtremes(text: String, line: Int, message: String) throws {
    let folder = Folder()
    let path = folder.write("ap.txt", text)
    for allocation in ["single", "multiple"] {
      let result = try CommandRunner.run([
        "hubs", "--ap", path, "--p", "1", "--allocation", allocation,
      ])
      #expect(result.status == 65)
      #expect(result.stderr == "\(path):\(line): error: \(message)\n")
    }
  }

  @Test("CAB costs near 1e308 over three cities are refused at their line")
  func cabExtremes() throws {
    let folder = Folder()
    var table = "param: W C :=\n"
    for i in 1...3 {
      for j in 1...3 { table += "\(i) \(j) 1 \(i == 2 && j == 3 ? "1e308" : "10")\n" }
    }
    let path = folder.write("cab.txt", table + ";\n")
    let result = try CommandRunner.run([
      "hubs", "--cab", path, "--n", "3", "--p", "2", "--alpha", "0.5",
    ])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "\(path):7: error: the distance C is '1e308'; expected a number from 0 to 10^9\n")
  }

  @Test(
    "options out of range are usage errors",
    arguments: [
      [
        "hubs", "--ap", "Tests/HubLocationTestSupport/Fixtures/AP/10.5", "--p", "2",
        "--time-limit", "1e300",
      ],
      [
        "hubs", "--cab", "Tests/HubLocationTestSupport/Fixtures/CAB/cab25.txt", "--n", "3",
        "--p", "2", "--alpha", "1e308",
      ],
      ["run", "Scenarios/examples/two-corridors.yaml", "--date", "2025-02-31"],
      ["run", "Scenarios/examples/two-corridors.yaml", "--date", "2023-02-29"],
      ["run", "Scenarios/examples/two-corridors.yaml", "--date", "99999-01-01"],
      [
        "assign", "Scenarios/examples/two-corridors.yaml", "--max-iterations",
        "9223372036854775807",
      ],
      ["assign", "--tntp", "x", "--gap", "1e-4", "--toll-factor", "1e308"],
      ["assign", "--tntp", "x", "--gap", "1e-4", "--distance-factor=-1.01"],
      ["assign", "--tntp", "x", "--gap", "1e-4", "--out", "y"],
      ["assign", "Scenarios/examples/two-corridors.yaml", "--flows-out", "y"],
      [
        "hubs", "--ap", "Tests/HubLocationTestSupport/Fixtures/AP/10.5", "--p", "2", "--alpha",
        "0.5",
      ],
      ["simulate", "Scenarios/examples/two-corridors.yaml", "--days", "1e-300"],
    ])
  func usage(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
  }

  @Test("a leap day is a date")
  func leapDay() throws {
    let folder = Folder()
    let result = try CommandRunner.run([
      "run", "Scenarios/examples/two-corridors.yaml", "--date", "2024-02-29", "--replications", "1",
      "--days", "5", "--quiet", "--out", folder.url.appendingPathComponent("r").path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test("a named pipe as the scenario is refused without blocking")
  func pipe() throws {
    let folder = Folder()
    let path = folder.url.appendingPathComponent("pipe.yaml").path
    #expect(mkfifo(path, 0o600) == 0)
    let result = try CommandRunner.run(["validate", path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("\(path):1:1: error: '\(path)' is a named pipe (FIFO)"))
  }

  /// The teaching example with the Irkeshtam road demand 1,400 times larger.
  static func overloaded(_ folder: Folder) throws -> String {
    let example = try String(
      contentsOf: CommandRunner.root.appendingPathComponent(
        "Scenarios/examples/two-corridors.yaml"),
      encoding: .utf8)
    return folder.write(
      "overloaded.yaml",
      example.replacingOccurrences(of: "tonnes_per_year: 70000", with: "tonnes_per_year: 98000000"))
  }

  @Test("a facility loaded far beyond capacity stops the run, unless overload is allowed")
  func overload() throws {
    let folder = Folder()
    let path = try Self.overloaded(folder)
    let out = folder.url.appendingPathComponent("report").path
    let refused = try CommandRunner.run([
      "run", path, "--quiet", "--replications", "2", "--out", out,
    ])
    #expect(refused.status == 65)
    #expect(
      refused.stderr.contains(
        "corridor: error: \(path): checkpoint 'IRK' road both ways, stage 'inspection' would be loaded at"
      ))
    #expect(refused.stderr.contains("or run with --allow-overload"))
    #expect(!FileManager.default.fileExists(atPath: out + "/summary.md"))
    let simulated = try CommandRunner.run(["simulate", path, "--replications", "1", "--days", "5"])
    #expect(simulated.status == 65)
    let allowed = try CommandRunner.run([
      "run", path, "--quiet", "--replications", "2", "--days", "20", "--out", out,
      "--allow-overload",
    ])
    #expect(allowed.status == 0, "\(allowed.stderr)")
    #expect(
      allowed.stdout.contains(
        "Overloaded run (--allow-overload): every queue was capped at 100,000 units and the consignments on the way at 500,000"
      ))
    #expect(allowed.stdout.contains("none cleared"))
    let summary = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
    #expect(summary.contains("Overloaded run (--allow-overload)"))
  }

  @Test("a plan is not written over the scenario or a base it extends, nor over a device")
  func outputFiles() throws {
    let folder = Folder()
    let baseline = try String(
      contentsOf: CommandRunner.root.appendingPathComponent("Scenarios/ots-baseline-2025.yaml"),
      encoding: .utf8)
    let base = folder.write("base.yaml", baseline)
    let child = folder.write("child.yaml", "scenario: child\nextends: base.yaml\n")
    for (input, output) in [(base, base), (child, base), (child, child)] {
      let plan = try CommandRunner.run([
        "hubs", input, "--p", "2", "--quiet", "--write-scenario", output,
      ])
      #expect(plan.status == 73, "\(input) -> \(output): \(plan.stderr)")
      #expect(plan.stderr.contains("it is an input of this command; give another file"))
    }
    #expect(try String(contentsOfFile: base, encoding: .utf8) == baseline)
    let device = try CommandRunner.run([
      "hubs", "--ap", "Tests/HubLocationTestSupport/Fixtures/AP/10.5", "--p", "2", "--write-lp",
      "/dev/null",
    ])
    #expect(device.status == 73)
    #expect(device.stderr.contains("--write-lp /dev/null: it is a character device"))
  }

  @Test("two variants with one scenario id are refused before running")
  func duplicateVariants() throws {
    let result = try CommandRunner.run([
      "compare", "Scenarios/ots-baseline-2025.yaml", "Scenarios/examples/two-corridors.yaml",
      "Scenarios/examples/two-corridors.yaml",
    ])
    #expect(result.status == 65)
    #expect(result.stderr.contains("variant 'two-corridors' has the same scenario id as"))
  }

  @Test("a checkpoint too short for an interval gives null, not a crash, in JSON")
  func checkpointJSON() throws {
    let result = try CommandRunner.run([
      "checkpoint", "--lanes", "1", "--arrivals-per-hour", "0.5", "--service-hours", "1",
      "--trucks", "1", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"mean_wait_half_width_hours\" : null"))
  }

  @Test("a hub over its capacity stops the simulation")
  func hubOverload() throws {
    let folder = Folder()
    let example = try String(
      contentsOf: CommandRunner.root.appendingPathComponent(
        "Scenarios/examples/two-corridors.yaml"),
      encoding: .utf8)
    let path = folder.write(
      "hub.yaml",
      example.replacingOccurrences(
        of: "hub: {dwell_hours: 24, handling_usd_per_teu: 150}",
        with: "hub: {dwell_hours: 24, handling_usd_per_teu: 150, capacity_teu_per_year: 100}"))
    let result = try CommandRunner.run(["simulate", path, "--replications", "1", "--days", "5"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("hub 'AKT' would be loaded at"))
  }
}
