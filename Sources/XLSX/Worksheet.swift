import CXLSXWriter

/// A worksheet of a ``Workbook``: cells, column widths, row heights and frozen panes.
///
/// Rows and columns count from 0 (cell A1 is row 0, column 0). Every call checks its
/// arguments first and throws an ``XLSXError`` rather than let libxlsxwriter refuse, warn or
/// write a damaged file; once the workbook is written, every call throws
/// ``XLSXError/closed``.
public struct Worksheet {
  /// The number of rows of an Excel worksheet.
  public static let rowCount = 1_048_576
  /// The number of columns of an Excel worksheet.
  public static let columnCount = 16_384
  /// The most characters (UTF-16 units) a cell holds.
  public static let maximumTextLength = 32_767

  /// The worksheet's name, as on its tab.
  public let name: String
  /// The workbook, kept alive as long as the worksheet is.
  let workbook: Workbook
  /// The C worksheet, owned by the C workbook.
  private let handle: UnsafeMutablePointer<lxw_worksheet>

  init(name: String, workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>) {
    self.name = name
    self.workbook = workbook
    self.handle = handle
  }

  /// Writes a number.
  ///
  /// - Throws: ``XLSXError/notFinite(row:column:)`` for an infinite number or NaN (write a
  ///   blank or a text instead).
  public func write(_ number: Double, row: Int, column: Int, style: CellStyle? = nil)
    throws(XLSXError)
  {
    let (r, c) = try cell(row, column)
    guard number.isFinite else { throw .notFinite(row: row, column: column) }
    let format = try workbook.format(style)
    try XLSXError.check(
      worksheet_write_number(handle, r, c, number, format), "writing a number in \(name)")
  }

  /// Writes a text; an empty text writes a blank cell.
  ///
  /// - Throws: ``XLSXError/textTooLong(row:column:length:)`` beyond 32,767 characters and
  ///   ``XLSXError/textWithNul(row:column:)`` for a text holding a NUL character.
  public func write(_ text: String, row: Int, column: Int, style: CellStyle? = nil)
    throws(XLSXError)
  {
    let (r, c) = try cell(row, column)
    guard !text.isEmpty else {
      try writeBlank(row: row, column: column, style: style)
      return
    }
    let length = text.utf16.count
    guard length <= Self.maximumTextLength else {
      throw .textTooLong(row: row, column: column, length: length)
    }
    guard !text.utf8.contains(0) else { throw .textWithNul(row: row, column: column) }
    let format = try workbook.format(style)
    try XLSXError.check(
      worksheet_write_string(handle, r, c, text, format), "writing a text in \(name)")
  }

  /// Writes a blank cell: a cell with a style and no value.
  ///
  /// Without a style Excel keeps no blank cell, so nothing is written.
  public func writeBlank(row: Int, column: Int, style: CellStyle? = nil) throws(XLSXError) {
    let (r, c) = try cell(row, column)
    guard let format = try workbook.format(style) else { return }
    try XLSXError.check(
      worksheet_write_blank(handle, r, c, format), "writing a blank cell in \(name)")
  }

  /// Sets the width of `columns`, in characters of the default font (0 to 255).
  public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>) throws(XLSXError) {
    let (_, first) = try cell(0, columns.lowerBound)
    let (_, last) = try cell(0, columns.upperBound)
    guard width >= 0, width <= 255 else {
      throw .invalidArgument(
        "column width \(width) is outside 0 to 255 characters; give a width Excel accepts")
    }
    try XLSXError.check(
      worksheet_set_column(handle, first, last, width, nil), "setting column widths in \(name)")
  }

  /// Sets the height of a row, in points (0 to 409).
  public func setRowHeight(_ height: Double, row: Int) throws(XLSXError) {
    let (r, _) = try cell(row, 0)
    guard height >= 0, height <= 409 else {
      throw .invalidArgument(
        "row height \(height) is outside 0 to 409 points; give a height Excel accepts")
    }
    try XLSXError.check(
      worksheet_set_row(handle, r, height, nil), "setting a row height in \(name)")
  }

  /// Freezes the first `rows` rows and `columns` columns, so that they stay in view while
  /// the rest scrolls.
  public func freezePanes(rows: Int, columns: Int = 0) throws(XLSXError) {
    let (r, c) = try cell(rows, columns)
    worksheet_freeze_panes(handle, r, c)
  }

  /// Adds filter buttons to the header row `row` over `columns`, filtering the rows below it
  /// down to `lastRow`.
  public func setAutofilter(row: Int, columns: ClosedRange<Int>, lastRow: Int) throws(XLSXError) {
    let (first, left) = try cell(row, columns.lowerBound)
    let (last, right) = try cell(max(lastRow, row), columns.upperBound)
    try XLSXError.check(
      worksheet_autofilter(handle, first, left, last, right), "adding a filter in \(name)")
  }

  /// Sets how the sheet prints: on A4 (else the printer's default paper), across the page
  /// when `landscape`, scaled to `pagesWide` pages wide (0 keeps the natural size), with the
  /// first `repeatingRows` rows printed again at the top of every page.
  public func setPrintLayout(
    landscape: Bool = false, a4: Bool = true, pagesWide: Int = 0, repeatingRows: Int = 0
  ) throws(XLSXError) {
    guard repeatingRows >= 0 else { throw .cellOutOfRange(row: repeatingRows, column: 0) }
    _ = try cell(max(repeatingRows - 1, 0), 0)
    guard (0...Int(UInt16.max)).contains(pagesWide) else {
      throw .invalidArgument(
        "pages wide \(pagesWide) is outside 0 to 65,535; give a number of pages Excel accepts")
    }
    if landscape { worksheet_set_landscape(handle) }
    // Paper 9 is A4 in Excel's numbering.
    if a4 { worksheet_set_paper(handle, 9) }
    if pagesWide > 0 { worksheet_fit_to_pages(handle, UInt16(pagesWide), 0) }
    if repeatingRows > 0 {
      try XLSXError.check(
        worksheet_repeat_rows(handle, 0, lxw_row_t(repeatingRows - 1)),
        "repeating rows on the pages of \(name)")
    }
  }

  /// The C row and column of a cell, checked against Excel's grid and the workbook's state.
  private func cell(_ row: Int, _ column: Int) throws(XLSXError) -> (lxw_row_t, lxw_col_t) {
    guard workbook.isOpen else { throw .closed }
    guard (0..<Self.rowCount).contains(row), (0..<Self.columnCount).contains(column) else {
      throw .cellOutOfRange(row: row, column: column)
    }
    return (lxw_row_t(row), lxw_col_t(column))
  }
}
