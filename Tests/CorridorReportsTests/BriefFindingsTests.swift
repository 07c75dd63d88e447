import CorridorModel
import CorridorStudy
import Testing

@testable import CorridorReports
@testable import CorridorSimulation

/// A checkpoint's figures made by hand.
func checkpointKPI(
  _ node: NodeID, hours: Double, p95: Double, unitsPerDay: Double = 50,
  stages: [(String, Double)] = []
) -> SimulationResult.CheckpointKPI {
  SimulationResult.CheckpointKPI(
    node: node, mode: .road, direction: BorderDirection(from: "CN", to: "KZ"),
    clearanceHours: ConfidenceInterval(observations: [hours, hours]),
    p95ClearanceHours: ConfidenceInterval(observations: [p95, p95]), units: 100,
    unitsPerDay: ConfidenceInterval(observations: [unitsPerDay, unitsPerDay]),
    blockingHoursPerDay: 0,
    feeUSDPerTEU: 0,
    stageUtilization: stages.map { ($0.0, ConfidenceInterval(observations: [$0.1, $0.1])) },
    meanQueue: ConfidenceInterval(observations: [0, 0]), maxQueue: 0)
}

@Suite("Brief findings")
struct BriefFindingsTests {
  @Test("the slowest border post")
  func slowest() {
    let sentence = BriefFindings.slowestCrossing([
      checkpointKPI("ALT", hours: 3.25, p95: 9),
      checkpointKPI("KHR", hours: 12.04, p95: 30.06),
    ])
    #expect(
      sentence
        == "The slowest border post is KHR (road, CN->KZ), at 12.0 hours to clear on average "
        + "(1 in 20 units waits more than 30.1 hours).")
    #expect(BriefFindings.slowestCrossing([]) == nil)
    // A post that clears a truck every ten days is not the headline.
    let trace = BriefFindings.slowestCrossing([
      checkpointKPI("ALT", hours: 3.25, p95: 9),
      checkpointKPI("HRG", hours: 30, p95: 31, unitsPerDay: 0.1),
    ])
    #expect(
      trace
        == "Of the posts that clear at least one truck or train a day, the slowest is ALT (road, "
        + "CN->KZ), at 3.2 hours to clear on average (1 in 20 units waits more than 9.0 hours).")
  }

  @Test("time use as shares of transit, rounded to whole percent")
  func timeUse() {
    let sentence = BriefFindings.timeUse(
      ([.running: 60, .queueing: 25, .processing: 10, .waitingForSailing: 5], 100))
    #expect(
      sentence
        == "Moving takes 60 % of transit time; the rest is stops: queueing 25 %, controls and "
        + "transshipment 10 %, waiting for sailings 5 % and dwelling at hubs 0 %.")
    #expect(BriefFindings.timeUse(([:], 0)) == nil)
  }

  @Test("the busiest stage, warned about above 80 %")
  func busiest() {
    let checkpoints = [
      checkpointKPI("ALT", hours: 1, p95: 2, stages: [("documents", 0.5), ("inspection", 0.86)]),
      checkpointKPI("KHR", hours: 1, p95: 2, stages: [("documents", 0.7)]),
    ]
    #expect(
      BriefFindings.busiestStage(checkpoints)
        == "The most loaded control is the inspection stage at ALT (road, CN->KZ), busy 86 % of "
        + "its open hours; queues there grow fast with more traffic.")
  }

  @Test("a variant's findings: the crossings it speeds up, and the largest shift of flow")
  func comparison() {
    let sentences = BriefFindings.comparisonFindings(
      name: "Digital customs", comparison: handMadeComparison(), single: true)
    #expect(
      sentences == [
        "Digital customs shortens the time to clear at 1 of 2 crossings (95 % intervals exclude "
          + "zero); most at ALT road CN->KZ: 10.0 to 8.0 hours (-2.0 ± 1.2, -20 %).",
        "Flow on Middle Corridor grows from 1,000 to 1,500 TEU a year.",
      ])
    let several = BriefFindings.comparisonFindings(
      name: "Digital customs", comparison: handMadeComparison(), single: false)
    #expect(several.count == 1)
    #expect(several[0].hasSuffix("; flow on Middle Corridor grows from 1,000 to 1,500 TEU a year."))
  }

  @Test("throughput against demand, with its interval, and the freight still in transit")
  func throughput() {
    #expect(
      BriefFindings.throughput(
        ConfidenceInterval(observations: [990, 1010]), inTransit: 25.4, demand: 1000)
        == "The simulated network delivers 1,000 TEU a year (± 127) against a demand of 1,000; "
        + "another 25 TEU a year set off and were still in transit when the run ended.")
  }
}
