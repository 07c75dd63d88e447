import CorridorModel
import CorridorSimulation
import Testing

@testable import CorridorReports

@Suite("Crossings on the run screen and in summary.md")
struct CrossingScreenTests {
  /// Two posts of an hour each, CN then KZ, with no road time between and no queue.
  static func result(grouped: Bool) -> SimulationResult {
    func place(_ id: String, _ country: String, post: Bool = false) -> Node {
      var node = Node(
        id: NodeID(id), name: id, kind: post ? .checkpoint : .city, country: country,
        coordinate: .init(latitude: 44, longitude: 80))
      if post {
        node.checkpoint = Checkpoint(
          countries: ["CN", "KZ"],
          processes: [
            CheckpointProcess(
              mode: .road, stages: [Stage(id: "control", lanes: 1, serviceHours: .fixed(1))])
          ])
      }
      return node
    }
    let nodes = [
      place("O", "CN"), place("A", "CN", post: true), place("B", "KZ", post: true),
      place("D", "KZ"),
    ]
    let links = zip(nodes, nodes.dropFirst()).map {
      Link(
        id: LinkID("\($0.id)-\($1.id)"), from: $0.id, to: $1.id, mode: .road, distanceKm: 1,
        runningHours: .fixed(0))
    }
    var scenario = Scenario(
      id: "s", name: "s", nodes: nodes, links: links,
      commodities: [
        Commodity(id: "goods", name: "goods", valueUSDPerTEU: 30_000, timeCostSharePerDay: 0.008)
      ])
    if grouped { scenario.crossings = [Crossing(id: "ab", name: "A/B", posts: ["A", "B"])] }
    let route = AssignedRoute(
      commodity: "goods", origin: "O", destination: "D", nodes: nodes.map(\.id), links: [0, 1, 2],
      checkpoints: ["A", "B"], corridors: [], teuPerYear: 8760 / 3 * 2, share: 1, hours: 0,
      moneyUSD: 0, generalizedCostUSD: 0, km: 0)
    return CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: 5, warmUpDays: 1, replications: 2, seed: 1, scheduledDepartures: true))
  }

  @Test(
    "a grouped crossing is listed with its direction and its 2 hours (screen, summary, brief); none, no section"
  )
  func listed() {
    let lines = RunScreen.wholeCrossings(Self.result(grouped: true))
    #expect(lines.first == "Crossings, both sides' posts together (hours to clear)")
    #expect(
      lines.contains { $0.contains("A/B") && $0.contains("CN->KZ") && $0.contains("2.0 ± 0.0") })
    let summary = CrossingTables.markdown(Self.result(grouped: true))
    #expect(summary.contains("| A/B | CN->KZ | 2.00 ± 0.00 | 2.0 | 2,920 |"))
    let brief = BriefCrossings.table(Self.result(grouped: true))
    #expect(brief.contains("<tr><td>A/B</td><td>CN-&gt;KZ</td><td class=\"n\">2.00 ± 0.00</td>"))
    #expect(BriefCrossings.table(Self.result(grouped: false)).isEmpty)
    #expect(RunScreen.wholeCrossings(Self.result(grouped: false)).isEmpty)
    #expect(CrossingTables.markdown(Self.result(grouped: false)).isEmpty)
  }
}
