import CorridorModel
import Testing

@testable import CorridorSimulation

/// Units that plan to reach a post while it is open wait before the link to it, not at it.
@Suite("Arriving at a post while it is open")
struct ArrivalPlanningTests {
  /// Every day, 09:00 to 18:00.
  static let daytime = OpeningHours(
    weeklyIntervals: (0..<7).map { day in (day * 1440 + 540)..<(day * 1440 + 1080) })

  /// A truck an hour, on the hour (1 h, 2 h, …), for 20 days, through a post open 09:00 to
  /// 18:00 with 1,000 lanes of 0.01 h, whose trucks plan their arrival when `planned`.
  static func simulate(planned: Bool) -> SimulationResult {
    var scenario = CorridorQueueingTests.line([
      CorridorQueueingTests.Station(lanes: 1_000, service: .fixed(0.01))
    ])
    for n in scenario.nodes.indices where scenario.nodes[n].checkpoint != nil {
      scenario.nodes[n].checkpoint?.processes[0].openingHours = daytime
      scenario.nodes[n].checkpoint?.processes[0].arrivesWhenOpen = planned
    }
    let route = lineRoute(scenario, teuPerYear: 8760 * scenario.settings.teuPerTruck)
    return CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: 20, warmUpDays: 0, replications: 1, seed: 3, scheduledDepartures: true))
  }

  /// The hours the truck that sets off at hour `k` (links take no time) waits for the post to
  /// open: none from 09:00 to 17:00, else until 09:00.
  static func wait(_ k: Int) -> Double {
    let hour = k % 24
    return Double(hour < 9 ? 9 - hour : hour >= 18 ? 33 - hour : 0)
  }

  /// The trucks that clear before the run ends at hour 480, and their mean wait: by hand.
  static var cleared: (count: Int, meanWait: Double) {
    let waits = (1...480).map(wait).enumerated().filter { k, w in Double(k + 1) + w + 0.01 <= 480 }
    return (waits.count, waits.map(\.element).reduce(0, +) / Double(waits.count))
  }

  @Test("without planning, trucks that come at night wait at the post: 5 h on average a day")
  func waitAtThePost() throws {
    let result = Self.simulate(planned: false)
    let checkpoint = try #require(result.checkpoints.first)
    let (count, meanWait) = Self.cleared
    // 15 of each day's 24 trucks come while it is closed and wait 120 h in all.
    #expect((24..<48).map(Self.wait).reduce(0, +) == 120)
    #expect(count == 473)
    #expect(Double(checkpoint.units) == Double(count))
    #expect(abs(checkpoint.clearanceHours.mean - (0.01 + meanWait)) < 1e-9)
    #expect((result.meanTimeUse.uses[.waitingForOpening] ?? 0) == 0)
  }

  @Test("with planning, the same waits happen before the link and the post clears in 0.01 h")
  func waitBeforeTheLink() throws {
    let planned = Self.simulate(planned: true)
    let atPost = Self.simulate(planned: false)
    let checkpoint = try #require(planned.checkpoints.first)
    let (count, meanWait) = Self.cleared
    #expect(Double(checkpoint.units) == Double(count))
    #expect(abs(checkpoint.clearanceHours.mean - 0.01) < 1e-9)
    let uses = planned.meanTimeUse.uses
    #expect(abs((uses[.waitingForOpening] ?? 0) - meanWait) < 1e-9)
    #expect(abs(uses[.queueing] ?? 0) < 1e-9)
    // Door to door is the same: the wait has moved, not changed.
    #expect(abs(planned.meanTimeUse.transit - atPost.meanTimeUse.transit) < 1e-9)
  }
}
