import CorridorCalibration
import CorridorModel
import CorridorScenario
import CorridorStudy
import Foundation
import Testing

@testable import CorridorReports

@Suite("Column captions of the workbook")
struct ColumnMeaningTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every table `corridor run` and `corridor compare` write, from a short run of the
  /// teaching example.
  static func allTables() throws -> [NamedTable] {
    let path = root.appendingPathComponent("Scenarios/examples/two-corridors.yaml").path
    let scenario = try ScenarioLoader.load(path: path).scenario
    var settings = RunSettings()
    settings.replications = 2
    settings.days = 20
    settings.warmUpDays = 5
    let run = try Study.run(scenario, settings: settings)
    let comparison = Comparison(base: run, variant: run)
    return RunReport.tables(run) + [
      FitReport.namedTable(FitTable(observations: [], run: run)),
      NamedTable("comparison-\(comparison.variant).csv", comparison.table),
    ]
  }

  @Test("every column of every table has a caption, translated into Russian and Turkish")
  func everyColumn() throws {
    let tables = try Self.allTables()
    #expect(tables.count == 11)
    for language in ReportLanguage.allCases {
      let phrasebook = try Phrasebook(language, marksMissing: true)
      Phrasebook.$current.withValue(phrasebook) {
        for named in tables {
          for id in named.table.header {
            let meaning = ColumnMeaning.of(id, file: named.name)
            #expect(meaning != nil, "\(named.name): \(id) has no caption")
            #expect(meaning?.caption.contains("⟦") == false, "\(language) \(named.name): \(id)")
          }
        }
        // The Sources sheet's texts too.
        let sources = SourcesSheet(
          name: t("Sources"), tables: tables, sheetNames: tables.map(\.name),
          metadata: ReportWorkbookTests.metadata, title: "x")
        for row in sources.rows {
          for case .text(let text) in row.cells {
            #expect(!text.contains("⟦"), "\(language): \(text)")
          }
        }
        #expect(!t("Sources").contains("⟦"))
        #expect(!t("Corridor simulation results").contains("⟦"))
      }
    }
  }

  @Test("a caption depends on the table where one id means different things")
  func byTable() {
    #expect(ColumnMeaning.of("share", file: "gateways.csv")?.caption == "Share of all TEU (%)")
    #expect(ColumnMeaning.of("share", file: "time-use.csv")?.caption == "Share of transit time (%)")
    #expect(ColumnMeaning.of("kind", file: "fit.csv")?.kind == .label)
    #expect(
      ColumnMeaning.of("teu_general", file: "link-flows.csv")?.caption
        == "Flow of general (TEU/year)")
    #expect(
      ColumnMeaning.of("clear_hours_ci95", file: "checkpoints.csv")?.caption
        == "Time to clear, 95 % interval (± h)")
    #expect(ColumnMeaning.of("no_such_column", file: "corridors.csv") == nil)
  }
}
