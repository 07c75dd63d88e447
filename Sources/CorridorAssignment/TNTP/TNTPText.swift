import CorridorInput
import Foundation

/// The lines of a TNTP file split into its metadata and its data lines.
struct TNTPText {
  let path: String
  /// Metadata values by upper-case tag.
  var metadata: [String: (value: String, line: Int)] = [:]
  /// Data lines after `<END OF METADATA>`, without comments, as (line number, text).
  var body: [(line: Int, text: Substring)] = []

  /// The largest TNTP file accepted: 128 MB, many times the networks of the benchmark set
  /// (Chicago's sketch network and trips are under 1 MB), and small enough that the parsed
  /// lines stay within a few hundred MB of memory.
  static let maximumBytes = 128 * 1024 * 1024

  /// Reads a file, refusing binary or non-UTF-8 content.
  init(path: String) throws(TNTPError) {
    self.path = path
    let data: Data
    do {
      data = try InputFile.read(path: path, maximumBytes: Self.maximumBytes)
    } catch {
      throw TNTPError(file: path, line: 0, "\(error.description); expected a TNTP file")
    }
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      throw TNTPError(file: path, line: 0, "file is not text; expected a TNTP file")
    }
    var inBody = false
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = Self.trimmed(raw)
      if line.isEmpty || line.hasPrefix("~") { continue }
      if !inBody {
        guard line.hasPrefix("<"), let close = line.firstIndex(of: ">") else {
          throw TNTPError(
            file: path, line: index + 1,
            "expected a metadata line '<TAG> value' or '<END OF METADATA>', found '\(line.prefix(40))'"
          )
        }
        let tag = line[line.index(after: line.startIndex)..<close].uppercased()
          .trimmingCharacters(in: .whitespaces)
        if tag == "END OF METADATA" {
          inBody = true
          continue
        }
        let value = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
        metadata[tag] = (value, index + 1)
      } else {
        body.append((index + 1, line))
      }
    }
    if !inBody {
      throw TNTPError(file: path, line: 0, "no '<END OF METADATA>' line; is this a TNTP file?")
    }
  }

  /// The line without leading and trailing spaces, tabs and carriage returns (ASCII only,
  /// which is all TNTP files use around their fields).
  static func trimmed(_ line: Substring) -> Substring {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = line.firstIndex(where: { !blank($0) }),
      let last = line.lastIndex(where: { !blank($0) })
    else { return "" }
    return line[first...last]
  }

  /// A whole-number metadata value.
  func integer(_ tag: String, required: Bool = true) throws(TNTPError) -> Int? {
    guard let entry = metadata[tag] else {
      if required { throw TNTPError(file: path, line: 0, "missing metadata '<\(tag)>'") }
      return nil
    }
    guard let value = Int(entry.value) else {
      throw TNTPError(
        file: path, line: entry.line, "'<\(tag)>' is '\(entry.value)'; expected a whole number")
    }
    return value
  }
}

extension TNTPError {
  /// A number field that did not parse or is out of range.
  static func field(
    _ file: String, _ line: Int, _ name: String, _ text: Substring, expected: String
  )
    -> TNTPError
  {
    TNTPError(file: file, line: line, "\(name) is '\(text)'; expected \(expected)")
  }
}
