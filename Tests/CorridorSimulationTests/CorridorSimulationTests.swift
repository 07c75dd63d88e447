import CorridorAssignment
import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorSimulation

@Suite("Corridor simulation")
struct CorridorSimulationTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test(
    "the baseline over four months: consignments conserved, time attribution sums to transit, stable stages below 1",
    .tags(.slow)
  )
  func baselineYear() throws {
    let scenario = try ScenarioLoader.load(
      path: Self.root.appendingPathComponent("Scenarios/ots-baseline-2025.yaml").path
    ).scenario
    let assignment = try CorridorAssignmentResult.solve(scenario)
    let result = CorridorSimulation.run(
      scenario, routes: assignment.routes(),
      options: SimulationOptions(days: 120, warmUpDays: 30, replications: 4, seed: 2025))
    #expect(result.replicationCount == 4)
    for (generated, delivered, inSystem) in result.conservation {
      #expect(generated > 1000)
      #expect(generated == delivered + inSystem)
    }
    // In TEU too: what set off was delivered or is still in transit, none of it lost; and the
    // freight in transit is there (four months of trains and ferries leave some on the way).
    for (generated, delivered, inTransit) in result.teuAccounts {
      #expect(abs(generated - delivered - inTransit) <= 1e-9 * generated)
      #expect(inTransit > 0)
    }
    let inTransit = result.inTransitTEUPerYear.mean
    #expect(
      abs(
        result.throughputTEUPerYear.mean + inTransit - result.teuAccounts.map(\.generated).reduce(
          0, +) / 4 / 120 * 365) < 1e-6 * inTransit)
    for (uses, transit) in result.timeUse {
      let sum = uses.values.reduce(0, +)
      #expect(abs(sum - transit) < 1e-9 * transit, "attribution \(sum) vs transit \(transit)")
      #expect((uses[.running] ?? 0) > 0)
    }
    // The assignment loads every stage below 90 %: the simulated queues are stable.
    let checkpoints = result.checkpoints
    #expect(checkpoints.count >= 10)
    for checkpoint in checkpoints {
      for stage in checkpoint.stageUtilization {
        #expect(stage.utilization.mean < 1, "\(checkpoint.node) \(stage.stage)")
      }
      // Route choice leaves a few TEU a year on some posts: none may pass in four months.
      if checkpoint.units > 0 { #expect(checkpoint.clearanceHours.mean > 0) }
    }
    // Throughput: every recorded TEU generated is delivered or still on the way.
    let throughput = result.throughputTEUPerYear
    #expect(throughput.mean > 0.9 * scenario.totalTEUPerYear)
    #expect(throughput.mean < 1.1 * scenario.totalTEUPerYear)
    for od in result.odPairs where od.transitHours.observations > 0 {
      #expect(od.speedWithDelayKmh <= od.speedWithoutDelayKmh + 1e-9)
    }
  }
}
