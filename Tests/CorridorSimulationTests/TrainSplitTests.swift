import CorridorModel
import Testing

@testable import CorridorSimulation

/// Where a route leaves the rail for the road, its trains' boxes go on as trucks, one by one
/// through the road posts, and the train arrives when its last truck has.
@Suite("Trains broken up into trucks where the rail ends")
struct TrainSplitTests {
  /// Rail from O through the rail post XT to the terminal T, then road through the road post
  /// XR (one lane of 0.1 h) to D; trains of 80 TEU, trucks of 2 (a train is 40 trucks).
  static func scenario(backOnRail: Bool = false) -> Scenario {
    func place(_ id: String, _ kind: NodeKind, _ mode: ModeFamily? = nil, lanes: Int = 100)
      -> Node
    {
      modalPlace(id, kind, mode, lanes: lanes, serviceHours: mode == .rail ? 0.01 : 0.1)
    }
    // With `backOnRail`, the trucks take the rail again at T2 for the last link.
    let nodes =
      [
        place("O", .city), place("XT", .checkpoint, .rail), place("T", .city),
        place("XR", .checkpoint, .road, lanes: 1),
      ] + (backOnRail ? [place("T2", .city)] : []) + [place("D", .city)]
    let modes: [Mode] =
      [.rail1520, .rail1520, .road, .road] + (backOnRail ? [.rail1520] : [])
    return modalLine("split", nodes: nodes, modes: modes)
  }

  /// A train a day, at 24 h, 48 h, …, for 20 days.
  static func simulate(backOnRail: Bool = false) -> SimulationResult {
    let scenario = Self.scenario(backOnRail: backOnRail)
    return CorridorSimulation.run(
      scenario, routes: [lineRoute(scenario, teuPerYear: 80 * 365)],
      options: SimulationOptions(
        days: 20, warmUpDays: 0, replications: 1, seed: 2, scheduledDepartures: true))
  }

  @Test("the plan breaks the train up where its last rail link ends, before the road")
  func plan() throws {
    let scenario = Self.scenario()
    let plan = SimulationPlan(
      scenario: scenario, routes: [lineRoute(scenario, teuPerYear: 80 * 365)])
    let legs = try #require(plan.routes.first).legs
    let split = try #require(legs.firstIndex(of: .splitTrain))
    #expect(legs[split - 1] == .run(link: 1))
    #expect(legs[split + 1] == .run(link: 2))
    #expect(legs.filter { $0 == .splitTrain }.count == 1)
    #expect(plan.routes.first?.teuPerConsignment == 80)
  }

  @Test("40 trucks through one lane of 0.1 h wait 1.95 h on average, not 4 h as one train")
  func trucksOneByOne() throws {
    let result = Self.simulate()
    let road = try #require(result.checkpoints.first { $0.node == "XR" })
    let rail = try #require(result.checkpoints.first { $0.node == "XT" })
    // Truck k of 40 clears at 0.1 k h: 2.05 h on average, against the whole train's 4 h.
    #expect(abs(road.clearanceHours.mean - 2.05) < 1e-9)
    #expect(abs(rail.clearanceHours.mean - 0.01) < 1e-9)
    // 20 trains set off (at 24 h … 480 h); the last is still on the road when the run ends.
    #expect(road.units == 19 * 40)
    for (generated, delivered, inSystem) in result.conservation {
      #expect(generated == 20)
      #expect(delivered == 19)
      #expect(generated == delivered + inSystem)
    }
    // A train arrives with its trucks' mean: 0.01 h at the rail post and 2.05 h at the road.
    let uses = result.meanTimeUse
    #expect(abs(uses.transit - 2.06) < 1e-9)
    #expect(abs((uses.uses[.queueing] ?? 0) - 1.95) < 1e-9)
    #expect(abs((uses.uses[.processing] ?? 0) - 0.11) < 1e-9)
  }

  @Test("trucks that take the rail again form trains again: the last of 40 sets the departure")
  func backOnRail() throws {
    let result = Self.simulate(backOnRail: true)
    for (generated, delivered, inSystem) in result.conservation {
      #expect(generated == 20)
      #expect(delivered == 19)
      #expect(generated == delivered + inSystem)
    }
    // Truck k reaches T2 at 0.01 + 0.1 k h and waits there until the 40th, 4.0 − 0.1 k h:
    // 1.95 h on average; every truck arrives at 4.01 h.
    let uses = result.meanTimeUse
    #expect(abs((uses.uses[.waitingForTrain] ?? 0) - 1.95) < 1e-9)
    #expect(abs((uses.uses[.queueing] ?? 0) - 1.95) < 1e-9)
    #expect(abs(uses.transit - 4.01) < 1e-9)
  }
}
