import CorridorModel
import Testing

@Suite("Which routes count on a named corridor")
struct CorridorMembershipTests {
  let corridor = Corridor(
    id: "mc", name: "Middle Corridor", waypoints: ["XIA", "ALT", "AKT", "ALY", "IST"],
    segment: ["AKT", "ALY"])

  @Test("a route counts when it passes the segment in order, from any origin to any destination")
  func segment() {
    #expect(corridor.isFollowed(by: ["LYG", "DOS", "AKT", "ALY", "BAK"]))
    #expect(corridor.isFollowed(by: ["AKT", "ALY"]))
    #expect(!corridor.isFollowed(by: ["LYG", "DOS", "AKT", "MOW"]))
    // The other way round is the other direction, not this one.
    #expect(!corridor.isFollowed(by: ["BAK", "ALY", "AKT", "DOS"]))
    #expect(corridor.isFollowedBackwards(by: ["BAK", "ALY", "AKT", "DOS"]))
    #expect(!corridor.isFollowedBackwards(by: ["LYG", "DOS", "AKT", "ALY", "BAK"]))
  }

  @Test("without a segment, a route must pass every waypoint in order")
  func waypoints() {
    var whole = corridor
    whole.segment = nil
    #expect(!whole.isFollowed(by: ["LYG", "DOS", "AKT", "ALY", "IST"]))
    #expect(whole.isFollowed(by: ["XIA", "URC", "ALT", "AKT", "ALY", "AKH", "IST"]))
  }

  @Test("TEU on a corridor and the other way add the routes of each direction")
  func totals() {
    func route(_ nodes: [NodeID], _ teu: Double) -> AssignedRoute {
      AssignedRoute(
        commodity: "goods", origin: nodes[0], destination: nodes[nodes.count - 1], nodes: nodes,
        links: [], checkpoints: [],
        corridors: corridor.isFollowed(by: nodes) ? [corridor.name] : [], teuPerYear: teu,
        share: 1, hours: 0, moneyUSD: 0, generalizedCostUSD: 0, km: 0)
    }
    let routes = [
      route(["XIA", "AKT", "ALY", "IST"], 100), route(["DOS", "AKT", "ALY"], 30),
      route(["IST", "ALY", "AKT", "XIA"], 40), route(["XIA", "MOW"], 500),
    ]
    #expect(routes.teuPerYear(onCorridor: corridor.name) == 130)
    #expect(routes.teuPerYear(against: corridor) == 40)
  }
}
