import CorridorInput
import Foundation

/// The text of a data file as whitespace-separated tokens, each with its line number.
///
/// Spaces, tabs, carriage returns and line feeds all separate tokens, so CRLF files and files
/// that wrap rows over several lines read the same.
struct HubDataText {
  let path: String
  let tokens: [(text: Substring, line: Int)]
  /// The last line with content (where a truncated file ends), or 0 for an empty file.
  let lastLine: Int
  private(set) var position = 0

  /// The largest hub data file accepted: the largest AP instance (1,000 nodes) takes about
  /// 10 MB.
  static let maximumBytes = 64 * 1024 * 1024

  /// Reads a file, refusing binary or non-UTF-8 content.
  init(path: String) throws(HubDataError) {
    let text = try Self.readText(path: path, expected: "a hub-location data file")
    self.init(path: path, text: text)
  }

  /// The text of a data file: a regular file of at most ``maximumBytes``, in UTF-8.
  static func readText(path: String, expected: String) throws(HubDataError) -> String {
    let data: Data
    do {
      data = try InputFile.read(path: path, maximumBytes: maximumBytes)
    } catch {
      throw HubDataError(file: path, line: 0, "\(error.description); expected \(expected)")
    }
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      throw HubDataError(file: path, line: 0, "file is not text; expected \(expected)")
    }
    return text
  }

  /// Splits text already read.
  init(path: String, text: String) {
    self.path = path
    var tokens: [(text: Substring, line: Int)] = []
    var lineNumber = 0
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak) {
      lineNumber += 1
      for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
        tokens.append((text: token, line: lineNumber))
      }
    }
    self.tokens = tokens
    lastLine = tokens.last?.line ?? 0
  }

  var isAtEnd: Bool { position >= tokens.count }

  /// The next token, or an error naming what was expected where the file ends.
  mutating func next(_ what: String) throws(HubDataError) -> (text: Substring, line: Int) {
    guard position < tokens.count else {
      throw HubDataError(
        file: path, line: lastLine,
        "the file ends \(lastLine > 0 ? "after this line" : "before any data"); expected \(what) (is it truncated?)"
      )
    }
    defer { position += 1 }
    return tokens[position]
  }

  /// The next token as a number in `range` (always finite).
  mutating func number(_ what: String, in range: ClosedRange<Double>) throws(HubDataError)
    -> Double
  {
    let token = try next(what)
    guard let value = Double(token.text), value.isFinite, range.contains(value) else {
      throw HubDataError(
        file: path, line: token.line,
        "\(what) is '\(token.text.prefix(40))'; expected a number from "
          + "\(LimitText.text(range.lowerBound)) to \(LimitText.text(range.upperBound))")
    }
    return value
  }

  /// The next token as a whole number in a range.
  mutating func integer(_ what: String, in range: ClosedRange<Int>) throws(HubDataError) -> Int {
    let token = try next(what)
    guard let value = Int(token.text), range.contains(value) else {
      throw HubDataError(
        file: path, line: token.line,
        "\(what) is '\(token.text.prefix(40))'; expected a whole number from \(range.lowerBound) to \(range.upperBound)"
      )
    }
    return value
  }

  /// Fails if tokens remain.
  func expectEnd(after what: String) throws(HubDataError) {
    guard position < tokens.count else { return }
    let token = tokens[position]
    throw HubDataError(
      file: path, line: token.line,
      "unexpected '\(token.text.prefix(40))' after \(what); expected the end of the file")
  }
}

/// Whether a character ends a line: LF, or CRLF (one `Character` in Swift).
func isLineBreak(_ character: Character) -> Bool {
  character == "\n" || character == "\r\n"
}
