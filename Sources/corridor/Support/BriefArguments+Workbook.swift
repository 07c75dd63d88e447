import ArgumentParser
import CorridorReports
import Foundation

extension BriefArguments {
  /// `report.xlsx` of `tables`, in the language and with the date of the brief; on failure
  /// prints why and exits 73.
  func workbook(_ tables: [NamedTable], metadata: BriefMetadata, title: String) throws -> (
    name: String, data: Data
  ) {
    do {
      let data = try ReportWorkbook.data(
        tables: tables, metadata: metadata, title: title, phrasebook: try phrasebook())
      return (ReportWorkbook.fileName, data)
    } catch let error as ReportWorkbookError {
      printError("corridor: error: \(error.description)")
      throw ExitCode(73)
    }
  }
}
