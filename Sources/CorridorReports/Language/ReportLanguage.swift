/// A language a brief can be written in, with its conventions for numbers.
public enum ReportLanguage: String, CaseIterable, Sendable {
  /// English, the default: `12,345.6`.
  case english = "en"
  /// Russian: `12 345,6`, with a no-break space between groups.
  case russian = "ru"
  /// Turkish: `12.345,6`.
  case turkish = "tr"

  /// The separator between groups of three digits.
  public var groupSeparator: String {
    switch self {
    case .english: ","
    case .russian: "\u{00A0}"
    case .turkish: "."
    }
  }

  /// The decimal separator.
  public var decimalSeparator: String {
    switch self {
    case .english: "."
    case .russian, .turkish: ","
    }
  }

  /// `text`, a number written in English conventions (`12,345.6`), in this language's.
  public func number(_ text: String) -> String {
    guard self != .english else { return text }
    var out = ""
    for character in text {
      switch character {
      case ",": out += groupSeparator
      case ".": out += decimalSeparator
      case "-": out += "−"
      default: out.append(character)
      }
    }
    return out
  }
}
