import Foundation
import Testing
import XLSX

@Suite("Workbooks written through libxlsxwriter and read back")
struct WorkbookTests {
  /// A small sheet: a header, a number with a format, a text, a blank.
  private func writeSample(_ path: String) throws {
    let workbook = try Workbook(path: path)
    try workbook.setProperties(
      DocumentProperties(
        title: "Sample", author: "corridor",
        created: Date(timeIntervalSince1970: 1_795_996_800)))  // 2026-11-30 00:00 UTC
    let sheet = try workbook.addWorksheet(named: "corridors")
    try sheet.write("corridor", row: 0, column: 0, style: .header)
    try sheet.write("TEU/year", row: 0, column: 1, style: .header)
    try sheet.write("Middle Corridor", row: 1, column: 0)
    try sheet.write(12_345.5, row: 1, column: 1, style: CellStyle.plain.numberFormat("#,##0.0"))
    try sheet.write(-0.25, row: 2, column: 1)
    try sheet.writeBlank(row: 2, column: 0, style: .plain.numberFormat("0"))
    try sheet.setColumnWidth(20, columns: 0...1)
    try sheet.freezePanes(rows: 1)
    try sheet.setPrintLayout(landscape: true, pagesWide: 1, repeatingRows: 1)
    try workbook.close()
  }

  @Test("numbers are number cells, texts are shared strings, the header row is frozen")
  func cells() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try writeSample(folder.path("a.xlsx"))
    let xml = try parts(ofWorkbook: folder.path("a.xlsx"))
    let sheet = try #require(xml["xl/worksheets/sheet1.xml"])
    let strings = try #require(xml["xl/sharedStrings.xml"])
    #expect(sheet.contains(#"<c r="B2" s="2"><v>12345.5</v></c>"#), "\(sheet)")
    #expect(sheet.contains(#"<c r="B3"><v>-0.25</v></c>"#))
    #expect(sheet.contains(#"<c r="A3" s="3"/>"#))
    // Texts: shared strings in order of first use.
    #expect(sheet.contains(#"<c r="A1" s="1" t="s"><v>0</v></c>"#))
    #expect(sheet.contains(#"<c r="A2" t="s"><v>2</v></c>"#))
    #expect(
      strings.contains(
        "<si><t>corridor</t></si><si><t>TEU/year</t></si><si><t>Middle Corridor</t></si>"))
    #expect(
      sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#)
    )
    #expect(sheet.contains(#"<col min="1" max="2" width="20.7109375" customWidth="1"/>"#))
    // A4 across, one page wide, the header row on every page.
    #expect(sheet.contains(#"<pageSetUpPr fitToPage="1"/>"#))
    #expect(sheet.contains(#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>"#))
    #expect(
      xml["xl/workbook.xml"]?.contains(
        #"<definedName name="_xlnm.Print_Titles" localSheetId="0">corridors!$1:$1</definedName>"#)
        == true)
    let styles = try #require(xml["xl/styles.xml"])
    #expect(styles.contains(##"formatCode="#,##0.0""##))
    let core = try #require(xml["docProps/core.xml"])
    #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-30T00:00:00Z"))
    #expect(core.contains("<dc:title>Sample</dc:title>"))
    #expect(xml["xl/workbook.xml"]?.contains(#"<sheet name="corridors" sheetId="1""#) == true)
  }

  @Test("the same calls write the same bytes")
  func determinism() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try writeSample(folder.path("a.xlsx"))
    try writeSample(folder.path("b.xlsx"))
    let a = try Data(contentsOf: folder.url.appendingPathComponent("a.xlsx"))
    let b = try Data(contentsOf: folder.url.appendingPathComponent("b.xlsx"))
    #expect(a.count > 1000)
    #expect(a == b)
  }

  @Test("a path in a missing folder or under a file fails with what to do, before and at close")
  func unwritablePath() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    #expect(throws: XLSXError.self) { try Workbook(path: folder.path("missing/report.xlsx")) }
    do {
      _ = try Workbook(path: folder.path("missing/report.xlsx"))
    } catch {
      #expect(error.description.contains("does not exist"))
      #expect(error.description.contains("give a path in a folder that exists"))
    }
    _ = FileManager.default.createFile(atPath: folder.path("file"), contents: Data("x".utf8))
    #expect(throws: XLSXError.self) { try Workbook(path: folder.path("file/report.xlsx")) }
    #expect(throws: XLSXError.self) { try Workbook(path: "") }
    // The folder goes away between the start and the writing.
    try FileManager.default.createDirectory(
      atPath: folder.path("later"), withIntermediateDirectories: false)
    let workbook = try Workbook(path: folder.path("later/report.xlsx"))
    _ = try workbook.addWorksheet(named: "a")
    try FileManager.default.removeItem(atPath: folder.path("later"))
    #expect(throws: XLSXError.self) { try workbook.close() }
    #expect(!workbook.isOpen)
  }

  @Test("names, texts and numbers Excel refuses are refused before they reach C")
  func refusals() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    let workbook = try Workbook(path: folder.path("r.xlsx"))
    defer { workbook.discard() }
    let sheet = try workbook.addWorksheet(named: "Fit")
    for name in ["", "a[b", "x/y", "'quoted'", "history", String(repeating: "n", count: 32)] {
      #expect(throws: XLSXError.self, "\(name)") { try workbook.addWorksheet(named: name) }
    }
    #expect(throws: XLSXError.duplicateSheetName("FIT")) { try workbook.addWorksheet(named: "FIT") }
    _ = try workbook.addWorksheet(named: String(repeating: "ж", count: 31))
    #expect(throws: XLSXError.notFinite(row: 1, column: 0)) {
      try sheet.write(.nan, row: 1, column: 0)
    }
    #expect(throws: XLSXError.notFinite(row: 1, column: 0)) {
      try sheet.write(.infinity, row: 1, column: 0)
    }
    #expect(throws: XLSXError.textTooLong(row: 0, column: 0, length: 32_768)) {
      try sheet.write(String(repeating: "x", count: 32_768), row: 0, column: 0)
    }
    try sheet.write(String(repeating: "x", count: 32_767), row: 0, column: 0)
    #expect(throws: XLSXError.textWithNul(row: 0, column: 1)) {
      try sheet.write("a\0b", row: 0, column: 1)
    }
    #expect(throws: XLSXError.cellOutOfRange(row: 1_048_576, column: 0)) {
      try sheet.write(1, row: 1_048_576, column: 0)
    }
    #expect(throws: XLSXError.cellOutOfRange(row: 0, column: -1)) {
      try sheet.write(1, row: 0, column: -1)
    }
    #expect(throws: XLSXError.self) { try sheet.setColumnWidth(300, columns: 0...0) }
    #expect(throws: XLSXError.self) {
      try sheet.write(
        1, row: 0, column: 2, style: .plain.numberFormat(String(repeating: "0", count: 128)))
    }
    workbook.discard()
    #expect(throws: XLSXError.closed) { try sheet.write(1, row: 0, column: 0) }
    #expect(throws: XLSXError.closed) { try workbook.close() }
    #expect(!FileManager.default.fileExists(atPath: folder.path("r.xlsx")))
  }
}
