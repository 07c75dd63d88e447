import CorridorModel
import CorridorSimulation
import CorridorStudy
import Testing

@testable import CorridorReports

@Suite("Money and carbon in the comparison brief")
struct BriefEconomicsTests {
  /// A what-if that saves 2 ± 1.24 million US$ a year (differences −2.5, −2, −1.5 million;
  /// standard deviation 0.5 million, t(0.975, 2) = 4.302653) and 3 US$ per TEU, and changes
  /// running CO2 by +12 t a year in every replication.
  static func comparison() -> Comparison {
    func row(_ measure: ResultMeasure, _ differences: [Double]) -> Comparison.Row {
      Comparison.Row(
        key: ResultKey(.network, measure), base: 100, variant: 100,
        difference: ConfidenceInterval(observations: differences))
    }
    return Comparison(
      base: "base", variant: "digital",
      rows: [
        row(.costUSDPerYear, [-2.5e6, -2e6, -1.5e6]), row(.costUSDPerTEU, [-3.5, -3, -2.5]),
        row(.co2TonnesPerYear, [12, 12, 12]),
      ], corridorFlows: [])
  }

  @Test("signed differences with their interval, n.s. when it holds zero")
  func signed() {
    #expect(
      BriefEconomics.signed(ConfidenceInterval(observations: [-2.5, -2, -1.5]), decimals: 2)
        == "-2.00 ± 1.24")
    #expect(
      BriefEconomics.signed(ConfidenceInterval(observations: [1, 1, 1]), decimals: 1)
        == "+1.0 ± 0.0")
    #expect(
      BriefEconomics.signed(ConfidenceInterval(observations: [-1, 1.2, 0.1]), decimals: 1)
        .hasSuffix(" n.s."))
  }

  @Test("the sentence on all freight: millions a year, per TEU, and CO2, each with its interval")
  func sentence() throws {
    let line = try #require(
      BriefEconomics.lines(Self.comparison(), scenario: Scenario(id: "s", name: "S")) {
        $0 == .network
      }.first)
    #expect(
      BriefEconomics.sentence(line, name: "Digital customs")
        == "Digital customs changes what traders pay for the region's freight, time included, by "
        + "-2.00 ± 1.24 million US$ a year (-3.0 ± 1.2 US$ per TEU), and running emissions by "
        + "+12 ± 0 tonnes of CO2 a year.")
  }
}
