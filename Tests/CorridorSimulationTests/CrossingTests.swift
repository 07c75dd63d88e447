import CorridorModel
import Testing

@testable import CorridorSimulation

@Suite("Crossings: both sides' posts measured together")
struct CrossingTests {
  @Test("a crossing's time runs from arrival at its first post to leaving its last: 1 + 0.5 + 1 h")
  func bothPosts() throws {
    var scenario = CorridorQueueingTests.line([
      CorridorQueueingTests.Station(lanes: 1, service: .fixed(1)),
      CorridorQueueingTests.Station(lanes: 1, service: .fixed(1)),
    ])
    // O and the Chinese post X1 in China, the Kazakh post X2 and D in Kazakhstan, half an hour
    // of road between the posts.
    for n in scenario.nodes.indices {
      scenario.nodes[n].country = ["O", "X1"].contains(scenario.nodes[n].id.rawValue) ? "CN" : "KZ"
      scenario.nodes[n].checkpoint?.countries = ["CN", "KZ"]
    }
    for l in scenario.links.indices where scenario.links[l].id == "X1-X2" {
      scenario.links[l].runningHours = .fixed(0.5)
    }
    scenario.crossings = [Crossing(id: "border", name: "The border", posts: ["X1", "X2"])]
    let route = lineRoute(scenario, teuPerYear: 8760 / 3 * scenario.settings.teuPerTruck)
    // A truck every 3 hours: nobody queues.
    let result = CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: 10, warmUpDays: 1, replications: 2, seed: 4, scheduledDepartures: true))
    let crossing = try #require(result.crossings.first)
    #expect(crossing.key.description == "border CN->KZ")
    #expect(abs(crossing.clearanceHours.mean - 2.5) < 1e-9)
    #expect(abs(crossing.consignments - 80) <= 1)
    // Each post alone clears in its hour.
    for checkpoint in result.checkpoints {
      #expect(abs(checkpoint.clearanceHours.mean - 1) < 1e-9)
    }
    #expect(result.replicationKPIs[.crossingClearance(crossing.key)]?.count == 2)
    // Each side's time is its post's hour.
    #expect(crossing.sides.map(\.country) == ["CN", "KZ"])
    for side in crossing.sides { #expect(abs(side.hours.mean - 1) < 1e-9) }
  }

  @Test(
    "a gauge change grouped in a crossing counts in it and in its side: 1 + 0.5 + 1 + 0.25 + 2 h")
  func gaugeChange() throws {
    // Rail from O (CN) through the Chinese post X1, 0.5 h to the Kazakh post X2, 0.25 h to the
    // gauge change G (2 h a train), then broad gauge to D.
    func place(_ id: String, _ country: String, _ kind: NodeKind) -> Node {
      var node = Node(
        id: NodeID(id), name: id, kind: kind, country: country,
        coordinate: .init(latitude: 44, longitude: 80))
      if kind == .checkpoint {
        node.checkpoint = Checkpoint(
          countries: ["CN", "KZ"],
          processes: [
            CheckpointProcess(
              mode: .rail, stages: [Stage(id: "control", lanes: 1, serviceHours: .fixed(1))])
          ])
      }
      if kind == .gaugeChange {
        node.gaugeChange = GaugeChange(
          transshipmentHours: .fixed(2), capacityTEUPerDay: nil, costUSDPerTEU: 0)
      }
      return node
    }
    let nodes = [
      place("O", "CN", .city), place("X1", "CN", .checkpoint), place("X2", "KZ", .checkpoint),
      place("G", "KZ", .gaugeChange), place("D", "KZ", .city),
    ]
    let legs: [(Mode, Double)] = [
      (.rail1435, 0), (.rail1435, 0.5), (.rail1435, 0.25), (.rail1520, 0),
    ]
    let links = zip(zip(nodes, nodes.dropFirst()), legs).map { pair, leg in
      Link(
        id: LinkID("\(pair.0.id)-\(pair.1.id)"), from: pair.0.id, to: pair.1.id, mode: leg.0,
        distanceKm: 1, runningHours: .fixed(leg.1))
    }
    var scenario = Scenario(
      id: "gauge", name: "gauge", nodes: nodes, links: links,
      commodities: [
        Commodity(id: "goods", name: "goods", valueUSDPerTEU: 30_000, timeCostSharePerDay: 0.008)
      ])
    scenario.crossings = [Crossing(id: "rail", name: "Rail", posts: ["X1", "X2", "G"])]
    let route = lineRoute(scenario, teuPerYear: 8760 / 6 * scenario.settings.teuPerTrain)
    let result = CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: 10, warmUpDays: 1, replications: 2, seed: 4, scheduledDepartures: true))
    let crossing = try #require(result.crossings.first)
    #expect(abs(crossing.clearanceHours.mean - 4.75) < 1e-9)
    let sides = Dictionary(uniqueKeysWithValues: crossing.sides.map { ($0.country, $0.hours.mean) })
    #expect(abs((sides["CN"] ?? 0) - 1) < 1e-9)
    #expect(abs((sides["KZ"] ?? 0) - 3.25) < 1e-9)
  }
}
