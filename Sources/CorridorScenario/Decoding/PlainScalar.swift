import Yams

/// Reads YAML plain scalars as null, booleans and numbers without regular expressions.
///
/// The files are parsed with tag resolution switched off (Yams' default resolver runs up to
/// seven regular expressions per scalar, most of a large file's load time); the rules here
/// are the YAML 1.2 core schema's. Quoted scalars are always text, and only `true` and
/// `false` are booleans, so a country code such as `NO` stays text.
enum PlainScalar {
  /// The resolver used to parse scenario files: merge keys (`<<`) only.
  static let resolver = Resolver.basic.appending(.merge)

  static func isPlain(_ scalar: Yams.Node.Scalar) -> Bool {
    scalar.style == .plain || scalar.style == .any
  }

  /// Whether the node is an explicit or empty null (`~`, `null`, or nothing).
  static func isNull(_ node: Yams.Node) -> Bool {
    guard case .scalar(let scalar) = node, isPlain(scalar) else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// `true` or `false` in any of their core-schema spellings.
  static func bool(_ scalar: Yams.Node.Scalar) -> Bool? {
    guard isPlain(scalar) else { return nil }
    switch scalar.string {
    case "true", "True", "TRUE": return true
    case "false", "False", "FALSE": return false
    default: return nil
    }
  }

  /// A decimal integer such as `12`, `-3` or `+40`.
  static func integer(_ scalar: Yams.Node.Scalar) -> Int? {
    guard isPlain(scalar) else { return nil }
    let text = scalar.string
    let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(text.first == "+" ? String(digits) : text)
  }

  /// A number: an integer, a decimal with optional exponent, `.inf`, `-.inf` or `.nan`.
  static func number(_ scalar: Yams.Node.Scalar) -> Double? {
    guard isPlain(scalar) else { return nil }
    let text = scalar.string
    switch text {
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
    case "-.inf", "-.Inf", "-.INF": return -.infinity
    case ".nan", ".NaN", ".NAN": return .nan
    default: break
    }
    let allowed = text.allSatisfy { "0123456789+-.eE".contains($0) }
    guard allowed, text.contains(where: { $0.isNumber }) else { return nil }
    return Double(text)
  }

  /// The text of the string-valued key `key` in a mapping node, without resolving tags.
  static func peek(_ node: Yams.Node, _ key: String) -> String? {
    guard case .mapping(let mapping) = node else { return nil }
    for (k, v) in mapping where k.scalar?.string == key {
      if case .scalar(let scalar) = v { return scalar.string }
      return nil
    }
    return nil
  }
}
