import CorridorModel
import Testing

@testable import CorridorSimulation

/// Queueing theory checked through the corridor simulation itself, as `corridor run` uses it.
///
/// The scenarios are lines of checkpoints from O to D on links of no running time, each
/// checkpoint a one-stage road process; trucks of 2 TEU leave O as a Poisson stream of known
/// rate, so a checkpoint is an M/G/c queue and its time to clear is the sojourn there.
@Suite("Corridor simulation against queueing theory")
struct CorridorQueueingTests {
  /// One stage of one checkpoint on the line.
  struct Station {
    var lanes: Int
    var service: Distribution
  }

  /// O, then a checkpoint per station, then D, by road links that take no time.
  static func line(_ stations: [Station]) -> Scenario {
    func place(_ id: String, _ kind: NodeKind) -> Node {
      Node(
        id: NodeID(id), name: id, kind: kind, country: "KZ",
        coordinate: .init(latitude: 0, longitude: 0))
    }
    var nodes = [place("O", .city)]
    for (i, station) in stations.enumerated() {
      var x = place("X\(i + 1)", .checkpoint)
      x.checkpoint = Checkpoint(
        countries: ["KZ", "KG"],
        processes: [
          CheckpointProcess(
            mode: .road,
            stages: [Stage(id: "control", lanes: station.lanes, serviceHours: station.service)])
        ])
      nodes.append(x)
    }
    nodes.append(place("D", .city))
    let links = zip(nodes, nodes.dropFirst()).map { from, to in
      Link(
        id: LinkID("\(from.id)-\(to.id)"), from: from.id, to: to.id, mode: .road, distanceKm: 1,
        runningHours: .fixed(0))
    }
    return Scenario(
      id: "line", name: "line", settings: Settings(teuPerTruck: 2), nodes: nodes, links: links,
      commodities: [
        Commodity(id: "goods", name: "goods", valueUSDPerTEU: 30_000, timeCostSharePerDay: 0.008)
      ])
  }

  /// Simulates trucks arriving at `lambda` an hour along the whole line.
  static func simulate(
    _ scenario: Scenario, arrivalsPerHour lambda: Double, days: Double, replications: Int,
    seed: UInt64
  ) -> SimulationResult {
    // Trucks of 2 TEU every 1/λ hours on average.
    let route = lineRoute(scenario, teuPerYear: lambda * 8760 * scenario.settings.teuPerTruck)
    return CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(
        days: days, warmUpDays: 20, replications: replications, seed: seed))
  }

  /// Hours per delivered consignment spent on `use`, over replications.
  static func timeUse(_ result: SimulationResult, _ use: TimeUse) -> ConfidenceInterval {
    ConfidenceInterval(observations: result.timeUse.map { $0.uses[use] ?? 0 })
  }

  /// Checks a single checkpoint's mean wait in queue and time to clear against the exact
  /// values, with intervals narrower than 5 % of them.
  static func checkSingle(
    _ result: SimulationResult, wait exact: Double, service: Double,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let wait = timeUse(result, .queueing)
    #expect(wait.contains(exact), "Wq \(wait) vs \(exact)", sourceLocation: sourceLocation)
    #expect(wait.halfWidth < 0.05 * exact, "Wq \(wait)", sourceLocation: sourceLocation)
    let checkpoint = try #require(result.checkpoints.first, sourceLocation: sourceLocation)
    let clearance = checkpoint.clearanceHours
    let sojourn = exact + service
    #expect(
      clearance.contains(sojourn), "W \(clearance) vs \(sojourn)", sourceLocation: sourceLocation)
    #expect(clearance.halfWidth < 0.05 * sojourn, "W \(clearance)", sourceLocation: sourceLocation)
  }

  @Test("M/M/1 at a checkpoint: Wq = ρ / (μ − λ), Lq = λ Wq, utilisation ρ")
  func mm1() throws {
    let result = Self.simulate(
      Self.line([Station(lanes: 1, service: .exponential(mean: 1))]), arrivalsPerHour: 0.6,
      days: 1_000, replications: 10, seed: 21)
    let exact = 0.6 / (1 - 0.6)
    try Self.checkSingle(result, wait: exact, service: 1)
    let checkpoint = try #require(result.checkpoints.first)
    #expect(checkpoint.meanQueue.contains(0.6 * exact), "Lq \(checkpoint.meanQueue)")
    #expect(checkpoint.meanQueue.halfWidth < 0.05 * 0.6 * exact)
    let utilization = try #require(checkpoint.stageUtilization.first).utilization
    #expect(abs(utilization.mean - 0.6) < 0.01, "ρ \(utilization)")
  }

  @Test("M/M/c at a checkpoint: the Erlang C mean wait")
  func mmc() throws {
    let result = Self.simulate(
      Self.line([Station(lanes: 2, service: .exponential(mean: 1))]), arrivalsPerHour: 1.4,
      days: 700, replications: 10, seed: 22)
    let exact = erlangCWait(lambda: 1.4, mu: 1, servers: 2)
    try Self.checkSingle(result, wait: exact, service: 1)
  }

  @Test("M/D/1 at a checkpoint: Pollaczek–Khinchine, Wq = ρ / (2 μ (1 − ρ))")
  func md1() throws {
    let result = Self.simulate(
      Self.line([Station(lanes: 1, service: .fixed(1))]), arrivalsPerHour: 0.7,
      days: 800, replications: 10, seed: 23)
    try Self.checkSingle(result, wait: 0.7 / (2 * (1 - 0.7)), service: 1)
  }

  @Test("M/G/1 at a checkpoint: Pollaczek–Khinchine, Wq = λ E[S²] / (2 (1 − ρ)), gamma service")
  func mg1Gamma() throws {
    let service = Distribution.gamma(mean: 1, cv: 0.5)
    let result = Self.simulate(
      Self.line([Station(lanes: 1, service: service)]), arrivalsPerHour: 0.7, days: 800,
      replications: 10, seed: 24)
    let secondMoment = service.variance + service.mean * service.mean
    try Self.checkSingle(result, wait: 0.7 * secondMoment / (2 * (1 - 0.7)), service: 1)
  }

  @Test(
    "M/G/1 at a checkpoint: Pollaczek–Khinchine with log-normal service of cv 1.2", .tags(.slow))
  func mg1LogNormal() throws {
    let service = Distribution.lognormal(mean: 1, cv: 1.2)
    let result = Self.simulate(
      Self.line([Station(lanes: 1, service: service)]), arrivalsPerHour: 0.6, days: 2_000,
      replications: 10, seed: 27)
    let secondMoment = service.variance + service.mean * service.mean
    try Self.checkSingle(result, wait: 0.6 * secondMoment / (2 * (1 - 0.6)), service: 1)
  }

  @Test("a Jackson tandem of two checkpoints: each clears in 1 / (μ − λ), the line in the sum")
  func tandem() throws {
    // λ = 0.8; X1: M/M/1 with μ = 1.25; X2: M/M/1 with μ = 1.6.
    let result = Self.simulate(
      Self.line([
        Station(lanes: 1, service: .exponential(mean: 0.8)),
        Station(lanes: 1, service: .exponential(mean: 0.625)),
      ]), arrivalsPerHour: 0.8, days: 600, replications: 10, seed: 25)
    let exact = [1 / (1.25 - 0.8), 1 / (1.6 - 0.8)]
    let checkpoints = result.checkpoints
    try #require(checkpoints.count == 2)
    for (checkpoint, sojourn) in zip(checkpoints, exact) {
      #expect(
        checkpoint.clearanceHours.contains(sojourn),
        "\(checkpoint.node): \(checkpoint.clearanceHours) vs \(sojourn)")
      #expect(checkpoint.clearanceHours.halfWidth < 0.05 * sojourn)
    }
    let transit = try #require(result.odPairs.first).transitHours
    let total = exact.reduce(0, +)
    #expect(transit.contains(total), "\(transit) vs \(total)")
    #expect(transit.halfWidth < 0.05 * total)
  }

  @Test("Little's law over the corridor: L = λ W, and L = λ × the exact time in the system")
  func little() throws {
    // λ = 0.8; X1: M/M/1 with μ = 1.25; X2: M/M/2 with μ = 2/3 per lane (ρ = 0.6).
    let result = Self.simulate(
      Self.line([
        Station(lanes: 1, service: .exponential(mean: 0.8)),
        Station(lanes: 2, service: .exponential(mean: 1.5)),
      ]), arrivalsPerHour: 0.8, days: 600, replications: 10, seed: 26)
    for (l, lambdaW) in result.littlesLaw {
      #expect(abs(l - lambdaW) < 0.01 * lambdaW, "L \(l) vs λW \(lambdaW)")
    }
    let sojourn = 1 / (1.25 - 0.8) + erlangCWait(lambda: 0.8, mu: 1 / 1.5, servers: 2) + 1.5
    let inSystem = ConfidenceInterval(observations: result.littlesLaw.map(\.l))
    #expect(inSystem.contains(0.8 * sojourn), "L \(inSystem) vs λW \(0.8 * sojourn)")
    #expect(inSystem.halfWidth < 0.05 * 0.8 * sojourn)
  }
}
