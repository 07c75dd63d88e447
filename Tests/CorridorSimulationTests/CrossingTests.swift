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
  }
}
