/// A table of a report with the name of its CSV file (`corridors.csv`).
///
/// The CSV files and the workbook's sheets are both made from one list of named tables, so
/// that they hold the same figures.
public struct NamedTable: Sendable {
  /// The CSV file's name.
  public var name: String
  /// The table.
  public var table: CSVTable

  /// Names a table.
  public init(_ name: String, _ table: CSVTable) {
    self.name = name
    self.table = table
  }

  /// The CSV file: its name and text.
  public var file: (name: String, text: String) { (name, table.text) }
}
