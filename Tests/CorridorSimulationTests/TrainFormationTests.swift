import CorridorModel
import Testing

@testable import CorridorSimulation

/// Trucks that reach a rail terminal wait there for a train, which leaves full or after the
/// longest wait the scenario allows.
@Suite("Trains formed of trucks at rail terminals")
struct TrainFormationTests {
  /// Road from each origin to the rail terminal T, then rail through the rail post XT to D;
  /// trains of 80 TEU, trucks of 2 (a train is 40 trucks).
  static func scenario(origins: [String], maxWait: Double? = nil) -> Scenario {
    var base = FacilityUnitTests.scenario()
    let keep: Set<NodeID> = ["T", "XT", "D"]
    let places = origins.map { id in
      Node(
        id: NodeID(id), name: id, kind: .city, country: "KZ",
        coordinate: .init(latitude: 44, longitude: 79))
    }
    base.nodes = places + base.nodes.filter { keep.contains($0.id) }
    base.links =
      origins.map { id in
        Link(
          id: LinkID("\(id)-T"), from: NodeID(id), to: "T", mode: .road, distanceKm: 1,
          runningHours: .fixed(0))
      } + base.links.filter { keep.contains($0.from) }
    base.settings.trainFormationMaxHours = maxWait
    return base
  }

  /// The route from `origin` through T and XT to D.
  static func route(_ scenario: Scenario, from origin: String, teuPerYear: Double) -> AssignedRoute
  {
    let nodes: [NodeID] = [NodeID(origin), "T", "XT", "D"]
    let links = zip(nodes, nodes.dropFirst()).compactMap { from, to in
      scenario.links.firstIndex { $0.from == from && $0.to == to }
    }
    return AssignedRoute(
      commodity: "goods", origin: nodes[0], destination: "D", nodes: nodes, links: links,
      checkpoints: ["XT"], corridors: [], teuPerYear: teuPerYear, share: 1, hours: 0,
      moneyUSD: 0, generalizedCostUSD: 0, km: 0)
  }

  static func meanWait(_ result: SimulationResult) -> ConfidenceInterval {
    ConfidenceInterval(observations: result.timeUse.map { $0.uses[.waitingForTrain] ?? 0 })
  }

  /// Every truck generated is delivered, in transit at the end, or turned away.
  static func expectConserved(_ result: SimulationResult) {
    for (generated, delivered, inSystem) in result.conservation {
      #expect(generated == delivered + inSystem)
    }
  }

  @Test("Poisson trucks wait (n − 1)/(2λ) for a train of n: 3.42 h at 50,000 trucks a year")
  func poissonWait() throws {
    let scenario = Self.scenario(origins: ["O"])
    let result = CorridorSimulation.run(
      scenario, routes: [Self.route(scenario, from: "O", teuPerYear: 100_000)],
      options: SimulationOptions(days: 365, warmUpDays: 10, replications: 8, seed: 5))
    // λ = 50,000 / 8,760 trucks an hour; the k-th of 40 trucks waits for 40 − k more.
    let exact = 39 / (2 * 50_000 / 8760.0)
    let wait = Self.meanWait(result)
    #expect(wait.contains(exact), "\(wait) against \(exact)")
    #expect(wait.halfWidth < 0.05 * exact)
    Self.expectConserved(result)
  }

  @Test("routes that share the onward legs share trains: two half flows wait as one whole")
  func pooling() throws {
    let scenario = Self.scenario(origins: ["O1", "O2"])
    let routes = ["O1", "O2"].map { Self.route(scenario, from: $0, teuPerYear: 50_000) }
    #expect(SimulationPlan(scenario: scenario, routes: routes).trainFormations.count == 1)
    let result = CorridorSimulation.run(
      scenario, routes: routes,
      options: SimulationOptions(days: 365, warmUpDays: 10, replications: 8, seed: 6))
    let exact = 39 / (2 * 50_000 / 8760.0)
    let wait = Self.meanWait(result)
    #expect(wait.contains(exact), "\(wait) against \(exact)")
    // One train a day per 80 TEU, whichever origin its trucks came from.
    let rail = try #require(result.checkpoints.first { $0.node == "XT" })
    let trains: Double = 100_000 / 80 / 365
    #expect(abs(rail.unitsPerDay.mean - trains) < 0.03 * trains)
    Self.expectConserved(result)
  }

  @Test("a longest wait of 9.5 h sends trains of 10 hourly trucks: 5 h each, 2.4 trains a day")
  func longestWait() throws {
    let scenario = Self.scenario(origins: ["O"], maxWait: 9.5)
    // 17,520 TEU a year is a 2-TEU truck every hour exactly, with scheduled departures.
    let result = CorridorSimulation.run(
      scenario, routes: [Self.route(scenario, from: "O", teuPerYear: 17_520)],
      options: SimulationOptions(
        days: 365, warmUpDays: 10, replications: 2, seed: 7, scheduledDepartures: true))
    // A train takes the trucks of hours 0 to 9 after its first and leaves at 9.5: they wait
    // 9.5, 8.5, …, 0.5 hours, 5 on average; the eleventh truck starts the next train.
    for use in result.timeUse {
      #expect(abs((use.uses[.waitingForTrain] ?? 0) - 5) < 0.01)
    }
    let rail = try #require(result.checkpoints.first { $0.node == "XT" })
    // Each part-full train crosses the rail post as one train.
    #expect(abs(rail.unitsPerDay.mean - 2.4) < 0.01)
    Self.expectConserved(result)
  }
}
