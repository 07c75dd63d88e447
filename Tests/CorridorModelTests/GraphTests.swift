import Testing

@testable import CorridorModel

@Suite("Graph algorithms")
struct GraphTests {
  /// A → B → D costs 1 + 5; A → C → D costs 2 + 2; E is unreachable; D → A is the only way back.
  let graph = Graph(
    nodes: ["A", "B", "C", "D", "E"],
    links: [("A", "B"), ("B", "D"), ("A", "C"), ("C", "D"), ("D", "A"), ("E", "A")])
  let weights: [Double] = [1, 5, 2, 2, 1, 1]

  @Test("reachability follows link direction")
  func reachability() {
    #expect(graph.reachable(from: 0) == [true, true, true, true, false])
    #expect(graph.reachable(from: 4) == [true, true, true, true, true])
  }

  @Test("Dijkstra finds the hand-computed shortest paths")
  func dijkstra() throws {
    let tree = graph.shortestPaths(from: 0) { weights[$0] }
    #expect(tree.distance[0] == 0)
    #expect(tree.distance[1] == 1)
    #expect(tree.distance[2] == 2)
    #expect(tree.distance[3] == 4)
    #expect(tree.distance[4] == .infinity)
    #expect(tree.path(to: 3, in: graph) == [2, 3])
    #expect(tree.path(to: 4, in: graph) == nil)
    #expect(tree.path(to: 0, in: graph) == [])
  }

  @Test("links with unknown ends are numbered but not connected")
  func unknownEnds() {
    let g = Graph(nodes: ["A", "B"], links: [("A", "Z"), ("A", "B")])
    #expect(g.linkTo == [-1, 1])
    #expect(Array(g.links(from: 0)) == [1])
  }

  @Test("haversine distance Almaty–Tashkent")
  func haversine() {
    let almaty = Coordinate(latitude: 43.24, longitude: 76.89)
    let tashkent = Coordinate(latitude: 41.30, longitude: 69.24)
    // 665.0998 km, computed independently with Python's math module from the same formula
    // (2 R asin √hav, R = 6371.0088 km).
    #expect(abs(almaty.distanceKm(to: tashkent) - 665.0998) < 1e-3)
  }
}

@Suite("Checkpoint load and free-flow routes")
struct CheckpointLoadTests {
  @Test("stage utilisation is arrivals over open hours times service over lanes")
  func utilisation() throws {
    // 8,760 TEU/year at 2 TEU per truck, open 8,760 h a year (365 days): 0.5 trucks per hour.
    let process = CheckpointProcess(
      mode: .road,
      stages: [
        Stage(id: "documents", lanes: 2, serviceHours: .exponential(mean: 1)),
        Stage(id: "inspection", lanes: 1, serviceHours: .fixed(3), probability: 0.5),
      ])
    let peak = try #require(process.peakUtilization(teuPerYear: 8760, defaultTEUPerUnit: 2))
    // 0.5 trucks/h: documents 0.5 × 1 / 2 = 0.25; inspection 0.5 × 0.5 × 3 / 1 = 0.75.
    #expect(peak.stage == "inspection")
    #expect(abs(peak.utilization - 0.75) < 1e-12)
    var halfOpen = process
    halfOpen.openingHours = OpeningHours(
      weeklyIntervals: (0..<7).map { ($0 * 1440)..<($0 * 1440 + 720) })
    let halfPeak = try #require(halfOpen.peakUtilization(teuPerYear: 8760, defaultTEUPerUnit: 2))
    #expect(abs(halfPeak.utilization - 1.5) < 1e-12)
  }

  @Test("a directed process wins over a both-ways one")
  func processChoice() {
    let both = CheckpointProcess(mode: .road, stages: [])
    let inbound = CheckpointProcess(
      mode: .road, direction: BorderDirection(from: "CN", to: "KZ"), stages: [])
    let checkpoint = Checkpoint(countries: ["CN", "KZ"], processes: [both, inbound])
    #expect(checkpoint.process(for: .road, fromCountry: "CN") == inbound)
    #expect(checkpoint.process(for: .road, fromCountry: "KZ") == both)
    #expect(checkpoint.process(for: .rail, fromCountry: "CN") == nil)
  }

  @Test("free-flow routes add ferry headway, checkpoint service, transshipment and dwell")
  func freeFlow() throws {
    let checkpoint = Checkpoint(
      countries: ["CN", "KZ"],
      processes: [
        CheckpointProcess(
          mode: .rail, stages: [Stage(id: "docs", lanes: 1, serviceHours: .fixed(2))])
      ])
    func place(_ id: NodeID, _ kind: NodeKind, _ country: String) -> Node {
      Node(
        id: id, name: id.rawValue, kind: kind, country: country,
        coordinate: .init(latitude: 0, longitude: 0))
    }
    var x = place("X", .checkpoint, "KZ")
    x.checkpoint = checkpoint
    var g = place("G", .gaugeChange, "KZ")
    g.gaugeChange = GaugeChange(
      transshipmentHours: .fixed(1), capacityTEUPerDay: nil, costUSDPerTEU: 0)
    g.hub = Hub(dwellHours: .fixed(4), handlingUSDPerTEU: 0)
    let scenario = Scenario(
      id: "t", name: "t",
      nodes: [
        place("A", .city, "CN"), x, g, place("P", .seaPort, "AZ"), place("Q", .city, "KZ"),
        place("R", .city, "KZ"),
      ],
      links: [
        Link(
          id: "AX", from: "A", to: "X", mode: .rail1435, distanceKm: 100, runningHours: .fixed(10)),
        Link(
          id: "XG", from: "X", to: "G", mode: .rail1435, distanceKm: 10, runningHours: .fixed(1)),
        Link(
          id: "GP", from: "G", to: "P", mode: .ferry, distanceKm: 400, runningHours: .fixed(20),
          ferry: FerryService(sailingsPerWeek: 7, vesselCapacityTEU: 100, sailingHours: .fixed(20))),
        Link(
          id: "GQ", from: "G", to: "Q", mode: .rail1520, distanceKm: 50, runningHours: .fixed(5)),
        Link(id: "XR", from: "X", to: "R", mode: .road, distanceKm: 50, runningHours: .fixed(1)),
      ])
    let routes = FreeFlowRoutes(scenario)
    // A→P: 10 + 2 (checkpoint) + 1 + 4 (dwell: rail to ferry at G's hub) + 20 + 168 / 7 / 2.
    let toPort = try #require(routes.fastestPath(through: ["A", "P"]))
    #expect(toPort.links == [0, 1, 2])
    #expect(toPort.hours == 49)
    // A→Q: 10 + 2 + 1 + 1 (transshipment between gauges) + 5.
    #expect(routes.fastestPath(through: ["A", "Q"])?.hours == 19)
    // Through a waypoint without stopping: no dwell at G.
    #expect(routes.fastestPath(through: ["A", "G", "Q"])?.hours == 19)
    // Rail to road at X, which has no terminal, is not allowed; nor is going backwards.
    #expect(routes.fastestPath(through: ["A", "R"]) == nil)
    #expect(routes.fastestPath(through: ["P", "A"]) == nil)
    let summary = ScenarioSummary(scenario)
    #expect(summary.nodesByKind == ["city": 3, "checkpoint": 1, "gauge_change": 1, "sea_port": 1])
    #expect(scenario.links[2].ferry?.capacityTEUPerYear == 36_500)
  }
}

@Suite("Dijkstra with targets")
struct TargetedDijkstraTests {
  @Test("stopping after the targets gives the same paths to them")
  func sameAsFull() {
    // A 30 × 30 grid with deterministic weights.
    let n = 30
    var names: [NodeID] = []
    for i in 0..<(n * n) { names.append(NodeID("v\(i)")) }
    var links: [(from: NodeID, to: NodeID)] = []
    for r in 0..<n {
      for c in 0..<n {
        let v = r * n + c
        if c + 1 < n {
          links.append((names[v], names[v + 1])); links.append((names[v + 1], names[v]))
        }
        if r + 1 < n {
          links.append((names[v], names[v + n])); links.append((names[v + n], names[v]))
        }
      }
    }
    let graph = Graph(nodes: names, links: links)
    let weight: (Int) -> Double = { Double(($0 * 7919) % 13 + 1) }
    let full = graph.shortestPaths(from: 0, weight: weight)
    let targets: Set<Int> = [45, 310, 899]
    let early = graph.shortestPaths(from: 0, stoppingAfter: targets, weight: weight)
    for t in targets {
      #expect(early.distance[t] == full.distance[t])
      #expect(early.path(to: t, in: graph) == full.path(to: t, in: graph))
    }
  }
}

@Suite("All-or-nothing loading")
struct AllOrNothingTests {
  @Test("volumes follow the hand-computed shortest paths")
  func handComputed() {
    // A → B → D costs 6, A → C → D costs 4; D → A is the only way back; E is cut off.
    let graph = Graph(
      nodes: ["A", "B", "C", "D", "E"],
      links: [("A", "B"), ("B", "D"), ("A", "C"), ("C", "D"), ("D", "A")])
    let weights: [Double] = [1, 5, 2, 2, 1]
    let volumes = [
      ODVolume(origin: 0, destination: 3, volume: 10),
      ODVolume(origin: 0, destination: 1, volume: 3),
      ODVolume(origin: 3, destination: 2, volume: 7),
      ODVolume(origin: 0, destination: 4, volume: 100),
    ]
    // A→D (10) over A→C→D; A→B (3); D→C (7) over D→A→C.
    #expect(graph.allOrNothing(volumes, weights: weights) == [3, 0, 17, 10, 7])
  }
}
