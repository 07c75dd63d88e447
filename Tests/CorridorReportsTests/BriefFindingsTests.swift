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

/// Two named posts and a corridor, for findings that name what they speak of.
func namedScenario(estimated: Int = 0) -> Scenario {
  let at = Coordinate(latitude: 44, longitude: 80)
  var khorgos = Node(id: "KHR", name: "Nur Zholy", kind: .checkpoint, country: "KZ", coordinate: at)
  khorgos.otherNames = ["ru": "Нур Жолы", "tr": "Nur Jolı"]
  var scenario = Scenario(
    id: "base", name: "Baseline",
    nodes: [
      Node(id: "ALT", name: "Altynkol", kind: .checkpoint, country: "KZ", coordinate: at),
      khorgos,
    ],
    corridors: [Corridor(id: "mc", name: "Middle Corridor", waypoints: ["ALT", "KHR"])])
  scenario.provenance.estimated = estimated
  return scenario
}

@Suite("Brief findings")
struct BriefFindingsTests {
  @Test("the slowest border post, by name, with its interval and the caveat on estimates")
  func slowest() {
    let posts = [
      checkpointKPI("ALT", hours: 3.25, p95: 9), checkpointKPI("KHR", hours: 12.04, p95: 30.06),
    ]
    #expect(
      BriefFindings.slowestCrossing(posts, scenario: namedScenario())
        == "The slowest border post is Nur Zholy (road, China to Kazakhstan), at 12.0 ± 0.0 "
        + "hours to clear on average (1 in 20 units waits more than 30.1 hours).")
    #expect(
      BriefFindings.slowestCrossing(posts, scenario: namedScenario(estimated: 3))?.hasSuffix(
        " Its controls and opening hours are the scenario's figures, some of them estimates.")
        == true)
    #expect(BriefFindings.slowestCrossing([], scenario: namedScenario()) == nil)
    // A post that clears a truck every ten days is not the headline.
    let trace = BriefFindings.slowestCrossing(
      [
        checkpointKPI("ALT", hours: 3.25, p95: 9),
        checkpointKPI("HRG", hours: 30, p95: 31, unitsPerDay: 0.1),
      ], scenario: namedScenario())
    #expect(
      trace
        == "Of the posts that clear at least one truck or train a day, the slowest is Altynkol "
        + "(road, China to Kazakhstan), at 3.2 ± 0.0 hours to clear on average (1 in 20 units "
        + "waits more than 9.0 hours).")
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

  @Test("the busiest control, with its interval, warned about above 80 %")
  func busiest() {
    let checkpoints = [
      checkpointKPI("ALT", hours: 1, p95: 2, stages: [("documents", 0.5), ("inspection", 0.86)]),
      checkpointKPI("KHR", hours: 1, p95: 2, stages: [("documents", 0.7)]),
    ]
    #expect(
      BriefFindings.busiestStage(checkpoints, scenario: namedScenario())
        == "The most loaded control is inspection at Altynkol (road, China to Kazakhstan), busy "
        + "86 ± 0 % of its open hours; queues there grow fast with more traffic.")
  }

  @Test("a what-if's findings: the posts it speeds up, the largest shift, by name")
  func comparison() {
    var variant = namedScenario()
    variant.name = "Digital customs"
    let sentences = BriefFindings.comparisonFindings(
      base: namedScenario(), variant: variant, comparison: handMadeComparison(), single: true)
    #expect(
      sentences == [
        "Digital customs shortens the time to clear at 1 of 2 border posts (95 % intervals "
          + "exclude zero); most at Altynkol (road, China to Kazakhstan): 10.0 to 8.0 hours "
          + "(-2.0 ± 1.2, -20 %).",
        "Flow on Middle Corridor grows from 1,000 to 1,500 TEU a year.",
      ])
    let several = BriefFindings.comparisonFindings(
      base: namedScenario(), variant: variant, comparison: handMadeComparison(), single: false)
    #expect(several.count == 2)
  }

  @Test("more demand with shorter waits is flagged, not stated")
  func implausible() {
    var variant = namedScenario()
    variant.name = "More trade"
    variant.demand = [
      Demand(origin: "ALT", destination: "KHR", commodity: "goods", teuPerYear: 5000)
    ]
    let sentences = BriefFindings.comparisonFindings(
      base: namedScenario(), variant: variant, comparison: handMadeComparison(), single: true)
    #expect(
      sentences.first?.hasPrefix("To check: More trade adds 5,000 TEU a year of demand") == true)
  }

  @Test("less demand with longer waits is flagged too, and a plausible what-if is not")
  func implausibleLess() {
    var base = namedScenario()
    base.demand = [Demand(origin: "ALT", destination: "KHR", commodity: "goods", teuPerYear: 5000)]
    var variant = namedScenario()
    variant.name = "Less trade"
    let alt = CheckpointKey(
      node: "ALT", mode: .road, direction: BorderDirection(from: "CN", to: "KZ"))
    func comparison(_ differences: [Double]) -> Comparison {
      Comparison(
        base: "base", variant: "less",
        rows: [
          Comparison.Row(
            key: .clearance(alt), base: 8, variant: 8 + differences[1],
            difference: ConfidenceInterval(observations: differences))
        ], corridorFlows: [])
    }
    let slower = BriefFindings.comparisonFindings(
      base: base, variant: variant, comparison: comparison([1.5, 2, 2.5]), single: true)
    #expect(
      slower.first?.hasPrefix("To check: Less trade removes 5,000 TEU a year of demand") == true)
    // Less freight and shorter waits is what queues do: stated, not flagged.
    let faster = BriefFindings.comparisonFindings(
      base: base, variant: variant, comparison: comparison([-1.5, -2, -2.5]), single: true)
    #expect(faster.first?.hasPrefix("Less trade shortens the time to clear") == true)
  }

  @Test("throughput against demand, with its interval; freight on its way is not a loss")
  func throughput() {
    #expect(
      BriefFindings.throughput(
        ConfidenceInterval(observations: [990, 1010]), inTransit: 25.4, demand: 1000)
        == "The simulated network delivers 1,000 ± 127 TEU a year against a demand of 1,000; the "
        + "other 25 TEU a year had set off and were still on their way when the simulated period "
        + "ended, which is not a loss.")
  }

  @Test("in Russian: the phrasebook's words, the scenario's Russian names, Russian numbers")
  func russian() throws {
    let book = try Phrasebook(.russian)
    let sentence = Phrasebook.$current.withValue(book) {
      BriefFindings.slowestCrossing(
        [checkpointKPI("KHR", hours: 1234.5, p95: 2000)], scenario: namedScenario())
    }
    let text = try #require(sentence)
    #expect(text.contains("Нур Жолы"))
    #expect(text.contains("1\u{00A0}234,5"))
    #expect(!text.contains("The slowest"))
  }
}
