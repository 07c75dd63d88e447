import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorStudy

/// The teaching example, loaded from the scenario library.
func teachingExample(replacing text: String? = nil, with replacement: String = "") throws
  -> Scenario
{
  let path = HubStudyTests.root.appendingPathComponent("Scenarios/examples/two-corridors.yaml").path
  guard let text else { return try ScenarioLoader.load(path: path).scenario }
  let changed = try String(contentsOfFile: path, encoding: .utf8)
    .replacingOccurrences(of: text, with: replacement)
  let copy = FileManager.default.temporaryDirectory
    .appendingPathComponent("study-\(UUID().uuidString).yaml").path
  try changed.write(toFile: copy, atomically: true, encoding: .utf8)
  defer { try? FileManager.default.removeItem(atPath: copy) }
  return try ScenarioLoader.load(path: copy).scenario
}

/// Short runs: three replications of 60 days.
func shortSettings() -> RunSettings {
  var settings = RunSettings()
  settings.replications = 3
  settings.days = 60
  settings.warmUpDays = 10
  return settings
}

@Suite("Study layer")
struct StudyTests {
  @Test("one set of defaults: ten replications of 365 days after 30 of warm-up, seed 1")
  func defaults() {
    let settings = RunSettings()
    #expect(settings.replications == 10)
    #expect(settings.days == 365)
    #expect(settings.warmUpDays == 30)
    #expect(settings.seed == 1)
    #expect(settings.equilibriumGap == 1e-8)
    #expect(settings.problem == nil)
    let options = settings.simulationOptions
    #expect(options.replications == 10 && options.days == 365 && options.warmUpDays == 30)
    #expect(options.queueLimit == nil)
    var overloaded = settings
    overloaded.allowOverload = true
    #expect(overloaded.simulationOptions.queueLimit == 100_000)
    #expect(overloaded.simulationOptions.inSystemLimit == RunSettings.overloadInSystemLimit)
    var wrong = settings
    wrong.replications = 0
    #expect(wrong.problem == "replications must be from 1 to 200")
    wrong = settings
    wrong.sailingCancellation = 1.5
    #expect(wrong.problem?.contains("probability") == true)
  }

  @Test("a run's figures by typed key agree with its simulation and its equilibrium")
  func typedFigures() throws {
    let scenario = try teachingExample()
    let run = try Study.run(scenario, settings: shortSettings())
    let checkpoints = run.simulation.checkpoints
    #expect(!checkpoints.isEmpty)
    for c in checkpoints {
      let value = try #require(run.value(.clearance(c.key)))
      #expect(abs(value - c.clearanceHours.mean) <= 1e-12 * max(1, value), "\(c.key)")
      #expect(ResultKey.clearance(c.key).subject.description == "checkpoint \(c.key)")
    }
    for corridor in run.simulation.corridors {
      let value = try #require(run.value(.corridorTransit(corridor.corridor)))
      #expect(abs(value - corridor.transitHours.mean) <= 1e-9 * value)
    }
    for od in run.simulation.odPairs where od.transitHours.observations > 0 {
      #expect(run.value(.odTransit(od.key)) != nil)
    }
    for (name, teu) in run.corridorFlows {
      #expect(run.value(ResultKey(.corridor(name), .teuPerYear)) == teu)
    }
    #expect(run.value(ResultKey(.corridor("no such corridor"), .teuPerYear)) == nil)
    // A link's TEU is the equilibrium flow over it; what enters a node that is neither an
    // origin nor a destination leaves it.
    let demandNodes = Set(scenario.demand.flatMap { [$0.origin, $0.destination] })
    for node in scenario.nodes where !demandNodes.contains(node.id) {
      let inflow = try scenario.links.filter { $0.to == node.id }.reduce(0.0) {
        $0 + (try #require(run.value(ResultKey(.link($1.id), .teuPerYear))))
      }
      let outflow = try scenario.links.filter { $0.from == node.id }.reduce(0.0) {
        $0 + (try #require(run.value(ResultKey(.link($1.id), .teuPerYear))))
      }
      #expect(abs(inflow - outflow) <= 1e-6 * max(1, inflow), "\(node.id)")
    }
    #expect(run.value(ResultKey(.link("no such link"), .teuPerYear)) == nil)
    // Every key is one of the kinds a simulation measures.
    for key in run.replicationKPIs.keys {
      switch key.subject {
      case .checkpoint, .crossing: #expect(key.measure == .clearanceHours)
      case .corridor, .od, .network: #expect([.transitHours, .costUSDPerTEU].contains(key.measure))
      case .link, .gateway: Issue.record("a simulation measures no link or gateway: \(key)")
      }
    }
  }

  @Test(
    "the same scenario and settings give the same numbers; a run against itself differs by nothing")
  func reproducible() throws {
    let scenario = try teachingExample()
    let first = try Study.run(scenario, settings: shortSettings())
    let second = try Study.run(scenario, settings: shortSettings())
    let a = first.replicationKPIs
    let b = second.replicationKPIs
    #expect(Set(a.keys) == Set(b.keys))
    for (key, values) in a {
      #expect(values.elementsEqual(b[key] ?? []) { $0 == $1 || ($0.isNaN && $1.isNaN) }, "\(key)")
    }
    let comparison = Comparison(base: first, variant: second)
    #expect(!comparison.rows.isEmpty)
    for row in comparison.rows {
      #expect(row.difference.mean == 0 && row.difference.halfWidth == 0, "\(row.key)")
      #expect(!row.isSignificant)
    }
    for flow in comparison.corridorFlows { #expect(flow.base == flow.variant) }
    #expect(comparison.rows.map(\.key) == comparison.rows.map(\.key).sorted())
  }

  @Test("paired rows: only keys both measured, replications where both did, checkpoints first")
  func pairedRows() {
    let alt = CheckpointKey(
      node: "ALT", mode: .road, direction: BorderDirection(from: "CN", to: "KZ"))
    let od = ODKey(commodity: "general", origin: "XIA", destination: "IST")
    let base: [ResultKey: [Double]] = [
      .odTransit(od): [100, 110, 120],
      .clearance(alt): [1, 2, 3, .nan],
      .corridorTransit("Middle Corridor"): [200, 210, 220],
      .corridorTransit("only in the base"): [1, 1, 1],
    ]
    let variant: [ResultKey: [Double]] = [
      .odTransit(od): [90, 100, 130],
      .clearance(alt): [3, 4.5, 5, 7],
      .corridorTransit("Middle Corridor"): [.nan, .nan, .nan],
    ]
    let rows = Comparison.pairedRows(base, variant)
    #expect(rows.map(\.key) == [.clearance(alt), .odTransit(od)])
    let crossing = rows[0]
    // Differences 2, 2.5, 2: mean 13/6, standard deviation √(1/12), t(0.975, 2) = 4.302653.
    #expect(abs(crossing.base - 2) < 1e-12 && abs(crossing.variant - 25 / 6) < 1e-12)
    #expect(abs(crossing.difference.mean - 13 / 6) < 1e-12)
    #expect(
      abs(crossing.difference.halfWidth - 4.302653 * (1.0 / 12).squareRoot() / 3.0.squareRoot())
        < 1e-9)
    #expect(crossing.isSignificant)
    #expect(abs(crossing.percent - 100 * (13 / 6) / 2) < 1e-9)
    // Differences −10, −10, +10: the interval spans zero.
    #expect(!rows[1].isSignificant)
  }

  @Test("a facility loaded beyond capacity stops a run unless overload is allowed, then warns")
  func overload() throws {
    let scenario = try teachingExample(
      replacing: "tonnes_per_year: 70000", with: "tonnes_per_year: 98000000")
    var settings = shortSettings()
    settings.days = 5
    settings.warmUpDays = 0
    #expect {
      try Study.simulationRoutes(scenario, settings: settings)
    } throws: { error in
      guard case .overloaded(let facilities) = error as? StudyError else { return false }
      return !facilities.isEmpty && facilities.allSatisfy { $0.load > 1 }
    }
    settings.allowOverload = true
    let warnings = WarningLog()
    _ = try Study.simulationRoutes(
      scenario, settings: settings, progress: StudyProgress(warning: { warnings.add($0) }))
    let texts = warnings.texts(file: "overloaded.yaml")
    #expect(!texts.isEmpty)
    #expect(
      texts.allSatisfy {
        $0.hasPrefix("overloaded.yaml: ") && $0.contains("% of what it can serve")
      })
  }

  @Test("demand that cannot reach its destination is an assignment error, not a crash")
  func unreachable() throws {
    var scenario = try teachingExample()
    scenario.links.removeAll()
    #expect(throws: StudyError.self) { try Study.run(scenario, settings: shortSettings()) }
  }
}

/// Warnings collected from any thread.
final class WarningLog: @unchecked Sendable {
  private var warnings: [StudyWarning] = []
  private let lock = NSLock()

  func add(_ warning: StudyWarning) { lock.withLock { warnings.append(warning) } }

  func texts(file: String) -> [String] { lock.withLock { warnings.map { $0.text(file: file) } } }
}

@Suite("The scenario library runs")
struct LibraryRunTests {
  @Test(
    "every library scenario reaches equilibrium and passes the load check that run applies",
    arguments: [
      "ots-baseline-2025.yaml", "ots-calibrated-2025.yaml", "ots-digital-customs-2025.yaml",
      "digital-customs-2027.yaml",
      "khorgos-24-7.yaml", "middle-corridor-2030.yaml", "cku-railway-2030.yaml",
      "hub-plan-2025.yaml", "examples/two-corridors.yaml",
    ])
  func runs(name: String) throws {
    let path = HubStudyTests.root.appendingPathComponent("Scenarios/\(name)").path
    let scenario = try ScenarioLoader.load(path: path).scenario
    let (_, routes) = try Study.simulationRoutes(scenario, settings: RunSettings())
    #expect(!routes.isEmpty)
  }
}
