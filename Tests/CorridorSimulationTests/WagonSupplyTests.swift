import CorridorModel
import Testing

@testable import CorridorSimulation

@Suite("Wagon supply at gauge changes")
struct WagonSupplyTests {
  /// Trains from O on standard gauge to a gauge change G, then on broad gauge to D; links take
  /// no time, transshipment 0.01 h, and G has `sets` wagon sets that come back after `cycle`.
  static func scenario(sets: Int, cycle: Double) -> Scenario {
    func place(_ id: String) -> Node {
      Node(
        id: NodeID(id), name: id, kind: id == "G" ? .gaugeChange : .city, country: "KZ",
        coordinate: .init(latitude: 44, longitude: 80))
    }
    var g = place("G")
    var yard = GaugeChange(
      transshipmentHours: .fixed(0.01), capacityTEUPerDay: nil, costUSDPerTEU: 0)
    yard.wagonSets = sets
    yard.wagonCycleHours = cycle
    g.gaugeChange = yard
    let links = [
      Link(
        id: "O-G", from: "O", to: "G", mode: .rail1435, distanceKm: 1, runningHours: .fixed(0)),
      Link(
        id: "G-D", from: "G", to: "D", mode: .rail1520, distanceKm: 1, runningHours: .fixed(0)),
    ]
    return Scenario(
      id: "wagons", name: "wagons", nodes: [place("O"), g, place("D")], links: links,
      commodities: [
        Commodity(id: "goods", name: "goods", valueUSDPerTEU: 30_000, timeCostSharePerDay: 0.008)
      ])
  }

  /// One train every `headway` hours for ten days, no warm-up.
  static func simulate(sets: Int, cycle: Double, headway: Double) -> SimulationResult {
    let scenario = scenario(sets: sets, cycle: cycle)
    let route = lineRoute(scenario, teuPerYear: 8760 / headway * scenario.settings.teuPerTrain)
    return CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: 10, warmUpDays: 0, replications: 1, seed: 3, scheduledDepartures: true))
  }

  @Test("more trains than the sets can turn: two sets of a 10 h cycle pass 2 trains in 10 h")
  func ceiling() {
    // Trains at 2, 4, 6, … h. Sets are taken at 2 and 4 h, then at 12 and 14, and so on:
    // 2 + 10k and 4 + 10k up to 240 h, 48 trains.
    let result = Self.simulate(sets: 2, cycle: 10, headway: 2)
    for (_, delivered, _) in result.conservation { #expect(delivered == 48) }
  }

  @Test("a set always free in time: no train waits, transit is the transshipment")
  func enough() throws {
    // Trains every 6 h; each set is back 10 h after it left, before its next turn at 12 h.
    let result = Self.simulate(sets: 2, cycle: 10, headway: 6)
    let od = try #require(result.odPairs.first)
    #expect(abs(od.transitHours.mean - 0.01) < 1e-9)
  }

  @Test("the load check counts the sets: a train every 2 h on 2 sets of 10 h is a load of 2.5")
  func load() throws {
    let scenario = Self.scenario(sets: 2, cycle: 10)
    let route = lineRoute(scenario, teuPerYear: 4380 * scenario.settings.teuPerTrain)
    let loads = CorridorSimulation.facilityLoads(
      scenario, routes: [route], options: SimulationOptions())
    let wagons = try #require(loads.first { $0.facility.contains("wagon sets") })
    #expect(abs(wagons.load - 2.5) < 1e-12)
  }
}
