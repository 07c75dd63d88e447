import CorridorModel
import Testing

@testable import CorridorSimulation

@Suite("Daily acceptance quotas")
struct QuotaTests {
  /// One checkpoint on a line, its process accepting at most `quota` trucks a day; one stage
  /// of 10 lanes that takes 0.01 h, so the quota alone binds.
  static func line(quota: Int) -> Scenario {
    var scenario = CorridorQueueingTests.line([
      CorridorQueueingTests.Station(lanes: 10, service: .fixed(0.01))
    ])
    for n in scenario.nodes.indices where scenario.nodes[n].checkpoint != nil {
      scenario.nodes[n].checkpoint?.processes[0].quotaUnitsPerDay = quota
    }
    return scenario
  }

  /// Trucks at exactly `perHour` an hour (scheduled departures) for `days` days, no warm-up.
  static func simulate(quota: Int, perHour: Double, days: Double) -> SimulationResult {
    let scenario = line(quota: quota)
    let route = lineRoute(scenario, teuPerYear: perHour * 8760 * scenario.settings.teuPerTruck)
    return CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: days, warmUpDays: 0, replications: 1, seed: 5, scheduledDepartures: true))
  }

  @Test("above the quota, exactly the quota a day gets through: the deterministic ceiling")
  func ceiling() throws {
    // 144 trucks a day against a quota of 100: each of the 20 days admits 100, the others wait.
    let result = Self.simulate(quota: 100, perHour: 6, days: 20)
    let checkpoint = try #require(result.checkpoints.first)
    #expect(checkpoint.units == 2_000)
    // What waits for a later day is queueing at the border, and counts in the time to clear.
    #expect(checkpoint.clearanceHours.mean > 24)
    let uses = result.meanTimeUse
    #expect(abs(uses.uses.values.reduce(0, +) - uses.transit) < 1e-9 * uses.transit)
  }

  @Test("below the quota nothing waits: the time to clear is the service time")
  func notBinding() throws {
    // 96 trucks a day against a quota of 100: trucks at 0.25 h, 0.5 h, … 480 h; the last
    // arrives as the run ends and has not cleared.
    let result = Self.simulate(quota: 100, perHour: 4, days: 20)
    let checkpoint = try #require(result.checkpoints.first)
    #expect(checkpoint.units == 1_919)
    #expect(abs(checkpoint.clearanceHours.mean - 0.01) < 1e-9)
  }

  @Test("the load check counts the quota: 144 trucks a day against 100 is a load of 1.44")
  func load() throws {
    let scenario = Self.line(quota: 100)
    let route = lineRoute(scenario, teuPerYear: 6 * 8760 * 2)
    let loads = CorridorSimulation.facilityLoads(
      scenario, routes: [route], options: SimulationOptions())
    let quota = try #require(loads.first { $0.facility.contains("daily quota of 100 units") })
    #expect(abs(quota.load - 1.44) < 1e-12)
  }

  @Test("the load check counts units as the simulation does: a truck at a post of trains is one")
  func unitsAsSimulated() throws {
    var scenario = Self.line(quota: 100)
    for n in scenario.nodes.indices where scenario.nodes[n].checkpoint != nil {
      scenario.nodes[n].checkpoint?.processes[0].teuPerUnit = 86
    }
    let route = lineRoute(scenario, teuPerYear: 6 * 8760 * 2)
    let loads = CorridorSimulation.facilityLoads(
      scenario, routes: [route], options: SimulationOptions())
    let quota = try #require(loads.first { $0.facility.contains("daily quota") })
    #expect(abs(quota.load - 1.44) < 1e-12)
    // And the simulation admits 100 of them a day.
    let result = CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: 20, warmUpDays: 0, replications: 1, seed: 5, scheduledDepartures: true))
    #expect(try #require(result.checkpoints.first).units == 2_000)
  }
}
