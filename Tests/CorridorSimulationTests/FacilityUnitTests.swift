import CorridorModel
import Testing

@testable import CorridorSimulation

@Suite("Each facility counts the unit of its mode")
struct FacilityUnitTests {
  /// Road from O through a road post XR to a rail terminal T, then rail through a rail post XT
  /// to D: freight that starts by truck and crosses the rail post by train, 80 TEU a train.
  static func scenario() -> Scenario {
    func place(_ id: String, _ kind: NodeKind, _ mode: ModeFamily? = nil) -> Node {
      var node = Node(
        id: NodeID(id), name: id, kind: kind, country: "KZ",
        coordinate: .init(latitude: 44, longitude: 80))
      if let mode {
        node.checkpoint = Checkpoint(
          countries: ["KZ", "KG"],
          processes: [
            CheckpointProcess(
              mode: mode, stages: [Stage(id: "control", lanes: 100, serviceHours: .fixed(0.01))])
          ])
      }
      return node
    }
    let nodes = [
      place("O", .city), place("XR", .checkpoint, .road), place("T", .city),
      place("XT", .checkpoint, .rail), place("D", .city),
    ]
    let modes: [Mode] = [.road, .road, .rail1520, .rail1520]
    let links = zip(zip(nodes, nodes.dropFirst()), modes).map { pair, mode in
      Link(
        id: LinkID("\(pair.0.id)-\(pair.1.id)"), from: pair.0.id, to: pair.1.id, mode: mode,
        distanceKm: 1, runningHours: .fixed(0))
    }
    return Scenario(
      id: "units", name: "units", settings: Settings(teuPerTruck: 2, teuPerTrain: 80),
      nodes: nodes, links: links,
      commodities: [
        Commodity(id: "goods", name: "goods", valueUSDPerTEU: 30_000, timeCostSharePerDay: 0.008)
      ])
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
