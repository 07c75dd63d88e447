import CorridorModel
import CorridorScenario
import CorridorSimulation
import Foundation
import Testing

@testable import CorridorStudy

@Suite("Hubs that consolidate")
struct ConsolidationTests {
  /// The library's consolidation example: three origins, three destinations, two candidate
  /// hubs; and the two-hub plan the study writes for it, loaded from a temporary folder.
  static func baseAndPlan() throws -> (base: Scenario, plan: Scenario, objective: Double) {
    let path = HubStudyTests.root.appendingPathComponent("Scenarios/examples/consolidation.yaml")
      .path
    let loaded = try ScenarioLoader.load(path: path)
    var request = HubRequest(source: .scenario(loaded.scenario, path: path, files: loaded.files))
    request.hubCount = 2
    let study = try HubStudy(request)
    let result = try study.placeHubs()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("consolidation-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("plan.yaml").path
    let text = try #require(study.scenarioPlan(result, outPath: out))
    try text.write(toFile: out, atomically: true, encoding: .utf8)
    // The library's copy of the plan is what the study writes today.
    let committed = HubStudyTests.root.appendingPathComponent(
      "Scenarios/examples/consolidation-plan.yaml")
    #expect(
      study.scenarioPlan(result, outPath: committed.path)
        == (try String(contentsOf: committed, encoding: .utf8)))
    return (
      loaded.scenario, try ScenarioLoader.load(path: out).scenario, try #require(result.objective)
    )
  }

  @Test("the plan opens both hubs, and a block train runs each way between them")
  func services() throws {
    let (base, plan, _) = try Self.baseAndPlan()
    #expect(base.consolidatedServices().isEmpty)
    let services = plan.consolidatedServices()
    #expect(services.map { plan.nodes[$0.origin].id } == ["H1", "H2"])
    // Each runs the rail line: 1,500 km at 45 km/h, at half its tariff of US$1 a TEU-km.
    for service in services {
      #expect(service.links.count == 1)
      #expect(abs(service.freeFlowHours - 1500.0 / 45) < 1e-9)
      #expect(abs(service.moneyUSD - 750) < 1e-9)
    }
  }

  @Test(
    "opening the hubs moves the flow through them, and the simulated saving is the predicted one")
  func savingAsPredicted() throws {
    let (base, plan, objective) = try Self.baseAndPlan()
    var settings = RunSettings()
    settings.replications = 5
    settings.days = 120
    let (runs, comparisons) = try Study.compare(base: base, variants: [plan], settings: settings)
    // Without consolidation the road is cheaper than single wagons through the hubs.
    #expect(runs[0].hubFlows.allSatisfy { $0.teuPerYear == 0 })
    #expect(runs[0].routes.allSatisfy { !$0.nodes.contains("H1") })
    // With it, all 36,000 TEU go O → H1 → block train → H2 → D.
    #expect(runs[1].hubFlows.map(\.teuPerYear) == [36_000, 36_000])
    // The equilibrium's prediction per TEU: the road at 1,700 km × US$1 + 28.3 h × US$10,
    // against two 100 km feeders (US$200, 3.3 h), two hubs (US$80, 12 h), the train at half
    // the tariff (US$750, 33.3 h) and half the 12 h between departures.
    let vot = 30_000 * 0.008 / 24
    func predicted(_ run: ScenarioRun) -> Double {
      let teu = run.routes.reduce(0) { $0 + $1.teuPerYear }
      return run.routes.reduce(0) { $0 + $1.teuPerYear * $1.generalizedCostUSD } / teu
    }
    #expect(abs(predicted(runs[0]) - (1700 + vot * 1700 / 60)) < 1e-6)
    let saving = predicted(runs[0]) - predicted(runs[1])
    let row = try #require(comparisons[0].rows.first { $0.key == .networkCost })
    // The equilibrium prices the trains' capacity as a queue of TEU at one server of the
    // service's capacity rate (M/D/1, s = 8,760 / 73,000 h, half loaded): s plus the wait,
    // 0.18 h. The simulated trains leave on time with room to spare, so that is not there.
    let s = 8760 / 73_000.0
    let rho = 36_000 / 73_000.0
    let queue = vot * (s + rho * s / (2 * (1 - rho)))
    let simulated = -row.difference.mean
    #expect(
      abs(simulated - (saving + queue)) <= row.difference.halfWidth,
      "simulated \(simulated) ± \(row.difference.halfWidth), predicted \(saving) + \(queue)")
    // The optimizer prices the plan by the same costs at free flow, where the capacity queue
    // is its s alone: its cost per TEU is the simulated one plus US$10 × s.
    let planCost = ConfidenceInterval(
      observations: try #require(runs[1].replicationKPIs[.networkCost]))
    #expect(
      abs(objective / 36_000 - vot * s - planCost.mean) <= planCost.halfWidth,
      "optimizer \(objective / 36_000), simulated \(planCost.mean) ± \(planCost.halfWidth)")
  }

  @Test("the optimizer's costs by hand: feeder, hub, block train, hub, feeder")
  func costsByHand() throws {
    let (base, _, objective) = try Self.baseAndPlan()
    // Feeder: 100 km at US$1 and 1.67 h; hub: 6 h and US$40; train: 1,500 km at half of
    // US$1, 33.3 h, half the 12 h headway and s = 0.12 h of capacity queue; at US$10 an hour.
    let feeder = 100 + 10 * 100.0 / 60
    let hub = 40 + 10 * 6.0
    let train = 750 + 10 * (1500.0 / 45 + 6 + 8760 / 73_000.0)
    #expect(abs(objective - 36_000 * (2 * feeder + 2 * hub + train)) < 1e-6 * objective)
    let costs = try HubCosts(scenario: base, keepOpen: [])
    #expect(abs(costs.valueOfTime - 10) < 1e-12)
    // The nine flows, and the nine pairs the other way, would go more cheaply through the hubs.
    #expect(costs.goesThroughHubs.filter { $0 }.count == 18)
  }

  @Test("a hub's handling capacity is a queue at its terminal: M/D/1 for the feeder trucks")
  func terminalQueue() throws {
    let (_, plan, _) = try Self.baseAndPlan()
    var scenario = plan
    // Only the west hub has a capacity: 73,000 TEU a year, 0.24 h for a truck of 2 TEU.
    let h1 = try #require(scenario.nodes.firstIndex { $0.id == "H1" })
    scenario.nodes[h1].hub?.capacityTEUPerYear = 73_000
    var settings = RunSettings()
    settings.replications = 10
    let run = try Study.run(scenario, settings: settings)
    // 18,000 trucks a year from three origins, a Poisson stream: ρ = 18,000 × 0.24 / 8,760.
    let s = 2 * 8760 / 73_000.0
    let rho = 18_000 * s / 8760
    let wait = rho * s / (2 * (1 - rho))
    let queueing = run.simulation.timeUse.map { ($0.uses[.queueing] ?? 0) }
    let interval = ConfidenceInterval(observations: queueing)
    #expect(
      abs(interval.mean - wait) <= max(interval.halfWidth, 0.01 * wait),
      "simulated \(interval.mean) ± \(interval.halfWidth), M/D/1 \(wait)")
  }
}
