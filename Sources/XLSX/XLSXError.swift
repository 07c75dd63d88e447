import CXLSXWriter

/// Why a workbook could not be built or written; each message says what to do.
public enum XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A worksheet name Excel refuses.
  case invalidSheetName(String, reason: String)
  /// A worksheet name already used in the workbook (Excel ignores case).
  case duplicateSheetName(String)
  /// A cell outside Excel's grid (1,048,576 rows by 16,384 columns).
  case cellOutOfRange(row: Int, column: Int)
  /// A text longer than an Excel cell holds (32,767 characters).
  case textTooLong(row: Int, column: Int, length: Int)
  /// A text with a NUL character, which a cell cannot hold.
  case textWithNul(row: Int, column: Int)
  /// A number that is infinite or not a number, which a cell cannot hold.
  case notFinite(row: Int, column: Int)
  /// A width, height, number format or property outside what Excel accepts.
  case invalidArgument(String)
  /// The workbook was already written (or discarded); it can take no more content.
  case closed
  /// The file cannot be created where asked.
  case cannotCreateFile(path: String, reason: String)
  /// libxlsxwriter refused an operation with an error this module does not check beforehand.
  case library(operation: String, code: Int32, message: String)

  public var description: String {
    switch self {
    case .invalidSheetName(let name, let reason):
      "worksheet name '\(name)' is not allowed: \(reason); choose a name of 1 to 31 characters "
        + "without [ ] : * ? / \\"
    case .duplicateSheetName(let name):
      "worksheet name '\(name)' is already used in this workbook (Excel ignores case); give "
        + "each worksheet its own name"
    case .cellOutOfRange(let row, let column):
      "cell (row \(row), column \(column)) is outside an Excel worksheet (rows 0 to 1,048,575, "
        + "columns 0 to 16,383); split the table over several worksheets"
    case .textTooLong(let row, let column, let length):
      "the text for cell (row \(row), column \(column)) has \(length) characters, more than "
        + "the 32,767 an Excel cell holds; shorten it"
    case .textWithNul(let row, let column):
      "the text for cell (row \(row), column \(column)) holds a NUL character, which an Excel "
        + "cell cannot hold; remove it"
    case .notFinite(let row, let column):
      "the number for cell (row \(row), column \(column)) is infinite or not a number, which "
        + "an Excel cell cannot hold; write a blank or a text instead"
    case .invalidArgument(let reason):
      reason
    case .closed:
      "the workbook was already written or discarded; create a new Workbook"
    case .cannotCreateFile(let path, let reason):
      "cannot create the workbook \(path): \(reason); give a path in a folder that exists and "
        + "can be written"
    case .library(let operation, let code, let message):
      "libxlsxwriter refused \(operation) (error \(code): \(message)); check the arguments, or "
        + "report this with the workbook's content"
    }
  }

  /// The error for a libxlsxwriter result, or nothing for success.
  static func check(_ code: lxw_error, _ operation: String) throws(XLSXError) {
    guard code != LXW_NO_ERROR else { return }
    throw .library(
      operation: operation, code: Int32(code.rawValue),
      message: String(cString: lxw_strerror(code)))
  }
}
