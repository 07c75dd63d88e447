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
        "\(name) must be a finite number (\(range.expectation)), found \(scalar.shortText)")
      return nil
    }
    if range.isSlip(value) {
      error(
        at: node.mark,
        "\(name) is \(scalar.shortText), too small to be a real figure; write 0 or a number "
          + "of at least \(NumberRange.smallest.formattedPlain) (\(range.expectation))")
      return nil
    }
    guard range.contains(value) else {
      error(at: node.mark, "\(name) must be \(range.expectation), found \(scalar.shortText)")
      return nil
    }
    return value
  }

  /// A whole number within `range`, given plainly or as `{value: X, source: "..."}`.
  func integer(_ node: Yams.Node, named name: String, _ range: ClosedRange<Int>) -> Int? {
    if case .mapping = node {
      guard let reader = ObjectReader(node, what: name, allowed: ["value"], context: self)
      else { return nil }
      return reader.integer("value", range, required: true)
    }
    let expectation = "a whole number from \(range.lowerBound) to \(range.upperBound)"
    guard case .scalar(let scalar) = node, let value = PlainScalar.integer(scalar) else {
      error(at: node.mark, "\(name) must be \(expectation), found \(node.kindName)")
      return nil
    }
    guard range.contains(value) else {
      error(at: node.mark, "\(name) must be \(expectation), found \(value)")
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
    guard sink.spend(items.count, at: location(node.mark)) else { return nil }
    var result: [(String, Mark?)] = []
    for item in items {
      guard case .scalar(let scalar) = item, !PlainScalar.isNull(item), !scalar.string.isEmpty
      else {
        error(at: item.mark, "each entry of \(name) must be text, found \(item.kindName)")
        continue
      }
      if let control = scalar.string.controlCharacter {
        error(at: item.mark, "an entry of \(name) holds the control character \(control)")
        continue
      }
      result.append((scalar.string, item.mark))
    }
    return result
  }
}
