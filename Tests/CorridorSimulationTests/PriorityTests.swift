import CorridorModel
import Testing

@testable import CorridorSimulation

@Suite("Priority classes at queues")
struct PriorityTests {
  /// One M/M/1 checkpoint passed by express trucks (λ1 an hour) and standard trucks (λ2).
  static func simulate(express: Double, standard: Double, classes: Bool) -> SimulationResult {
    var scenario = CorridorQueueingTests.line([
      CorridorQueueingTests.Station(lanes: 1, service: .exponential(mean: 1))
    ])
    var fast = scenario.commodities[0]
    fast.id = "express"
    fast.name = "express"
    if classes {
      scenario.settings.priorityClasses = ["express", "standard"]
      fast.priorityClass = "express"
      scenario.commodities[0].priorityClass = "standard"
    }
    scenario.commodities.append(fast)
    func route(_ commodity: CommodityID, perHour: Double) -> AssignedRoute {
      lineRoute(
        scenario, commodity: commodity, teuPerYear: perHour * 8760 * scenario.settings.teuPerTruck)
    }
    return CorridorSimulation.run(
      scenario, routes: [route("goods", perHour: standard), route("express", perHour: express)],
      options: SimulationOptions(days: 1_000, warmUpDays: 20, replications: 10, seed: 31))
  }

  @Test(
    "non-preemptive priority at an M/M/1 stage: Cobham's waits, W0 / ((1 − σ₁₋₁)(1 − σ₁))")
  func cobham() throws {
    // λ1 = 0.3, λ2 = 0.4, μ = 1: W0 = Σ λ E[S²] / 2 = 0.7; Wq1 = W0 / (1 − 0.3) = 1;
    // Wq2 = W0 / ((1 − 0.3)(1 − 0.7)) = 10/3. Links take no time: transit = Wq + 1.
    let result = Self.simulate(express: 0.3, standard: 0.4, classes: true)
    let pairs = Dictionary(uniqueKeysWithValues: result.odPairs.map { ($0.commodity, $0) })
    let express = try #require(pairs["express"]).transitHours
    let standard = try #require(pairs["goods"]).transitHours
    #expect(express.contains(2), "express \(express)")
    #expect(standard.contains(1 + 10.0 / 3), "standard \(standard)")
    #expect(express.halfWidth < 0.05 * 2 && standard.halfWidth < 0.05 * (1 + 10.0 / 3))
  }

  @Test("without classes both wait as in one M/M/1 queue: Wq = ρ / (μ − λ) = 7/3")
  func noClasses() throws {
    let result = Self.simulate(express: 0.3, standard: 0.4, classes: false)
    for od in result.odPairs {
      #expect(od.transitHours.contains(1 + 7.0 / 3), "\(od.commodity) \(od.transitHours)")
    }
  }
}
