import CorridorModel
import CorridorSimulation
import CorridorStudy
import Testing

@testable import CorridorReports

/// A comparison made by hand: one crossing faster, one unchanged, one corridor's transit and
/// one shift of flow.
func handMadeComparison() -> Comparison {
  let alt = CheckpointKey(
    node: "ALT", mode: .road, direction: BorderDirection(from: "CN", to: "KZ"))
  let khr = CheckpointKey(node: "KHR", mode: .rail, direction: nil)
  return Comparison(
    base: "base", variant: "digital",
    rows: [
      Comparison.Row(
        key: .clearance(alt), base: 10, variant: 8,
        difference: ConfidenceInterval(observations: [-2.5, -2, -1.5])),
      Comparison.Row(
        key: .clearance(khr), base: 5, variant: 5.02,
        difference: ConfidenceInterval(observations: [0.5, -0.46, 0.02])),
      Comparison.Row(
        key: .corridorTransit("Middle Corridor"), base: 400, variant: 390,
        difference: ConfidenceInterval(observations: [-10])),
    ],
    corridorFlows: [("Middle Corridor", 1000, 1500), ("Northern", 2000, 2000)])
}

@Suite("Comparison tables")
struct ComparisonTablesTests {
  @Test(
    "CSV: kind and name in their own columns, at most three decimals, no interval from one pair")
  func csv() {
    let lines = handMadeComparison().table.text.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "kind,key,base,variant,difference,difference_ci95,percent_change,significant",
        // Differences −2.5, −2, −1.5: standard deviation 0.5, t(0.975, 2) = 4.302653.
        "checkpoint,ALT road CN->KZ,10,8,-2,1.242,-20,yes",
        // Differences 0.5, −0.46, 0.02: standard deviation 0.48.
        "checkpoint,KHR rail both,5,5.02,0.02,1.192,0.4,no",
        "corridor,Middle Corridor,400,390,-10,,-2.5,no",
      ])
  }

  @Test("Markdown: flows with their change, and each KPI by name with its interval or (n.s.)")
  func markdown() {
    func post(_ id: NodeID, _ name: String) -> Node {
      Node(
        id: id, name: name, kind: .checkpoint, country: "KZ",
        coordinate: .init(latitude: 44, longitude: 80))
    }
    let names = Scenario(
      id: "base", name: "Base", nodes: [post("ALT", "Altynkol"), post("KHR", "Khorgos")])
    let text = handMadeComparison().markdown(
      base: names, variant: Scenario(id: "digital", name: "Digital customs"))
    #expect(text.hasPrefix("# Digital customs against Base\n"))
    #expect(text.contains("| Middle Corridor | 1,000 | 1,500 | 500 |"))
    #expect(text.contains("| Northern | 2,000 | 2,000 | 0 |"))
    #expect(
      text.contains(
        "| Altynkol (road, China to Kazakhstan) | hours to clear | 10.00 | 8.00 | -2.00 ± 1.24 "
          + "| -20.0 % |"))
    #expect(
      text.contains(
        "| Khorgos (rail, both directions) | hours to clear | 5.00 | 5.02 | 0.02 ± 1.19 (n.s.) "
          + "| 0.4 % |"))
    #expect(
      text.contains(
        "| Middle Corridor | transit hours | 400.00 | 390.00 | -10.00 ± – (n.s.) | -2.5 % |"))
    // Codes stay in the CSV file.
    #expect(!text.contains("ALT") && !text.contains("KHR") && !text.contains("CN->KZ"))
  }

  @Test("the screen lists crossings that changed significantly or by 1 % or more, and flow shifts")
  func screen() {
    let text = ComparisonScreen.text(runs: [], comparisons: [handMadeComparison()], folder: "out")
    #expect(text.contains("ALT (road, China to Kazakhstan)"))
    // KHR changed by 0.4 % and not significantly: left out.
    #expect(!text.contains("KHR"))
    #expect(text.contains("-2.00 ± 1.24"))
    #expect(text.contains("  Middle Corridor: 1,000 → 1,500\n"))
    #expect(!text.contains("Northern:"))
    #expect(text.hasSuffix("Written to out/\n"))
  }

  @Test("JSON rows keep the subject's text as key and leave out an interval there is none of")
  func json() {
    let output = CompareJSON(base: "base", comparisons: [handMadeComparison()])
    #expect(output.variants.count == 1)
    let rows = output.variants[0].rows
    #expect(
      rows.map(\.key) == [
        "checkpoint ALT road CN->KZ", "checkpoint KHR rail both", "corridor Middle Corridor",
      ])
    #expect(rows[0].significant && !rows[1].significant)
    #expect(rows[2].differenceCI95 == nil)
  }
}
