import Foundation
import ZIPFoundation

/// A workbook read back from its zip: each sheet's cells and the shared strings.
struct WorkbookReading {
  /// A cell as the sheet's XML holds it.
  enum Cell: Equatable {
    case number(Double)
    case text(String)
    /// A cell with a style and no value.
    case blank
  }

  /// The parts of the zip, by path.
  let parts: [String: String]
  /// The shared strings, in order.
  let strings: [String]

  init(path: String) throws {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      parts[entry.path] = String(decoding: data, as: UTF8.self)
    }
    self.parts = parts
    strings = Self.matches(
      #"<si><t[^>]*>([^<]*)</t></si>"#, in: parts["xl/sharedStrings.xml"] ?? ""
    )
    .map { Self.unescape($0[1]) }
  }

  /// The names of the sheets, in order.
  var sheetNames: [String] {
    Self.matches(#"<sheet name="([^"]*)""#, in: parts["xl/workbook.xml"] ?? "").map {
      Self.unescape($0[1])
    }
  }

  /// The cells of sheet `number` (from 1), by reference (`B3`).
  func cells(sheet number: Int) -> [String: Cell] {
    let xml = parts["xl/worksheets/sheet\(number).xml"] ?? ""
    var cells: [String: Cell] = [:]
    for match in Self.matches(#"<c r="([A-Z]+[0-9]+)"([^>]*?)(/>|>(.*?)</c>)"#, in: xml) {
      let attributes = match[2]
      let value = Self.matches(#"<v>([^<]*)</v>"#, in: match[4]).first?[1]
      if let value, attributes.contains(#"t="s""#), let index = Int(value) {
        cells[match[1]] = .text(strings[index])
      } else if let value, let number = Double(value) {
        cells[match[1]] = .number(number)
      } else {
        cells[match[1]] = .blank
      }
    }
    return cells
  }

  /// The reference of row `row` and column `column`, both from 0 (`A1` is 0, 0).
  static func reference(row: Int, column: Int) -> String {
    var letters = ""
    var n = column + 1
    while n > 0 {
      let unit = (n - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + unit))) + letters
      n = (n - 1) / 26
    }
    return "\(letters)\(row + 1)"
  }

  private static func matches(_ pattern: String, in text: String) -> [[String]] {
    guard
      let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).map { match in
      (0..<match.numberOfRanges).map { i in
        Range(match.range(at: i), in: text).map { String(text[$0]) } ?? ""
      }
    }
  }

  private static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
