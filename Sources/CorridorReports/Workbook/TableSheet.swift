import XLSX

/// A worksheet holding one CSV table: two header rows (the caption with its unit, then the
/// CSV column id), then the rows with typed cells.
///
/// The layout is worked out in full (captions in the report's language, number formats,
/// widths) before anything is written, so that writing is a plain walk over it.
struct TableSheet: Sendable {
  /// The worksheet's name.
  let name: String
  /// The CSV file the sheet holds.
  let file: String
  /// One caption per column, with its unit.
  let captions: [String]
  /// The CSV column ids.
  let ids: [String]
  /// The Excel number format of each column's numbers.
  let numberFormats: [String]
  /// Each column's width, in characters.
  let widths: [Double]
  /// The height of the caption row, in points, so that wrapped captions show whole.
  let captionHeight: Double
  /// The typed cells, row by row.
  let rows: [[TypedCell]]

  /// The style of the caption row.
  static let captionStyle = CellStyle(
    bold: true, fillColor: 0xE8EEF4, wrapsText: true, alignsTop: true)
  /// The style of the row of CSV column ids.
  static let idStyle = CellStyle(
    italic: true, fontSize: 9, fontColor: 0x595959, fillColor: 0xE8EEF4, bottomBorder: true)

  /// Lays out `table` on a sheet called `name`; captions follow the current phrasebook.
  init(_ table: NamedTable, name: String) {
    self.name = name
    file = table.name
    ids = table.table.header
    let meanings = ids.map {
      ColumnMeaning.of($0, file: table.name) ?? ColumnMeaning($0)
    }
    captions = meanings.map(\.caption)
    rows = table.table.rows.map { row in
      row.enumerated().map { column, text in
        TypedCell(text, kind: column < meanings.count ? meanings[column].kind : .quantity)
      }
    }
    var formats: [String] = []
    var widths: [Double] = []
    for (column, meaning) in meanings.enumerated() {
      let texts = table.table.rows.compactMap { column < $0.count ? $0[column] : nil }
      let decimals = texts.filter(TypedCell.isPlainNumber).map(TypedCell.decimals).max() ?? 0
      let format = TypedCell.numberFormat(kind: meaning.kind, decimals: decimals)
      formats.append(format)
      let widest =
        texts.map { text in
          TypedCell.isPlainNumber(text) && meaning.kind != .label
            ? Self.shownLength(text, format: format) : text.count
        }.max() ?? 0
      // Bold captions run about a tenth wider than the data's characters.
      let longestWord =
        (meaning.caption.split(separator: " ").map(\.count).max() ?? 0) * 11 / 10 + 1
      let width = [widest, ids[column].count, longestWord, 12].max() ?? 12
      widths.append(Double(min(width, 48) + 2))
    }
    numberFormats = formats
    self.widths = widths
    let lines = zip(captions, widths).map { Self.lines($0, width: Int($1) - 1) }.max() ?? 1
    captionHeight = Double(15 * max(lines, 1) + 3)
  }

  /// Writes the sheet into `workbook`.
  func write(to workbook: Workbook) throws(XLSXError) {
    let sheet = try workbook.addWorksheet(named: name)
    for (column, caption) in captions.enumerated() {
      try sheet.write(caption, row: 0, column: column, style: Self.captionStyle)
      try sheet.write(ids[column], row: 1, column: column, style: Self.idStyle)
      try sheet.setColumnWidth(widths[column], columns: column...column)
    }
    try sheet.setRowHeight(captionHeight, row: 0)
    let styles = numberFormats.map { CellStyle.plain.numberFormat($0) }
    for (r, row) in rows.enumerated() {
      for (column, cell) in row.enumerated() {
        switch cell {
        case .blank: continue
        case .number(let value):
          try sheet.write(
            value, row: r + 2, column: column,
            style: column < styles.count ? styles[column] : nil)
        case .text(let text): try sheet.write(text, row: r + 2, column: column)
        }
      }
    }
    try sheet.freezePanes(rows: 2, columns: captions.count > 1 ? 1 : 0)
    // Printed across A4, as wide as one page, with the two header rows on every page.
    try sheet.setPrintLayout(landscape: true, pagesWide: 1, repeatingRows: 2)
    if !captions.isEmpty {
      try sheet.setAutofilter(row: 1, columns: 0...(captions.count - 1), lastRow: rows.count + 1)
    }
  }

  /// About how many characters a number shows with `format`: digits, separators, decimals.
  static func shownLength(_ text: String, format: String) -> Int {
    let negative = text.hasPrefix("-") ? 1 : 0
    let integer = text.drop { $0 == "-" }.prefix { $0.isNumber }.count
    let decimals = format.split(separator: ".").last.map { $0.filter { $0 == "0" }.count } ?? 0
    let shownDecimals = format.contains(".") ? decimals : 0
    if format.hasSuffix("%") {
      return negative + 3 + (shownDecimals > 0 ? shownDecimals + 1 : 0) + 1
    }
    return negative + integer + (integer - 1) / 3 + (shownDecimals > 0 ? shownDecimals + 1 : 0)
  }

  /// The lines `text` takes when wrapped at word boundaries to `width` characters; a word
  /// longer than a line is broken over as many lines as it needs.
  static func lines(_ text: String, width: Int) -> Int {
    let width = max(width, 1)
    var lines = 1
    var used = 0
    for word in text.split(separator: " ") {
      let length = word.count
      if used > 0, used + 1 + length <= width {
        used += 1 + length
        continue
      }
      if used > 0 { lines += 1 }
      lines += (length - 1) / width
      used = length - (length - 1) / width * width
    }
    return lines
  }
}
