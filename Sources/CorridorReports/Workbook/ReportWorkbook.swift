import Foundation
import XLSX

/// `report.xlsx`: the report's tables as an Excel workbook, for readers whose spreadsheet
/// opens a CSV file as one column (a Russian or Turkish locale reads `,` as the decimal
/// separator).
///
/// One sheet per CSV table, in the order given, with the same figures: a number is a number
/// cell with a number format (Excel shows it in the reader's locale), an empty cell is blank,
/// anything else is text. Each sheet has two frozen header rows (the caption with its unit, in
/// the report's language, then the CSV column id, which carries the filters), and a last
/// sheet, Sources, tells what the numbers are and where they come from. The same tables,
/// metadata and date give the same bytes: the document's creation time is the report's date.
public enum ReportWorkbook {
  /// The workbook's file name in a report folder.
  public static let fileName = "report.xlsx"

  /// Writes the workbook of `tables` to `path`.
  ///
  /// `title` names the report (the scenario, or the comparison); `metadata` gives the date,
  /// the tool's version and the scenario files with their SHA-256. The file is written in
  /// place: write to a temporary path and rename it when it must appear whole, or use
  /// ``data(tables:metadata:title:phrasebook:)``.
  public static func write(
    tables: [NamedTable], metadata: BriefMetadata, title: String,
    phrasebook: Phrasebook = .english, to path: String
  ) throws(ReportWorkbookError) {
    guard let created = created(metadata.date) else {
      throw ReportWorkbookError(
        path: path,
        reason: "the date '\(metadata.date)' is not written YYYY-MM-DD; give such a date")
    }
    let (sheets, sources, properties) = Phrasebook.$current.withValue(phrasebook) {
      let sourcesName = t("Sources")
      let names = SheetNames.names(for: tables.map(\.name), taken: [sourcesName])
      let sheets = zip(tables, names).map { TableSheet($0, name: $1) }
      let sources = SourcesSheet(
        name: sourcesName, tables: tables, sheetNames: names, metadata: metadata, title: title)
      let properties = DocumentProperties(
        title: title, subject: t("Corridor simulation results"),
        author: "corridor \(metadata.toolVersion)", comments: SourcesSheet.numbersNote,
        created: created)
      return (sheets, sources, properties)
    }
    do {
      let workbook = try Workbook(path: path)
      defer { workbook.discard() }
      try workbook.setProperties(properties)
      for sheet in sheets { try sheet.write(to: workbook) }
      try sources.write(to: workbook)
      try workbook.close()
    } catch {
      throw ReportWorkbookError(path: path, reason: error.description)
    }
  }

  /// The bytes of the workbook of `tables`, written through a temporary file.
  public static func data(
    tables: [NamedTable], metadata: BriefMetadata, title: String,
    phrasebook: Phrasebook = .english
  ) throws(ReportWorkbookError) -> Data {
    let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corridor-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).xlsx")
    defer { try? FileManager.default.removeItem(at: temporary) }
    try write(
      tables: tables, metadata: metadata, title: title, phrasebook: phrasebook,
      to: temporary.path)
    do {
      return try Data(contentsOf: temporary)
    } catch {
      throw ReportWorkbookError(path: temporary.path, reason: error.localizedDescription)
    }
  }

  /// Midnight UTC of a `YYYY-MM-DD` date, or nothing for another text.
  ///
  /// 1970-01-01 is taken one second after midnight: libxlsxwriter reads time 0 as "now".
  static func created(_ date: String) -> Date? {
    let parts = date.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
      (1900...9999).contains(year), let utc = TimeZone(identifier: "UTC")
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = utc
    let components = DateComponents(year: year, month: month, day: day)
    guard components.isValidDate(in: calendar), let midnight = calendar.date(from: components)
    else { return nil }
    return midnight.timeIntervalSince1970 == 0 ? midnight.addingTimeInterval(1) : midnight
  }
}

/// Why `report.xlsx` could not be written.
public struct ReportWorkbookError: Error, CustomStringConvertible, Sendable {
  /// The file being written.
  public var path: String
  /// What went wrong, and what to do.
  public var reason: String

  public var description: String { "cannot write the workbook \(path): \(reason)" }
}
