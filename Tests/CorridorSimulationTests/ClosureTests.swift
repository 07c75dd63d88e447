import CorridorModel
import Testing

@testable import CorridorSimulation

@Suite("Closed days at a post")
struct ClosureTests {
  /// A line whose post has 1,000 lanes of 0.01 h, so nothing queues at the lanes, and closes
  /// on 3 and 4 January (days 2 and 3 of the year), with an optional daily quota.
  static func line(quota: Int?) -> Scenario {
    var scenario = CorridorQueueingTests.line([
      CorridorQueueingTests.Station(lanes: 1_000, service: .fixed(0.01))
    ])
    for n in scenario.nodes.indices where scenario.nodes[n].checkpoint != nil {
      scenario.nodes[n].checkpoint?.processes[0].quotaUnitsPerDay = quota
      scenario.nodes[n].checkpoint?.processes[0].closures = [
        ClosedDays(firstDay: 2, days: 2, reason: "holiday", label: "2025-01-03 to 2025-01-04")
      ]
    }
    return scenario
  }

  /// Two trucks an hour, at 0.5 h, 1 h, … (scheduled departures), for 20 days from 1 January.
  static func simulate(quota: Int?) throws -> SimulationResult.CheckpointKPI {
    let scenario = line(quota: quota)
    let route = lineRoute(scenario, teuPerYear: 2 * 8760 * scenario.settings.teuPerTruck)
    let result = CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: 20, warmUpDays: 0, replications: 1, seed: 5, scheduledDepartures: true))
    return try #require(result.checkpoints.first)
  }

  @Test("trucks that reach a closed post wait for it to open, the others do not")
  func closedDaysHold() throws {
    let checkpoint = try Self.simulate(quota: nil)
    // Trucks at 0.5 h … 479.5 h clear; the one at 480 h arrives as the run ends.
    #expect(checkpoint.units == 959)
    // The 96 trucks of hours 48.0 … 95.5 wait until hour 96: 96 − t, on average 24.25 h.
    let expected = 0.01 + 96 * 24.25 / 959
    #expect(abs(checkpoint.clearanceHours.mean - expected) < 1e-9)
  }

  @Test("under a quota the backlog of the closed days spills into the next day")
  func quotaAfterClosure() throws {
    let checkpoint = try Self.simulate(quota: 100)
    #expect(checkpoint.units == 959)
    // Day 4 admits the 96 held trucks at midnight and its own first 4 (96.0 … 97.5 h); its
    // other 44 (98.0 … 119.5 h) wait for day 5's midnight, on average 11.25 h. Day 5 has room
    // for its 44 and its own 48.
    let expected = 0.01 + (96 * 24.25 + 44 * 11.25) / 959
    #expect(abs(checkpoint.clearanceHours.mean - expected) < 1e-9)
  }

  @Test("closed days lower the open hours that a post's utilisation is taken over")
  func utilisationOverOpenDays() throws {
    let process = try #require(Self.line(quota: nil).nodes.compactMap(\.checkpoint).first)
      .processes[0]
    let open = process.calendar().openHoursPerYear
    #expect(abs(open - (365 - 2) * 24) < 1e-9)
  }
}
