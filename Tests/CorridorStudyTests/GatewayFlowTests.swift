import CorridorModel
import Testing

@testable import CorridorStudy

@Suite("Demand by gateway")
struct GatewayFlowTests {
  /// Places in China, Kazakhstan and Kyrgyzstan; X is a checkpoint on the Kazakh side, Y one on
  /// the Chinese side.
  static let scenario: Scenario = {
    func place(_ id: String, _ country: String, checkpoint: Bool = false) -> Node {
      var node = Node(
        id: NodeID(id), name: id, kind: checkpoint ? .checkpoint : .city, country: country,
        coordinate: .init(latitude: 43, longitude: 80))
      if checkpoint {
        node.checkpoint = Checkpoint(countries: ["CN", "KZ"], processes: [])
      }
      return node
    }
    let nodes = [
      place("A", "CN"), place("B", "CN"), place("X", "KZ", checkpoint: true), place("C", "KZ"),
      place("D", "KG"), place("Y", "CN", checkpoint: true), place("Z", "KZ"),
    ]
    let links = [("A", "B"), ("B", "X"), ("X", "C"), ("C", "D"), ("B", "Y"), ("Y", "Z")].map {
      Link(
        id: LinkID("\($0.0)-\($0.1)"), from: NodeID($0.0), to: NodeID($0.1), mode: .road,
        distanceKm: 100, runningHours: .fixed(2))
    }
    return Scenario(id: "g", name: "g", nodes: nodes, links: links)
  }()

  /// A route along the given nodes carrying `teu` TEU a year.
  static func route(_ path: [String], teu: Double) -> AssignedRoute {
    let links = zip(path, path.dropFirst()).compactMap { pair in
      scenario.links.firstIndex { $0.from.rawValue == pair.0 && $0.to.rawValue == pair.1 }
    }
    return AssignedRoute(
      commodity: "goods", origin: NodeID(path[0]), destination: NodeID(path[path.count - 1]),
      nodes: path.map { NodeID($0) }, links: links, checkpoints: [], corridors: [],
      teuPerYear: teu, share: 1, hours: 0, moneyUSD: 0, generalizedCostUSD: 0, km: 0)
  }

  @Test("each route counted once at its first border, named by its checkpoint or link")
  func partition() {
    let flows = GatewayFlows(
      scenario: Self.scenario,
      routes: [
        Self.route(["A", "B", "X", "C", "D"], teu: 400),  // first border at X, not C-D
        Self.route(["C", "D"], teu: 100),  // no checkpoint: the link
        Self.route(["A", "B"], teu: 50),  // domestic
        Self.route(["B", "Y", "Z"], teu: 300),  // the checkpoint on the Chinese side
        Self.route(["A", "B", "X"], teu: 150),
      ])
    let cn = BorderDirection(from: "CN", to: "KZ")
    #expect(
      flows.lines.map(\.gateway) == [
        GatewayKey(name: "X", direction: cn), GatewayKey(name: "Y", direction: cn),
        GatewayKey(name: "C-D", direction: BorderDirection(from: "KZ", to: "KG")), .noBorder,
      ])
    #expect(flows.lines.map(\.teuPerYear) == [550, 300, 100, 50])
    #expect(flows.totalTEUPerYear == 1000)
    #expect(abs(flows.lines.map(\.share).reduce(0, +) - 1) < 1e-12)
    #expect(
      flows.lines.map(\.gateway.description) == ["X CN->KZ", "Y CN->KZ", "C-D KZ->KG", "none"])
  }

  @Test("on the baseline every TEU of the demand is counted once")
  func baseline() throws {
    let run = try Study.equilibrium(try HubStudyTests.baselineScenario())
    let scenario = try HubStudyTests.baselineScenario()
    let flows = GatewayFlows(scenario: scenario, routes: run.routes())
    #expect(abs(flows.totalTEUPerYear - scenario.totalTEUPerYear) < 1e-6 * scenario.totalTEUPerYear)
    #expect(abs(flows.lines.map(\.share).reduce(0, +) - 1) < 1e-12)
    #expect(Set(flows.lines.map(\.gateway)).count == flows.lines.count)
  }
}
