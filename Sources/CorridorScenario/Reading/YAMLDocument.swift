import Foundation
import Yams

/// Parses checked scenario text into a YAML node tree, turning parser errors into diagnostics.
enum YAMLDocument {
  /// The root node of the file's single document, or `nil` after reporting a problem.
  static func parse(_ source: SourceText, sink: DiagnosticSink) -> Yams.Node? {
    let start = SourceLocation(file: source.path, line: 1, column: 1)
    do {
      let parser = try Parser(
        yaml: source.text, resolver: PlainScalar.resolver, constructor: .default)
      guard let root = try parser.nextRoot() else {
        sink.error(
          start,
          "file has no YAML document; expected a scenario mapping starting with "
            + "'scenario: <id>'")
        return nil
      }
      if let extra = try parser.nextRoot() {
        sink.error(
          location(extra.mark, source.path),
          "file has more than one YAML document ('---'); a scenario file holds exactly one")
        return nil
      }
      return root
    } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
      let key = duplicates.first ?? ""
      let first = context.mark
      let second = secondOccurrence(of: key, after: first, in: source.text)
      sink.error(
        second.map { SourceLocation(file: source.path, line: $0.line, column: $0.column) }
          ?? location(first, source.path),
        "duplicate key '\(key)' (first given at line \(first.line), column \(first.column)); "
          + "each key may appear once in a mapping")
      return nil
    } catch let error as YamlError {
      let (mark, problem) = describe(error)
      sink.error(
        mark.map { location($0, source.path) } ?? start,
        "YAML syntax error: \(problem)")
      return nil
    } catch {
      sink.error(start, "YAML syntax error: \(error)")
      return nil
    }
  }

  static func location(_ mark: Mark?, _ path: String) -> SourceLocation {
    SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  /// Where `key` is written again as a key after its first occurrence at `first`.
  private static func secondOccurrence(of key: String, after first: Mark, in text: String)
    -> (line: Int, column: Int)?
  {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard first.line >= 1, first.line <= lines.count else { return nil }
    for index in (first.line - 1)..<lines.count {
      let line = lines[index]
      var searchStart = line.startIndex
      if index == first.line - 1 {
        // Skip the first occurrence itself.
        let skip = min(first.column - 1 + key.count, line.unicodeScalars.count)
        searchStart = line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: skip)
      }
      var rest = line[searchStart...]
      while let range = rest.range(of: key) {
        let after = line[range.upperBound...].drop { $0 == " " }
        let before = line[..<range.lowerBound].last
        if after.first == ":", before == nil || before == " " || before == "{" || before == "," {
          let column = line[..<range.lowerBound].unicodeScalars.count + 1
          return (index + 1, column)
        }
        rest = line[range.upperBound...]
      }
    }
    return nil
  }

  private static func describe(_ error: YamlError) -> (Mark?, String) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let contextText =
        context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
      return (mark, problem + contextText)
    case .reader(let problem, _, _, _):
      return (nil, problem)
    default:
      return (nil, "\(error)")
    }
  }
}
