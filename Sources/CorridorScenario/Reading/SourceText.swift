import CorridorInput
import Foundation

/// The text of a scenario file, checked to be something a YAML parser may safely read.
///
/// The checks run before any parsing, in time linear in the file size: a size limit,
/// binary content, invalid UTF-8, and shapes that could make parsing blow up (see
/// ``StructureScan``).
struct SourceText {
  /// The largest scenario file accepted (bytes).
  static let maximumBytes = 16 * 1024 * 1024

  let path: String
  let text: String

  /// Reads and checks a file, reporting problems to `sink`; `nil` when it cannot be parsed.
  static func read(path: String, url: URL, sink: DiagnosticSink) -> SourceText? {
    let start = SourceLocation(file: path, line: 1, column: 1)
    let data: Data
    do {
      data = try InputFile.read(path: url.path, maximumBytes: maximumBytes)
    } catch .notRegular(let kind) {
      // A named pipe or a device would block or never end: only regular files are read.
      sink.error(
        start,
        "'\(path)' is \(kind), not a regular file; save the scenario to a file and give its path")
      return nil
    } catch .tooLarge {
      sink.error(
        start,
        "file is larger than \(maximumBytes / 1024 / 1024) MB; a scenario file is expected to be "
          + "a few MB at most (split a large network into a base scenario and variants)")
      return nil
    } catch {
      sink.error(start, error.description)
      return nil
    }
    return check(data: data, path: path, sink: sink)
  }

  /// Checks bytes already in memory.
  ///
  /// A leading UTF-8 byte-order mark (what Windows Notepad writes) is dropped, and Windows
  /// line ends (CR LF) become LF, so that positions count the same in every file.
  static func check(data raw: Data, path: String, sink: DiagnosticSink) -> SourceText? {
    let data = normalized(raw)
    if let nul = data.firstIndex(of: 0) {
      let place = position(ofByte: nul - data.startIndex, in: data, path: path)
      sink.error(
        place, "file contains binary data (a NUL byte); expected a YAML text file in UTF-8")
      return nil
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      let bad = firstInvalidUTF8Offset(data)
      sink.error(
        position(ofByte: bad, in: data, path: path),
        "file is not valid UTF-8 text; save it as UTF-8 (expected a YAML scenario)")
      return nil
    }
    if let control = firstControlCharacter(in: text) {
      sink.error(
        SourceLocation(file: path, line: control.line, column: control.column),
        "control character \(control.code) is not allowed in a YAML file; delete it (it is "
          + "invisible in most editors; it often comes from text pasted from a terminal or a PDF)")
      return nil
    }
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      sink.error(
        SourceLocation(file: path, line: 1, column: 1),
        "file is empty; expected a scenario mapping starting with 'scenario: <id>'")
      return nil
    }
    if let problem = StructureScan.firstProblem(in: data) {
      sink.error(
        SourceLocation(file: path, line: problem.line, column: problem.column), problem.message)
      return nil
    }
    return SourceText(path: path, text: text)
  }

  /// The bytes without a leading byte-order mark, with CR LF line ends made LF.
  private static func normalized(_ data: Data) -> Data {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard bytes.contains(UInt8(ascii: "\r")) else { return Data(bytes) }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    for (i, byte) in bytes.enumerated() {
      if byte == UInt8(ascii: "\r"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") {
        continue
      }
      result.append(byte)
    }
    return Data(result)
  }

  /// The first character YAML does not allow (C0 and C1 controls other than tab, line feed,
  /// carriage return and next line; DEL; surrogates and non-characters), with its position.
  private static func firstControlCharacter(in text: String)
    -> (line: Int, column: Int, code: String)?
  {
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      let v = scalar.value
      // The line breaks of YAML 1.1, as the parser counts them (CR LF is LF by now).
      if v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029 {
        line += 1
        column = 1
        continue
      }
      let allowed =
        v == 0x09 || (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v)
        || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
      if !allowed { return (line, column, scalar.codePoint) }
      column += 1
    }
    return nil
  }

  /// The line and column of a byte offset, counting columns in Unicode scalars where possible.
  private static func position(ofByte offset: Int, in data: Data, path: String) -> SourceLocation {
    var line = 1
    var lineStart = 0
    for (i, byte) in data.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
      line += 1
      lineStart = i + 1
    }
    // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
    let column =
      data[(data.startIndex + lineStart)..<(data.startIndex + offset)].count {
        $0 & 0xC0 != 0x80
      } + 1
    return SourceLocation(file: path, line: line, column: column)
  }

  /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
  private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
    let bytes = [UInt8](data)
    var i = 0
    while i < bytes.count {
      let lead = bytes[i]
      let length =
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
      guard length > 0, i + length <= bytes.count else { return i }
      for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      // Overlong, surrogate and out-of-range sequences that the lead byte alone allows.
      if length == 3, (lead == 0xE0 && bytes[i + 1] < 0xA0) || (lead == 0xED && bytes[i + 1] > 0x9F)
      {
        return i
      }
      if length == 4, (lead == 0xF0 && bytes[i + 1] < 0x90) || (lead == 0xF4 && bytes[i + 1] > 0x8F)
      {
        return i
      }
      i += length
    }
    return bytes.count
  }
}
