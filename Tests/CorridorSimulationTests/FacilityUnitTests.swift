import CorridorModel
import Testing

@testable import CorridorSimulation

@Suite("Each facility counts the unit of its mode")
struct FacilityUnitTests {
  /// Road from O through a road post XR to a rail terminal T, then rail through a rail post XT
  /// to D: freight that starts by truck and crosses the rail post by train, 80 TEU a train.
  static func scenario() -> Scenario {
    let nodes = [
      modalPlace("O", .city), modalPlace("XR", .checkpoint, .road), modalPlace("T", .city),
      modalPlace("XT", .checkpoint, .rail), modalPlace("D", .city),
    ]
    let modes: [Mode] = [.road, .road, .rail1520, .rail1520]
    return modalLine("units", nodes: nodes, modes: modes)
  }

  @Test("100,000 TEU a year: about 3.4 trains a day at the rail post, 137 trucks at the road post")
  func trainsAndTrucks() throws {
    let scenario = Self.scenario()
    let result = CorridorSimulation.run(
      scenario, routes: [lineRoute(scenario, teuPerYear: 100_000)],
      options: SimulationOptions(days: 365, warmUpDays: 10, replications: 8, seed: 11))
    let rail = try #require(result.checkpoints.first { $0.node == "XT" })
    let road = try #require(result.checkpoints.first { $0.node == "XR" })
    // 100,000 / 80 / 365 = 3.425 trains and 100,000 / 2 / 365 = 137.0 trucks a day. Trucks
    // leave as a Poisson stream, about 50,000 a year, and T forms a train of every 40: the
    // mean of 8 years has a relative standard deviation of 0.2 %.
    let trains = 100_000 / 80 / 365.0
    #expect(abs(rail.unitsPerDay.mean - trains) < 0.01 * trains)
    // The rail post sees a train for every 40 trucks of the road post (to within the one
    // train a year being formed at either end of it).
    #expect(abs(road.unitsPerDay.mean - 40 * rail.unitsPerDay.mean) < 2e-3 * road.unitsPerDay.mean)
    // Trucks pass the road post one by one, and the rail post as one train (units are counted
    // over the recorded days, consignments from those that set off in them).
    #expect(abs(road.unitsPerDay.mean / road.units * 365 - 1) < 1e-3)
    #expect(abs(rail.unitsPerDay.mean / rail.units * 365 - 1) < 1e-3)
  }
}
