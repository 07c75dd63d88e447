import Foundation
import Testing

@Suite("corridor hubs")
struct HubsCommandTests {
  static let fixtures = "Tests/HubLocationTestSupport/Fixtures"

  func json(_ arguments: [String]) throws -> (status: Int32, object: [String: Any]?, stderr: String)
  {
    let result = try CommandRunner.run(["hubs"] + arguments + ["--json"])
    let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return (result.status, object, result.stderr)
  }

  @Test("AP 10, p = 2: the published optimum, proven, with the DESIGN.md keys")
  func ap10() throws {
    let run = try json(["--ap", "\(Self.fixtures)/AP/10.5", "--p", "2"])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(run.object)
    // Ernst & Krishnamoorthy (1996): 167 493.06 with hubs 3 and 7.
    let objective = try #require(object["objective"] as? Double)
    #expect(abs(objective - 167_493.06) < 0.01)
    #expect(
      object["bound"] as? Double == objective
        || abs((object["bound"] as? Double ?? 0) - objective) < 1e-6 * objective)
    #expect(object["status"] as? String == "optimal")
    #expect(object["hubs"] as? [Int] == [3, 7])
    let allocation = try #require(object["allocation"] as? [Int])
    #expect(allocation.count == 10 && allocation[2] == 3 && allocation[6] == 7)
    #expect(object["seconds"] is Double)
  }

  @Test("--write-lp writes the master model in CPLEX LP format")
  func writeLP() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-hubs-\(UUID().uuidString).lp")
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try json(["--ap", "\(Self.fixtures)/AP/10.5", "--p", "2", "--write-lp", file.path])
    #expect(run.status == 0, "\(run.stderr)")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("Minimize"))
    #expect(text.contains("Subject To"))
    #expect(text.contains("Binary") || text.contains("Generals"))
    #expect(text.hasSuffix("End\n"))
    // The names say what each variable and row is, numbered from 1 as the nodes are.
    for name in ["z_3_7", "eta_1", "assign_10", "link_2_3", "hub_count", "transfer_1"] {
      #expect(text.contains(name), "\(name) missing")
    }
  }

  @Test("CAB, n = 20, p = 2, alpha = 0.2: 979.09 with hubs 4 and 17")
  func cab() throws {
    let run = try json([
      "--cab", "\(Self.fixtures)/CAB/cab25.txt", "--n", "20", "--p", "2", "--alpha", "0.2",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(abs((run.object?["objective"] as? Double ?? 0) - 979.09) < 0.005)
    #expect(run.object?["hubs"] as? [Int] == [4, 17])
    #expect(run.object?["status"] as? String == "optimal")
  }

  @Test("multiple allocation costs no more than single allocation")
  func multiple() throws {
    let single = try json(["--ap", "\(Self.fixtures)/AP/20.5", "--p", "3"])
    let multiple = try json([
      "--ap", "\(Self.fixtures)/AP/20.5", "--p", "3", "--allocation", "multiple",
    ])
    let a = try #require(single.object?["objective"] as? Double)
    let b = try #require(multiple.object?["objective"] as? Double)
    #expect(b <= a + 1e-6)
    #expect(multiple.object?["status"] as? String == "optimal")
    #expect(multiple.object?["allocation"] == nil)
  }

  @Test(
    "bad input is a clear error, never a crash",
    arguments: [
      (["--ap", "\(fixtures)/AP/10.5", "--p", "0"], Int32(65), "p = 0"),
      (["--ap", "\(fixtures)/AP/10.5", "--p", "11"], 65, "p = 11"),
      (["--ap", "no/such/file"], 66, "no/such/file"),
      (["--cab", "\(fixtures)/CAB/cab25.txt", "--n", "20", "--p", "2"], 64, "--alpha"),
      (
        ["--ap", "\(fixtures)/AP/10.5", "--p", "2", "--fixed-costs", "\(fixtures)/AP/FcostL.10"],
        64, "choose different problems"
      ),
      (["--ap", "\(fixtures)/AP/10.5", "--keep-open", "12"], 65, "from 1 to 10"),
    ])
  func badInput(arguments: [String], status: Int32, message: String) throws {
    let result = try CommandRunner.run(["hubs"] + arguments)
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test("malformed AP data: exit 65 naming the file and line")
  func malformed() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-ap-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    // Three nodes, a NaN flow on the second flow line (line 6).
    try Data("3\n0 0\n1 0\n0 1\n0 1 1\n1 nan 1\n1 1 0\n2\n3\n0.75\n2\n".utf8).write(to: file)
    let result = try CommandRunner.run(["hubs", "--ap", file.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("\(file.path):6"), "\(result.stderr)")
  }

  @Test("capacities too small for the flow: status infeasible, with the reason")
  func infeasible() throws {
    let capacities = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-cap-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: capacities) }
    try Data(String(repeating: "1\n", count: 10).utf8).write(to: capacities)
    let run = try json([
      "--ap", "\(Self.fixtures)/AP/10.5", "--fixed-costs", "\(Self.fixtures)/AP/FcostL.10",
      "--capacities", capacities.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.object?["status"] as? String == "infeasible")
    #expect((run.object?["reason"] as? String)?.contains("capacit") == true)
  }

  @Test("a scenario's plan is written as a scenario that extends it, and validates")
  func scenarioPlan() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-plan-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = folder.appendingPathComponent("plan.yaml")
    let run = try json([
      "Scenarios/ots-baseline-2025.yaml", "--p", "2", "--write-scenario", plan.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.object?["status"] as? String == "optimal")
    let names = try #require(run.object?["hub_names"] as? [String])
    #expect(names.count == 2)
    let text = try String(contentsOf: plan, encoding: .utf8)
    #expect(text.contains("extends: "))
    #expect(text.contains("remove_nodes: ["))
    let validation = try CommandRunner.run(["validate", plan.path])
    #expect(validation.status == 0, "\(validation.stderr)")
  }

  @Test("the committed hub-plan scenario is what corridor hubs writes today")
  func committedPlan() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-plan-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let written = folder.appendingPathComponent("hub-plan-2025.yaml")
    let run = try CommandRunner.run([
      "hubs", "Scenarios/ots-calibrated-2025.yaml", "--p", "2", "--write-scenario", written.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    // Only the path in 'extends:' depends on where the plan is written.
    func withoutExtends(_ url: URL) throws -> [String] {
      try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        .filter { !$0.hasPrefix("extends:") }.map(String.init)
    }
    let committed = CommandRunner.root.appendingPathComponent("Scenarios/hub-plan-2025.yaml")
    #expect(
      try withoutExtends(written) == withoutExtends(committed),
      "Scenarios/hub-plan-2025.yaml is out of date: regenerate it with corridor hubs --write-scenario"
    )
  }
}
