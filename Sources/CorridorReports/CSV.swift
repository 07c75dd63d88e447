import CorridorModel

/// Comma-separated values with RFC 4180 quoting and locale-independent numbers.
public struct CSVTable: Sendable {
  /// The header row.
  public var header: [String]
  /// The data rows.
  public var rows: [[String]] = []

  /// Creates a table with a header.
  public init(header: [String]) { self.header = header }

  /// Adds a row.
  public mutating func append(_ row: [String]) { rows.append(row) }

  /// A number with up to `decimals` decimals, trailing zeros dropped (`12.5`, `3`).
  public static func number(_ value: Double, decimals: Int = 6) -> String {
    guard value.isFinite else { return "" }
    var text = NumberFormat.fixed(value, decimals: decimals)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// The table as text, one line per row, ending with a newline.
  public var text: String {
    ([header] + rows).map { row in
      row.map { cell in
        cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
          ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
      }.joined(separator: ",")
    }.joined(separator: "\n") + "\n"
  }
}
