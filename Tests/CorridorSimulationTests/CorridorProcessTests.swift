import CorridorAssignment
import CorridorModel
import Foundation
import Testing

@testable import CorridorSimulation

@Suite("Corridor process model")
struct CorridorProcessTests {
  /// Port A to port B by a ferry sailing `sailings` times a week with `capacity` TEU vessels,
  /// then B to C by road through checkpoint X (one stage, `lanes` lanes, 1 h per truck).
  func scenario(teuPerYear: Double, sailings: Double = 7, capacity: Double = 10_000, lanes: Int = 1)
    -> Scenario
  {
    func place(_ id: NodeID, _ kind: NodeKind, _ country: String) -> Node {
      Node(
        id: id, name: id.rawValue, kind: kind, country: country,
        coordinate: .init(latitude: 0, longitude: 0))
    }
    var x = place("X", .checkpoint, "AZ")
    x.checkpoint = Checkpoint(
      countries: ["KZ", "AZ"],
      processes: [
        CheckpointProcess(
          mode: .road,
          stages: [Stage(id: "documents", lanes: lanes, serviceHours: .exponential(mean: 1))])
      ])
    // The port of arrival has a terminal (no dwell), where boxes move from ship to truck.
    var b = place("B", .seaPort, "KZ")
    b.hub = Hub(dwellHours: .fixed(0), handlingUSDPerTEU: 0)
    return Scenario(
      id: "ferry", name: "ferry",
      nodes: [place("A", .seaPort, "KZ"), b, x, place("C", .city, "AZ")],
      links: [
        Link(
          id: "AB", from: "A", to: "B", mode: .ferry, distanceKm: 400, runningHours: .fixed(20),
          ferry: FerryService(
            sailingsPerWeek: sailings, vesselCapacityTEU: capacity, sailingHours: .fixed(20))),
        Link(id: "BX", from: "B", to: "X", mode: .road, distanceKm: 10, runningHours: .fixed(0.5)),
        Link(
          id: "XC", from: "X", to: "C", mode: .road, distanceKm: 100,
          runningHours: .uniform(min: 1, max: 3)),
      ],
      commodities: [
        Commodity(id: "goods", name: "goods", valueUSDPerTEU: 30_000, timeCostSharePerDay: 0.008)
      ],
      demand: [Demand(origin: "A", destination: "C", commodity: "goods", teuPerYear: teuPerYear)])
  }

  func simulate(_ scenario: Scenario, _ options: SimulationOptions) throws -> SimulationResult {
    let routes = try CorridorAssignmentResult.solve(scenario).routes()
    return CorridorSimulation.run(scenario, routes: routes, options: options)
  }

  func meanUse(_ result: SimulationResult, _ use: TimeUse) -> ConfidenceInterval {
    ConfidenceInterval(observations: result.timeUse.map { $0.uses[use] ?? 0 })
  }

  @Test("the wait for a daily ferry is half the headway; cancellations add H·p/(1 − p)")
  func sailingWait() throws {
    let light = scenario(teuPerYear: 2_000)
    let plain = try simulate(
      light, SimulationOptions(days: 365, warmUpDays: 10, replications: 8, seed: 4))
    let wait = meanUse(plain, .waitingForSailing)
    #expect(wait.contains(12), "\(wait)")
    #expect(wait.halfWidth < 1)
    let stormy = try simulate(
      light,
      SimulationOptions(
        days: 365, warmUpDays: 10, replications: 8, seed: 4, sailingCancellation: 0.3))
    let expected = 12 + 24 * 0.3 / 0.7
    let stormyWait = meanUse(stormy, .waitingForSailing)
    #expect(stormyWait.contains(expected), "\(stormyWait) vs \(expected)")
    let (total, cancelled) = stormy.sailings
    #expect(abs(Double(cancelled) / Double(total) - 0.3) < 0.03)
  }

  @Test("a ferry that also leaves when full cuts the wait of a heavy flow")
  func leaveWhenFull() throws {
    // 65,000 TEU/year ≈ 178 TEU a day on a daily 200-TEU vessel: loads often fill it early.
    let heavy = scenario(teuPerYear: 65_000, capacity: 200)
    let scheduled = try simulate(
      heavy, SimulationOptions(days: 200, warmUpDays: 10, replications: 4, seed: 8))
    let eager = try simulate(
      heavy,
      SimulationOptions(
        days: 200, warmUpDays: 10, replications: 4, seed: 8, ferriesLeaveWhenFull: true))
    #expect(meanUse(eager, .waitingForSailing).mean < meanUse(scheduled, .waitingForSailing).mean)
  }

  @Test("Little's law holds on the corridor, and the same seed gives the same results")
  func littleAndSeeds() throws {
    let corridor = scenario(teuPerYear: 10_000, lanes: 2)
    let options = SimulationOptions(days: 365, warmUpDays: 10, replications: 3, seed: 12)
    let first = try simulate(corridor, options)
    for (l, lambdaW) in first.littlesLaw {
      #expect(abs(l - lambdaW) < 0.02 * lambdaW, "L \(l) vs λW \(lambdaW)")
    }
    let second = try simulate(corridor, options)
    #expect(first.conservation.map(\.delivered) == second.conservation.map(\.delivered))
    #expect(first.timeUse.map(\.transit) == second.timeUse.map(\.transit))
  }

  @Test("an electronic queue moves the wait off the road without shortening the transit much")
  func electronicQueue() throws {
    // 5,000 trucks a year through one lane of 1 h: 57 % load.
    let busy = scenario(teuPerYear: 10_000, lanes: 1)
    let options = SimulationOptions(days: 365, warmUpDays: 10, replications: 4, seed: 3)
    let physical = try simulate(busy, options)
    var withAppointments = options
    withAppointments.electronicQueues = ["X"]
    let electronic = try simulate(busy, withAppointments)
    let queueBefore = meanUse(physical, .queueing).mean
    let queueAfter = meanUse(electronic, .queueing).mean
    #expect(queueBefore > 0.5)
    #expect(queueAfter < 0.5 * queueBefore, "\(queueAfter) vs \(queueBefore)")
    #expect(meanUse(electronic, .waitingForAppointment).mean > 0)
    let checkpoint = try #require(electronic.checkpoints.first)
    let physicalCheckpoint = try #require(physical.checkpoints.first)
    #expect(checkpoint.meanQueue.mean < physicalCheckpoint.meanQueue.mean)

    // The same queue written in the scenario (`electronic_queue: true`) runs identically.
    var marked = busy
    let x = try #require(marked.nodes.firstIndex { $0.id == "X" })
    for p in marked.nodes[x].checkpoint?.processes.indices ?? 0..<0 {
      marked.nodes[x].checkpoint?.processes[p].electronicQueue = true
    }
    let fromScenario = try simulate(marked, options)
    #expect(
      meanUse(fromScenario, .waitingForAppointment).mean
        == meanUse(electronic, .waitingForAppointment).mean)
    #expect(fromScenario.timeUse.map(\.transit) == electronic.timeUse.map(\.transit))
  }
}
