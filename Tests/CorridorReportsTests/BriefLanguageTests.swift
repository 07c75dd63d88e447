import CorridorModel
import CorridorScenario
import CorridorStudy
import Foundation
import Testing

@testable import CorridorReports

/// The teaching scenario and its what-if, run briefly with the same streams.
private func teachingRuns() throws -> (base: ScenarioRun, variant: ScenarioRun) {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  func run(_ file: String) throws -> ScenarioRun {
    let path = root.appendingPathComponent("Scenarios/examples/\(file)").path
    var settings = RunSettings()
    settings.replications = 3
    settings.days = 60
    settings.warmUpDays = 10
    return try Study.run(try ScenarioLoader.load(path: path).scenario, settings: settings)
  }
  return (try run("two-corridors.yaml"), try run("two-corridors-measures.yaml"))
}

/// The brief's visible text: tags and the appendix's file table left out.
private func visibleText(_ html: String) -> String {
  let body = html.components(separatedBy: "<h3>Scenario files").first ?? html
  return body.replacingOccurrences(
    of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression
  )
  .replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
}

@Suite("The brief in three languages")
struct BriefLanguageTests {
  static let metadata = BriefMetadata(toolVersion: "test", date: "2026-11-30", files: [])

  @Test("every fixed text of a run brief and a comparison brief has its Russian and Turkish")
  func translated() throws {
    let (base, variant) = try teachingRuns()
    let comparison = Comparison(base: base, variant: variant)
    for language in [ReportLanguage.russian, .turkish] {
      let book = try Phrasebook(language, marksMissing: true)
      for html in [
        Brief.html(base: base, variants: [], metadata: Self.metadata, phrasebook: book),
        Brief.html(
          base: base, variants: [(variant, comparison)], metadata: Self.metadata, phrasebook: book),
      ] {
        let missing = html.components(separatedBy: "⟦").dropFirst().map {
          String($0.prefix { $0 != "⟧" })
        }
        #expect(missing.isEmpty, "\(language): untranslated \(Set(missing).sorted())")
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
      }
    }
  }

  @Test("no node or crossing code in the brief's text where the scenario gives a name")
  func namesNotCodes() throws {
    let (base, variant) = try teachingRuns()
    let html = Brief.html(
      base: base, variants: [(variant, Comparison(base: base, variant: variant))],
      metadata: Self.metadata)
    let words = Set(
      visibleText(html).components(separatedBy: CharacterSet.alphanumerics.union(["-"]).inverted))
    let scenario = base.scenario
    let codes =
      scenario.nodes.filter { $0.name != $0.id.rawValue }.map(\.id.rawValue)
      + scenario.crossings.filter { $0.name != $0.id }.map(\.id)
    #expect(codes.count > 5)
    #expect(codes.filter(words.contains).isEmpty, "codes in the text")
  }

  @Test("no code on the screens of run, simulate and compare, nor in summary.md or the comparison")
  func screensNamesNotCodes() throws {
    let (base, variant) = try teachingRuns()
    let comparison = Comparison(base: base, variant: variant)
    let summary = RunReport.files(base).first { $0.name == "summary.md" }?.text ?? ""
    let texts = [
      RunScreen.text(base, folder: "out"), SimulationReport.text(base),
      ComparisonScreen.text(runs: [base, variant], comparisons: [comparison], folder: "out"),
      comparison.markdown(base: base.scenario, variant: variant.scenario), summary,
    ]
    let scenario = base.scenario
    let codes =
      scenario.nodes.filter { $0.name != $0.id.rawValue }.map(\.id.rawValue)
      + scenario.crossings.filter { $0.name != $0.id }.map(\.id)
    #expect(summary.contains("## Border crossings"))
    for text in texts {
      let words = Set(
        text.components(separatedBy: CharacterSet.alphanumerics.union(["-"]).inverted))
      #expect(codes.filter(words.contains).isEmpty, "codes in \(text.prefix(80))")
      // Directions in words ("China to Kazakhstan"), not as country codes.
      #expect(text.range(of: "[A-Z]{2}->[A-Z]{2}", options: .regularExpression) == nil)
    }
  }

  @Test("the same inputs give the same bytes in every language")
  func reproducible() throws {
    let (base, _) = try teachingRuns()
    let book = try Phrasebook(.turkish)
    let first = Brief.html(base: base, variants: [], metadata: Self.metadata, phrasebook: book)
    let second = Brief.html(base: base, variants: [], metadata: Self.metadata, phrasebook: book)
    #expect(first == second)
    #expect(first.contains("<html lang=\"tr\">"))
  }
}
