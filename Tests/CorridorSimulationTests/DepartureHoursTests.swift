import CorridorModel
import Testing

@testable import CorridorSimulation

@Suite("Departure hours")
struct DepartureHoursTests {
  /// Monday to Friday, 08:00 to 18:00: 50 hours a week.
  static let office = OpeningHours(
    weeklyIntervals: (0..<5).map { day in (day * 1440 + 480)..<(day * 1440 + 1080) })

  /// Trucks at one an hour on average through a checkpoint open office hours (10 lanes,
  /// 0.01 h), leaving only in office hours when `profile` is set; four weeks, no warm-up.
  static func simulate(profile: Bool, scheduled: Bool, onDemand: Bool = false)
    -> SimulationResult
  {
    var scenario = CorridorQueueingTests.line([
      CorridorQueueingTests.Station(lanes: 10, service: .fixed(0.01))
    ])
    for n in scenario.nodes.indices where scenario.nodes[n].checkpoint != nil {
      scenario.nodes[n].checkpoint?.processes[0].openingHours = office
    }
    if profile && !onDemand { scenario.commodities[0].departureHours = office }
    var demand = Demand(origin: "O", destination: "D", commodity: "goods", teuPerYear: 1)
    if profile && onDemand { demand.departureHours = office }
    scenario.demand = [demand]
    let route = lineRoute(scenario, teuPerYear: 8760 * scenario.settings.teuPerTruck)
    return CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: 28, warmUpDays: 0, replications: 4, seed: 9, scheduledDepartures: scheduled))
  }

  @Test("departures in office hours keep the weekly volume and never wait for the posts to open")
  func officeHours() throws {
    // Scheduled: a truck every 50/168 open hours, 168 a week, all between 08:00 and 18:00.
    let scheduled = Self.simulate(profile: true, scheduled: true)
    for (generated, _, _) in scheduled.conservation {
      #expect(abs(generated - 4 * 168) <= 1, "\(generated)")
    }
    let checkpoint = try #require(scheduled.checkpoints.first)
    #expect(abs(checkpoint.clearanceHours.mean - 0.01) < 1e-9)
    // Poisson: the same holds in distribution, and no truck meets closed posts.
    let poisson = Self.simulate(profile: true, scheduled: false)
    let clearance = try #require(poisson.checkpoints.first).clearanceHours
    #expect(abs(clearance.mean - 0.01) < 1e-9)
    #expect(ConfidenceInterval(observations: poisson.generated.map(Double.init)).contains(672))
  }

  @Test("without the profile, trucks that arrive at night wait for the posts to open")
  func anyTime() throws {
    let result = Self.simulate(profile: false, scheduled: true)
    let checkpoint = try #require(result.checkpoints.first)
    #expect(checkpoint.clearanceHours.mean > 1)
  }

  @Test("a demand entry's own hours work as the commodity's, for that flow alone")
  func demandHours() throws {
    let scheduled = Self.simulate(profile: true, scheduled: true, onDemand: true)
    for (generated, _, _) in scheduled.conservation {
      #expect(abs(generated - 4 * 168) <= 1, "\(generated)")
    }
    let checkpoint = try #require(scheduled.checkpoints.first)
    #expect(abs(checkpoint.clearanceHours.mean - 0.01) < 1e-9)
  }
}
