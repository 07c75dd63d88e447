import CorridorModel
import CorridorSimulation
import Testing

@testable import CorridorReports

@Suite("Crossings on the run screen and in summary.md")
struct CrossingScreenTests {
  /// Two posts of an hour each, CN then KZ, with no road time between and no queue.
  static func result(
    grouped: Bool, observed: [ObservedClearance] = [], posts: [NodeID] = ["A", "B"]
  ) -> SimulationResult {
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
    if grouped {
      scenario.crossings = [Crossing(id: "ab", name: "A/B", posts: posts, observed: observed)]
    }
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
    #expect(lines.first?.hasPrefix("Crossings, both sides' posts together (hours to clear") == true)
    #expect(
      lines.contains {
        $0.contains("A/B") && $0.contains("China to Kazakhstan") && $0.contains("2.0 ± 0.0")
      })
    let summary = CrossingTables.markdown(Self.result(grouped: true))
    #expect(
      summary.contains(
        "| A/B | China to Kazakhstan | both sides | 2.00 ± 0.00 | 2.0 | 2,920 |  |  |  |"))
    let brief = BriefCrossings.table(Self.result(grouped: true))
    #expect(
      brief.contains(
        "<tr><td>A/B</td><td>China to Kazakhstan</td><td>both sides</td>"
          + "<td class=\"n\">2.00 ± 0.00</td>"))
    #expect(BriefCrossings.table(Self.result(grouped: false)).isEmpty)
    #expect(RunScreen.wholeCrossings(Self.result(grouped: false)).isEmpty)
    #expect(CrossingTables.markdown(Self.result(grouped: false)).isEmpty)
  }

  @Test("each observed figure sits beside the simulated time of the posts it covers, or none")
  func observedBesideLikeForLike() throws {
    let cn = BorderDirection(from: "CN", to: "KZ")
    func figure(_ direction: BorderDirection?, _ side: String?, _ hours: Double)
      -> ObservedClearance
    {
      ObservedClearance(
        direction: direction, side: side, hours: hours, year: 2022, level: .crossing,
        source: "test")
    }
    let observed = [
      figure(cn, "CN", 30), figure(cn, "KZ", 70), figure(cn, nil, 100),
      figure(BorderDirection(from: "KZ", to: "CN"), "KZ", 5), figure(nil, nil, 50),
    ]
    let rows = CrossingComparison(Self.result(grouped: true, observed: observed)).rows
    func row(_ hours: Double) throws -> CrossingComparison.Row {
      try #require(rows.first { $0.observed?.hours == hours })
    }
    // Each post takes exactly its hour of service (a truck every 3 h, no queue): one hour a
    // side, two for both sides together.
    #expect(try row(30).scope == "CN side")
    #expect(abs(try #require(try row(30).simulated).mean - 1) < 1e-9)
    #expect(try row(70).scope == "KZ side")
    #expect(abs(try #require(try row(70).simulated).mean - 1) < 1e-9)
    #expect(try row(100).scope == "both sides")
    #expect(abs(try #require(try row(100).simulated).mean - 2) < 1e-9)
    // No traffic goes KZ->CN: the figure has no simulated time beside it.
    #expect(try row(5).simulated == nil)
    #expect(try row(5).direction == "KZ->CN")
    // Both directions averaged: only CN->KZ has traffic, so its time.
    #expect(try row(50).direction == "both")
    #expect(abs(try #require(try row(50).simulated).mean - 2) < 1e-9)
    // One row per figure, and the crossing's own row carries the figure for both sides.
    #expect(rows.count == 5)
    #expect(try row(30).observed?.label == "2022, CN side, crossing figure")
  }

  @Test("with one side's post modelled, a figure for both sides stands beside nothing")
  func oneSideModelled() throws {
    let cn = BorderDirection(from: "CN", to: "KZ")
    let figures = [
      ObservedClearance(
        direction: cn, side: nil, hours: 9, year: 2023, level: .crossing, source: "test"),
      ObservedClearance(
        direction: cn, side: "CN", hours: 3, year: 2023, level: .crossing, source: "test"),
    ]
    let rows = CrossingComparison(Self.result(grouped: true, observed: figures, posts: ["A"])).rows
    let both = try #require(rows.first { $0.observed?.hours == 9 })
    #expect(both.simulated == nil)
    #expect(both.missing == "posts not modelled")
    let side = try #require(rows.first { $0.observed?.hours == 3 })
    #expect(side.scope == "CN side")
    #expect(abs(try #require(side.simulated).mean - 1) < 1e-9)
  }
}
