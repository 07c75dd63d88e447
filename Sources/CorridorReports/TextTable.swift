/// A plain-text table with aligned columns, for terminal output.
public struct TextTable: Sendable {
  /// How a column's cells are aligned.
  public enum Alignment: Sendable {
    case left
    case right
  }

  /// The column headers.
  public var headers: [String]
  /// The alignment of each column.
  public var alignments: [Alignment]
  /// The rows, each with one cell per column.
  public var rows: [[String]] = []

  /// Creates an empty table; columns align left unless given.
  public init(headers: [String], alignments: [Alignment]? = nil) {
    self.headers = headers
    self.alignments = alignments ?? headers.map { _ in .left }
  }

  /// Adds a row; missing cells are left blank.
  public mutating func append(_ row: [String]) { rows.append(row) }

  /// The table as lines of text, with a rule under the header.
  public func render(indent: String = "  ") -> String {
    let all = [headers] + rows
    let widths = headers.indices.map { c in
      all.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      let padded = headers.indices.map { c -> String in
        let cell = c < cells.count ? cells[c] : ""
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        return alignments[c] == .right ? pad + cell : cell + pad
      }
      let text = padded.joined(separator: "  ")
      return indent + String(text.reversed().drop { $0 == " " }.reversed())
    }
    let rule = indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
  }
}
