import Foundation
import Yams

/// Reads the keys of one YAML mapping with checks, reporting every problem to a sink.
///
/// Each accessor returns `nil` after reporting when a value is missing, of the wrong type or
/// out of range, so decoding continues and all problems in a file are reported in one pass.
struct ObjectReader {
  /// Keys every object accepts: provenance notes that the engine keeps but does not interpret.
  static let noteKeys: Set<String> = ["source", "note", "estimate"]

  let pairs: [(key: String, keyNode: Yams.Node, value: Yams.Node)]
  let mark: Mark?
  let what: String
  let context: DecodingContext

  /// Reads `node` as a mapping describing `what` (for example "node 'ALT'").
  ///
  /// Reports non-mappings, non-string keys and keys outside `allowed`. (Duplicate keys are
  /// reported by the parser, before decoding.)
  init?(_ node: Yams.Node, what: String, allowed: Set<String>, context: DecodingContext) {
    // Once the budget is spent, every later mapping costs nothing, however many aliases
    // repeat it.
    guard !context.sink.budgetSpent else { return nil }
    guard case .mapping(let mapping) = node else {
      guard context.sink.spend(at: context.location(node.mark)) else { return nil }
      context.error(
        at: node.mark, "expected a mapping (key: value lines) for \(what), found \(node.kindName)")
      return nil
    }
    // The keys written are charged before they are copied, the merged ones after.
    guard context.sink.spend(1 + mapping.count, at: context.location(node.mark)) else {
      return nil
    }
    var budget = Self.mergeBudget
    let flattened = Self.flatten(mapping, what: what, context: context, budget: &budget)
    guard
      context.sink.spend(
        max(0, flattened.count - mapping.count), at: context.location(node.mark))
    else { return nil }
    self.what = what
    self.mark = node.mark
    self.context = context
    let known = allowed.union(Self.noteKeys)
    var pairs: [(key: String, keyNode: Yams.Node, value: Yams.Node)] = []
    for (keyNode, value) in flattened {
      guard let key = keyNode.scalar?.string else {
        context.error(
          at: keyNode.mark, "expected a plain text key in \(what), found \(keyNode.kindName)")
        continue
      }
      guard known.contains(key) else {
        context.error(
          at: keyNode.mark,
          "unknown key '\(key)' in \(what)\(Spelling.hint(for: key, among: allowed.sorted()))"
            + "; expected one of: \(allowed.sorted().joined(separator: ", "))")
        continue
      }
      pairs.append((key, keyNode, value))
    }
    self.pairs = pairs
    if pairs.contains(where: { $0.key == "source" }) { context.sink.sourcedEntries += 1 }
    if pairs.contains(where: {
      $0.key == "estimate" && $0.value.scalar.flatMap(PlainScalar.bool) == true
    }) {
      context.sink.estimatedEntries += 1
    }
  }

  /// The most keys one object may take in through `<<` merge keys, nested merges included.
  static let mergeBudget = 1000

  /// The mapping's pairs with YAML merge keys (`<<: *defaults`) expanded.
  ///
  /// Keys written in the mapping win over merged ones, and earlier merged mappings over later
  /// ones, as the YAML merge-key convention says. Every merged key counts against `budget`,
  /// so merges of merges of aliases cannot grow the work beyond it.
  private static func flatten(
    _ mapping: Yams.Node.Mapping, what: String, context: DecodingContext, budget: inout Int
  ) -> [(Yams.Node, Yams.Node)] {
    var explicit: [(Yams.Node, Yams.Node)] = []
    var merges: [Yams.Node] = []
    for (key, value) in mapping {
      if case .scalar(let scalar) = key, scalar.string == "<<", PlainScalar.isPlain(scalar) {
        merges.append(value)
      } else {
        explicit.append((key, value))
      }
    }
    guard !merges.isEmpty else { return explicit }
    var seen = Set(explicit.compactMap { $0.0.scalar?.string })
    var result = explicit
    for value in merges {
      let sources: [Yams.Node]
      switch value {
      case .mapping: sources = [value]
      case .sequence(let items): sources = Array(items.prefix(budget + 1))
      default:
        context.error(
          at: value.mark, "a merge key '<<' in \(what) takes a mapping or a list of mappings")
        continue
      }
      for source in sources {
        guard case .mapping(let inner) = source else {
          context.error(at: source.mark, "a merge key '<<' in \(what) takes mappings only")
          continue
        }
        budget -= inner.count + 1
        guard budget >= 0 else {
          context.error(
            at: source.mark,
            "\(what) takes more than \(mergeBudget) keys through merge keys '<<'; simplify "
              + "the anchors")
          budget = Int.min / 2
          return result
        }
        for (key, value) in flatten(inner, what: what, context: context, budget: &budget) {
          guard let name = key.scalar?.string, seen.insert(name).inserted else { continue }
          result.append((key, value))
        }
        if budget < 0 { return result }
      }
    }
    return result
  }

  /// The location of the mapping itself.
  var location: SourceLocation { context.location(mark) }

  /// Whether the key is present.
  func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

  /// The raw value of a key.
  func value(_ key: String) -> Yams.Node? { pairs.first { $0.key == key }?.value }

  /// The location of a key's value, or of the mapping when the key is absent.
  func location(of key: String) -> SourceLocation {
    context.location(value(key)?.mark ?? mark)
  }

  /// Reports a missing required key.
  func missing(_ key: String, expected: String) {
    context.error(at: mark, "missing required key '\(key)' in \(what); expected \(expected)")
  }

  /// The names in other languages: `name_ru`, `name_tr`, by language code.
  func otherNames() -> [String: String] {
    var names: [String: String] = [:]
    for language in ["ru", "tr"] {
      if let name = string("name_" + language) { names[language] = name }
    }
    return names
  }

  /// A text value.
  func string(_ key: String, required: Bool = false) -> String? {
    guard let node = value(key) else {
      if required { missing(key, expected: "a text value") }
      return nil
    }
    guard case .scalar(let scalar) = node, !PlainScalar.isNull(node) else {
      context.error(
        at: node.mark, "'\(key)' in \(what) must be text, found \(node.kindName)")
      return nil
    }
    var text = scalar.string
    if let control = text.controlCharacter {
      context.error(
        at: node.mark, "'\(key)' in \(what) holds the control character \(control); remove it")
      return nil
    }
    if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
      text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    if text.isEmpty {
      context.error(at: node.mark, "'\(key)' in \(what) must not be empty")
      return nil
    }
    return text
  }

  /// An identifier: text without spaces.
  func identifier(_ key: String, required: Bool = false) -> String? {
    guard let text = string(key, required: required) else { return nil }
    if text.count > 200 {
      context.error(
        at: value(key)?.mark,
        "'\(key)' in \(what) is \(text.count) characters long; identifiers are at most 200")
      return nil
    }
    if text.contains(where: { $0.isWhitespace }) {
      context.error(
        at: value(key)?.mark,
        "'\(key)' in \(what) must be an identifier without spaces, found '\(text)'")
      return nil
    }
    return text
  }

  /// A number, given plainly or as `{value: X, source: "..."}`, checked against a range.
  func number(_ key: String, _ range: NumberRange, required: Bool = false) -> Double? {
    guard let node = value(key) else {
      if required { missing(key, expected: range.expectation) }
      return nil
    }
    return context.number(node, named: "'\(key)' in \(what)", range)
  }

  /// A whole number within `range`.
  func integer(_ key: String, _ range: ClosedRange<Int>, required: Bool = false) -> Int? {
    guard let node = value(key) else {
      if required {
        missing(key, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
      }
      return nil
    }
    return context.integer(node, named: "'\(key)' in \(what)", range)
  }

  /// A boolean (`true` or `false`).
  func bool(_ key: String) -> Bool? {
    guard let node = value(key) else { return nil }
    guard let flag = node.scalar.flatMap(PlainScalar.bool) else {
      context.error(
        at: node.mark, "'\(key)' in \(what) must be true or false, found \(node.kindName)")
      return nil
    }
    return flag
  }

  /// One of a fixed set of words.
  func choice<T>(_ key: String, _ options: [(String, T)], required: Bool = false) -> T? {
    guard let text = string(key, required: required) else { return nil }
    if let match = options.first(where: { $0.0 == text }) { return match.1 }
    let names = options.map(\.0)
    context.error(
      at: value(key)?.mark,
      "'\(key)' in \(what) is '\(text)'\(Spelling.hint(for: text, among: names)); expected one "
        + "of: \(names.joined(separator: ", "))")
    return nil
  }

  /// A sequence of items; a missing key gives `nil` (reported when required).
  func sequence(_ key: String, required: Bool = false) -> [Yams.Node]? {
    guard let node = value(key) else {
      if required { missing(key, expected: "a list") }
      return nil
    }
    guard case .sequence(let items) = node else {
      context.error(at: node.mark, "'\(key)' in \(what) must be a list, found \(node.kindName)")
      return nil
    }
    guard context.sink.spend(items.count, at: context.location(node.mark)) else { return nil }
    return Array(items)
  }
}

extension String {
  /// "U+001B (written as an escape?)" for the first control character other than a line
  /// feed or a tab, which YAML escapes such as `"\e"` or `"\0"` can put into a text.
  var controlCharacter: String? {
    guard
      let scalar = unicodeScalars.first(where: {
        $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t"
      })
    else { return nil }
    return scalar.codePoint + " (written as an escape?)"
  }
}

extension Unicode.Scalar {
  /// "U+001B": the scalar's code point as messages write it.
  var codePoint: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

extension Yams.Node.Scalar {
  /// The scalar's text, cut to 40 characters for messages.
  var shortText: String { string.count > 40 ? String(string.prefix(40)) + "…" : string }
}

extension Yams.Node {
  /// "a list", "a mapping", "text 'abc'", "nothing" — for messages.
  var kindName: String {
    switch self {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
      if PlainScalar.isNull(self) { return "nothing (null)" }
      return "'\(scalar.shortText)'"
    }
  }
}
