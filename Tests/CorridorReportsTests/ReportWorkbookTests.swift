import Foundation
import Testing

@testable import CorridorReports

@Suite("report.xlsx: the report's tables as a workbook")
struct ReportWorkbookTests {
  /// Two small tables with numbers, texts, empty cells, a numeric-looking link id and an
  /// observed figure.
  static func tables() -> [NamedTable] {
    var corridors = CSVTable(header: [
      "corridor", "teu_per_year", "share_of_demand", "transit_hours", "transit_hours_ci95",
    ])
    corridors.append(["Middle Corridor, rail", "20000", "0.8125", "197.6", "5.75"])
    corridors.append(["Road via Irkeshtam", "5000", "0.1875", "-67.4", ""])
    var crossings = CSVTable(header: [
      "crossing", "link", "clear_hours", "observed_year", "observed_source",
    ])
    crossings.append(["irkeshtam", "12", "16.48", "2020", "CAREC CPMM 2020 <TFI1> & more"])
    return [NamedTable("corridors.csv", corridors), NamedTable("crossings.csv", crossings)]
  }

  static let metadata = BriefMetadata(
    toolVersion: "9.9.9", date: "2026-11-30",
    files: [(path: "Scenarios/a.yaml", sha256: String(repeating: "ab", count: 32))])

  private func written(
    _ tables: [NamedTable] = tables(), phrasebook: Phrasebook = .english
  ) throws -> (WorkbookReading, Data) {
    let data = try ReportWorkbook.data(
      tables: tables, metadata: Self.metadata, title: "Two corridors", phrasebook: phrasebook)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("report-\(UUID().uuidString).xlsx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try data.write(to: URL(fileURLWithPath: path))
    return (try WorkbookReading(path: path), data)
  }

  @Test("every CSV cell comes back: numbers as numbers equal to the CSV's, texts as texts")
  func cells() throws {
    let (workbook, _) = try written()
    #expect(workbook.sheetNames == ["corridors", "crossings", "Sources"])
    for (index, named) in Self.tables().enumerated() {
      let cells = workbook.cells(sheet: index + 1)
      for (column, id) in named.table.header.enumerated() {
        #expect(cells[WorkbookReading.reference(row: 1, column: column)] == .text(id))
      }
      for (r, row) in named.table.rows.enumerated() {
        for (column, text) in row.enumerated() {
          let cell = cells[WorkbookReading.reference(row: r + 2, column: column)]
          let isLabel = named.table.header[column] == "link" || column == 0
          if text.isEmpty {
            #expect(cell == nil, "\(named.name) \(r) \(column)")
          } else if !isLabel, let value = Double(text) {
            #expect(cell == .number(value), "\(named.name) \(r) \(column)")
          } else {
            #expect(cell == .text(text), "\(named.name) \(r) \(column)")
          }
        }
      }
    }
    let corridors = workbook.cells(sheet: 1)
    #expect(corridors["E1"] == .text("Transit time, 95 % interval (± h)"))
    #expect(corridors["B1"] == .text("Flow (TEU/year)"))
    // The link id 12 stays a text; the year is a number.
    #expect(workbook.cells(sheet: 2)["B3"] == .text("12"))
    #expect(workbook.cells(sheet: 2)["D3"] == .number(2020))
    let styles = try #require(workbook.parts["xl/styles.xml"])
    for format in ["#,##0", "0.00%", "#,##0.0", "#,##0.00", "0"] {
      #expect(styles.contains("formatCode=\"\(format)\""), "\(format)")
    }
  }

  @Test("the Sources sheet: date, version, sheets and files, SHA-256, published figures")
  func sources() throws {
    let (workbook, _) = try written()
    let cells = workbook.cells(sheet: 3)
    let texts = Set(cells.values.compactMap { if case .text(let t) = $0 { t } else { nil } })
    for expected in [
      "Sources and notes", "Two corridors", "2026-11-30", "corridor 9.9.9", "corridors.csv",
      "crossings.csv", "Scenarios/a.yaml", String(repeating: "ab", count: 32),
      "CAREC CPMM 2020 <TFI1> & more", "2020",
    ] {
      #expect(texts.contains(expected), "\(expected)")
    }
    // Sheet name beside its file, and the row count as a number.
    let row = try #require(cells.first { $0.value == .text("crossings.csv") }?.key)
    let number = Int(row.dropFirst())!
    #expect(cells["A\(number)"] == .text("crossings"))
    #expect(cells["C\(number)"] == .number(1))
  }

  @Test("the same tables and date give the same bytes, created on the report's date")
  func determinism() throws {
    let (workbook, first) = try written()
    let (_, second) = try written()
    #expect(first == second)
    let core = try #require(workbook.parts["docProps/core.xml"])
    #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-30T00:00:00Z"))
    #expect(core.contains("<dc:title>Two corridors</dc:title>"))
  }

  @Test("an unwritable path is an error that says what to do")
  func unwritable() throws {
    let missing = FileManager.default.temporaryDirectory
      .appendingPathComponent("missing-\(UUID().uuidString)/report.xlsx").path
    do {
      try ReportWorkbook.write(
        tables: Self.tables(), metadata: Self.metadata, title: "x", to: missing)
      Issue.record("no error for \(missing)")
    } catch {
      #expect(error.description.contains("does not exist"))
      #expect(error.description.contains("give a path in a folder that exists"))
    }
    var wrongDate = Self.metadata
    wrongDate.date = "30.11.2026"
    #expect(throws: ReportWorkbookError.self) {
      try ReportWorkbook.data(tables: Self.tables(), metadata: wrongDate, title: "x")
    }
  }

  @Test("captions and the Sources sheet follow the language")
  func russian() throws {
    let (workbook, _) = try written(phrasebook: try Phrasebook(.russian))
    #expect(workbook.sheetNames.last == "Источники")
    let caption = workbook.cells(sheet: 1)["E1"]
    #expect(caption == .text("Время в пути, 95 % интервал (± ч)"))
  }

  @Test("CSV numbers as the CSV writes them; anything else is text")
  func typedCells() {
    for number in ["0", "-3", "12.5", "0.0001", "1e-7", "2E+10"] {
      #expect(TypedCell.isPlainNumber(number), "\(number)")
    }
    for text in ["", "-", "1.", ".5", "nan", "inf", "0x10", "1,5", "12 h", "+3", "1e"] {
      #expect(!TypedCell.isPlainNumber(text), "\(text)")
    }
    #expect(TypedCell("", kind: .quantity) == .blank)
    #expect(TypedCell("12", kind: .label) == .text("12"))
    #expect(TypedCell("12", kind: .quantity) == .number(12))
    #expect(TypedCell.numberFormat(kind: .fraction, decimals: 4) == "0.00%")
    #expect(TypedCell.numberFormat(kind: .quantity, decimals: 0) == "#,##0")
    #expect(TypedCell.numberFormat(kind: .year, decimals: 0) == "0")
  }

  @Test("sheet names: the file's stem, within 31 characters, free of [ ] : * ? / \\ and unique")
  func sheetNames() {
    let long = "comparison-" + String(repeating: "x", count: 40) + ".csv"
    let names = SheetNames.names(
      for: ["corridors.csv", "a:b.csv", long, long, "sources.csv"], taken: ["Sources"])
    #expect(names[0] == "corridors")
    #expect(names[1] == "a_b")
    #expect(names[2] == "comparison-" + String(repeating: "x", count: 20))
    #expect(names[3] == "comparison-" + String(repeating: "x", count: 18) + "~2")
    #expect(names[4] == "sources~2")
    #expect(names.allSatisfy { $0.count <= 31 })
  }
}

@Suite("Wrapped texts in the workbook")
struct WrappedTextTests {
  @Test("lines of a wrapped caption or path, counted by hand")
  func lines() {
    // "Time to" / "clear, mean" / "(h)"
    #expect(TableSheet.lines("Time to clear, mean (h)", width: 12) == 3)
    #expect(TableSheet.lines("Flow (TEU/year)", width: 20) == 1)
    #expect(TableSheet.lines(String(repeating: "x", count: 25), width: 10) == 3)
    #expect(TableSheet.lines("ab " + String(repeating: "x", count: 12), width: 10) == 3)
    #expect(TableSheet.lines("", width: 10) == 1)
  }
}
