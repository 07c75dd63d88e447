import Foundation
import Yams

/// What the decoders of one file share: the file's path and the diagnostic sink.
struct DecodingContext {
  let path: String
  let sink: DiagnosticSink

  func location(_ mark: Mark?) -> SourceLocation { YAMLDocument.location(mark, path) }

  func error(at mark: Mark?, _ message: @autoclosure () -> String) {
    sink.error(location(mark), message())
  }

  func warning(at mark: Mark?, _ message: @autoclosure () -> String) {
    sink.warning(location(mark), message())
  }

  /// A finite number in `range`, given plainly or as `{value: X, source: "..."}`.
  func number(_ node: Yams.Node, named name: String, _ range: NumberRange) -> Double? {
    if case .mapping = node {
      guard
        let reader = ObjectReader(node, what: name, allowed: ["value"], context: self)
      else { return nil }
      return reader.number("value", range, required: true)
    }
    guard case .scalar(let scalar) = node, let value = PlainScalar.number(scalar) else {
      error(at: node.mark, "\(name) must be \(range.expectation), found \(node.kindName)")
      return nil
    }
    guard value.isFinite else {
      error(
        at: node.mark,
        "\(name) must be a finite number (\(range.expectation)), found \(scalar.string)")
      return nil
    }
    guard range.contains(value) else {
      error(at: node.mark, "\(name) must be \(range.expectation), found \(scalar.string)")
      return nil
    }
    return value
  }

  /// A whole number at least `minimum` and at most `maximum`.
  func integer(_ node: Yams.Node, named name: String, minimum: Int, maximum: Int = .max) -> Int? {
    if case .mapping = node {
      guard let reader = ObjectReader(node, what: name, allowed: ["value"], context: self)
      else { return nil }
      return reader.integer("value", minimum: minimum, required: true)
    }
    guard case .scalar(let scalar) = node, let value = PlainScalar.integer(scalar) else {
      error(at: node.mark, "\(name) must be a whole number ≥ \(minimum), found \(node.kindName)")
      return nil
    }
    guard value >= minimum else {
      error(at: node.mark, "\(name) must be a whole number ≥ \(minimum), found \(value)")
      return nil
    }
    guard value <= maximum else {
      error(
        at: node.mark,
        "\(name) must be a whole number from \(minimum) to \(maximum), found \(value)")
      return nil
    }
    return value
  }

  /// A text list such as `[CN, KZ]`.
  func strings(_ node: Yams.Node, named name: String) -> [(String, Mark?)]? {
    guard case .sequence(let items) = node else {
      error(at: node.mark, "\(name) must be a list, found \(node.kindName)")
      return nil
    }
    var result: [(String, Mark?)] = []
    for item in items {
      guard case .scalar(let scalar) = item, !PlainScalar.isNull(item), !scalar.string.isEmpty
      else {
        error(at: item.mark, "each entry of \(name) must be text, found \(item.kindName)")
        continue
      }
      result.append((scalar.string, item.mark))
    }
    return result
  }
}
