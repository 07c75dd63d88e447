import Foundation

/// Label sizes for placement: a conservative guess of how wide DejaVu Sans sets a text.
enum LabelText {
  /// The labels' font size, pixels.
  static let fontSize = 8.0
  /// The height of one label line, pixels.
  static let lineHeight = 10.0

  /// How wide `text` is at `fontSize`, rounded up: DejaVu Sans is a wide face, so each
  /// character counts at or above its width there (capitals and wide letters more).
  static func width(_ text: String, fontSize: Double = fontSize) -> Double {
    var ems = 0.0
    for character in text {
      ems += em(character)
    }
    return (ems * fontSize + 2).rounded(.up)
  }

  /// A name short enough for a map: without a part in brackets, at most `limit` characters.
  static func short(_ name: String, limit: Int = 34) -> String {
    var text = name
    if let open = text.firstIndex(of: "("), open > text.startIndex {
      text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
    }
    if text.count > limit {
      text = String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
    return text
  }

  private static func em(_ character: Character) -> Double {
    if " .,:;'!|ilIjf()[]/·".contains(character) { return 0.4 }
    if "tr-".contains(character) { return 0.48 }
    if "mwMWШЩЖЮмшщжюМ@%—".contains(character) { return 1.0 }
    if character.isUppercase { return 0.8 }
    if character.isNumber { return 0.66 }
    return 0.66
  }
}
