import XLSX

/// The workbook's last sheet: what the report is, when and with what it was made, what the
/// numbers are, which sheet holds which CSV file, the scenario files with their SHA-256, and
/// the published figures the run is compared with.
struct SourcesSheet: Sendable {
  /// A row: its cells, and how it looks.
  struct Row: Sendable, Equatable {
    /// How a row looks.
    enum Look: Sendable, Equatable {
      case title, heading, plain
    }
    /// Texts, or numbers where a cell holds a count.
    var cells: [TypedCell]
    var look: Look
  }

  /// The sheet's name, in the report's language.
  let name: String
  /// The rows, top to bottom.
  let rows: [Row]

  /// The sheet for `tables` on the sheets `sheetNames`; texts follow the current phrasebook.
  init(
    name: String, tables: [NamedTable], sheetNames: [String], metadata: BriefMetadata,
    title: String
  ) {
    self.name = name
    func row(_ texts: String..., look: Row.Look = .plain) -> Row {
      Row(cells: texts.map { $0.isEmpty ? .blank : .text($0) }, look: look)
    }
    var rows = [
      row(t("Sources and notes"), look: .title), row(),
      row(t("Report"), title), row(t("Date"), metadata.date),
      row(t("Made with"), "corridor \(metadata.toolVersion)"),
      row(t("What the numbers are"), Self.numbersNote),
      row(t("Headers"), Self.headersNote), row(),
      row(t("Sheet"), t("CSV file"), t("Rows"), look: .heading),
    ]
    for (table, sheet) in zip(tables, sheetNames) {
      rows.append(
        Row(
          cells: [.text(sheet), .text(table.name), .number(Double(table.table.rows.count))],
          look: .plain))
    }
    rows += [row(), row(t("Scenario file"), t("SHA-256"), look: .heading)]
    rows += metadata.files.map { row($0.path, $0.sha256) }
    let figures = Self.publishedFigures(tables)
    if !figures.isEmpty {
      rows += [
        row(),
        row(t("Published figure compared with"), t("Source"), t("Year"), look: .heading),
      ]
      rows += figures.map { row($0.what, $0.source, $0.year) }
    }
    self.rows = rows
  }

  /// What the numbers of the tables are.
  static var numbersNote: String {
    t(
      "Flows (TEU/year) and shares of demand come from the equilibrium assignment of the "
        + "demand to routes. Times, queues and costs along the routes are simulated: each is "
        + "the mean over independent replications, and a column marked “95 % interval” gives "
        + "the half-width of its 95 % confidence interval (the mean plus or minus that value). "
        + "A 95th percentile is the mean over the replications of each one's 95th percentile.")
  }

  /// How the two header rows of a table sheet read.
  static var headersNote: String {
    t(
      "Each table sheet has two header rows: the caption with its unit, and under it the "
        + "column's name in the CSV file, which the filters use. Percentages are stored as "
        + "fractions (25 % as 0.25), as in the CSV files.")
  }

  /// The published figures the tables set the run beside: the observations of `fit.csv`
  /// and the observed times of `crossings.csv`, each once, in table order.
  static func publishedFigures(_ tables: [NamedTable]) -> [(
    what: String, year: String, source: String
  )] {
    var figures: [(what: String, year: String, source: String)] = []
    var seen: Set<[String]> = []
    for named in tables where named.name == "fit.csv" || named.name == "crossings.csv" {
      let header = named.table.header
      func column(_ id: String) -> Int? { header.firstIndex(of: id) }
      let isFit = named.name == "fit.csv"
      guard let source = column(isFit ? "source" : "observed_source"),
        let year = column(isFit ? "year" : "observed_year")
      else { continue }
      let what = (isFit ? ["id", "where"] : ["crossing", "direction", "observed_side"])
        .compactMap(column)
      for row in named.table.rows where source < row.count && !row[source].isEmpty {
        let label = what.compactMap { $0 < row.count && !row[$0].isEmpty ? row[$0] : nil }
          .joined(separator: isFit ? ": " : ", ")
        let figure = [label, year < row.count ? row[year] : "", row[source]]
        if seen.insert(figure).inserted { figures.append((figure[0], figure[1], figure[2])) }
      }
    }
    return figures
  }

  /// Writes the sheet into `workbook`.
  func write(to workbook: Workbook) throws(XLSXError) {
    let sheet = try workbook.addWorksheet(named: name)
    let styles: [Row.Look: CellStyle] = [
      .title: CellStyle(bold: true, fontSize: 14),
      .heading: CellStyle(bold: true, fillColor: 0xE8EEF4, bottomBorder: true),
      .plain: CellStyle(wrapsText: true, alignsTop: true),
    ]
    let widths = [34, 90, 12]
    for (column, width) in widths.enumerated() {
      try sheet.setColumnWidth(Double(width), columns: column...column)
    }
    try sheet.setPrintLayout(landscape: true, pagesWide: 1)
    for (r, row) in rows.enumerated() {
      let style = styles[row.look]
      for (column, cell) in row.cells.enumerated() {
        switch cell {
        case .blank: continue
        case .number(let value): try sheet.write(value, row: r, column: column, style: style)
        case .text(let text): try sheet.write(text, row: r, column: column, style: style)
        }
      }
      // A long text (a note, a path) wraps over several lines of its column.
      let lines =
        zip(row.cells, widths).map { cell, width in
          if case .text(let text) = cell { TableSheet.lines(text, width: width - 2) } else { 1 }
        }.max() ?? 1
      if row.look == .plain, lines > 1 { try sheet.setRowHeight(Double(15 * lines), row: r) }
    }
  }
}
