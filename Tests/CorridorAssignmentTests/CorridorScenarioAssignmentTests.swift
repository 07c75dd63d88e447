import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorAssignment

@Suite("Assignment of corridor scenarios")
struct CorridorScenarioAssignmentTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  func load(_ text: String? = nil, extending base: String = "Scenarios/ots-baseline-2025.yaml")
    throws -> Scenario
  {
    let basePath = Self.root.appendingPathComponent(base).path
    guard let text else { return try ScenarioLoader.load(path: basePath).scenario }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "variant-\(UUID().uuidString).yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data("scenario: variant\nextends: \(basePath)\n\(text)".utf8).write(to: file)
    return try ScenarioLoader.load(path: file.path).scenario
  }

  func inbound(_ result: CorridorAssignmentResult, _ node: String) -> Double {
    result.checkpointLoads().filter { $0.node.rawValue == node && $0.direction?.to == "KZ" }
      .reduce(0) { $0 + $1.teuByCommodity.reduce(0, +) }
  }

  @Test("the baseline reaches equilibrium and every OD pair's route shares add up to 1")
  func baseline() throws {
    let scenario = try load()
    let result = try CorridorAssignmentResult.solve(
      scenario, options: EquilibriumOptions(targetGap: 1e-9))
    #expect((result.equilibrium.final?.relativeGap ?? 1) <= 1e-9)
    var shares: [String: Double] = [:]
    for route in result.routes() {
      shares["\(route.commodity) \(route.origin) \(route.destination)", default: 0] += route.share
    }
    #expect(shares.count == scenario.demand.count)
    for (pair, total) in shares { #expect(abs(total - 1) < 1e-9, "\(pair)") }
    // Every TEU of demand is on some route.
    let routed = result.routes().reduce(0) { $0 + $1.teuPerYear }
    #expect(abs(routed - scenario.totalTEUPerYear) < 1e-6 * scenario.totalTEUPerYear)
  }

  @Test("slowing the Dostyk crossing shifts China–Kazakhstan rail flow to Altynkol")
  func slowerCrossingShiftsFlow() throws {
    let before = try CorridorAssignmentResult.solve(
      try load(), options: EquilibriumOptions(targetGap: 1e-9))
    let slowed = try load(
      """
      measures:
        - id: dostyk-slowdown
          description: Ten times longer controls at Dostyk, one lane per stage.
          changes:
            - stage: {checkpoint: DOS-BCP}
              scale: {service_hours: 10}
              set: {lanes: 1}
      """)
    let after = try CorridorAssignmentResult.solve(
      slowed, options: EquilibriumOptions(targetGap: 1e-9))
    let dostyk = (inbound(before, "DOS-BCP"), inbound(after, "DOS-BCP"))
    let altynkol = (inbound(before, "ALT-BCP"), inbound(after, "ALT-BCP"))
    #expect(dostyk.0 > 0)
    #expect(dostyk.1 < 0.5 * dostyk.0, "Dostyk \(dostyk)")
    #expect(altynkol.1 > altynkol.0, "Altynkol \(altynkol)")
    // The rail flow into Kazakhstan moves between the two crossings. The total hardly changes:
    // under the baseline's route-choice spread a few TEU go by road instead.
    #expect(abs((dostyk.0 + altynkol.0) - (dostyk.1 + altynkol.1)) < 1e-3 * (dostyk.0 + altynkol.0))
  }

  @Test("every crossing that carries freight in reality carries flow, and no gateway takes all")
  func crossingsCarryFlow() throws {
    let result = try CorridorAssignmentResult.solve(
      try load(), options: EquilibriumOptions(targetGap: 1e-6))
    let routes = result.routes()
    /// TEU a year on routes through `nodes`, in order.
    func through(_ nodes: [NodeID]) -> Double {
      routes.filter { route in
        var next = 0
        for node in route.nodes where next < nodes.count && node == nodes[next] { next += 1 }
        return next == nodes.count
      }.reduce(0) { $0 + $1.teuPerYear }
    }
    let crossings: [(String, [NodeID])] = [
      ("Khorgos road", ["HRG-RD", "NZH"]), ("Altynkol rail", ["ALT-BCP"]),
      ("Dostyk rail", ["DOS-BCP"]), ("Torugart", ["TOR"]), ("Irkeshtam", ["IRK"]),
      ("Red Bridge", ["RBR-GE"]), ("Sarpi", ["SRP"]), ("Kuryk ferry", ["KUR", "ALY"]),
      ("Aktau ferry", ["AKT", "ALY"]),
    ]
    // At least a hundred TEU a year: a flow, not a numerical trace.
    for (name, nodes) in crossings { #expect(through(nodes) > 100, "\(name): \(through(nodes))") }
    // China to Kazakhstan by rail splits between Dostyk and Altynkol.
    let dostyk = inbound(result, "DOS-BCP")
    let altynkol = inbound(result, "ALT-BCP")
    let share = altynkol / (dostyk + altynkol)
    #expect(share > 0.1 && share < 0.9, "Altynkol share \(share)")
  }
}
