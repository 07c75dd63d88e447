/// The rules Excel sets on worksheet names, checked before libxlsxwriter sees a name.
enum SheetName {
  /// The most characters a worksheet name may have.
  static let maximumLength = 31

  /// Why Excel refuses `name`, or nothing when it accepts it.
  static func problem(_ name: String) -> String? {
    if name.isEmpty { return "it is empty" }
    if name.unicodeScalars.count > maximumLength || name.utf16.count > maximumLength {
      return "it is longer than \(maximumLength) characters"
    }
    if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
      return "it holds '\(bad)'"
    }
    if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return "it holds a control character"
    }
    if name.hasPrefix("'") || name.hasSuffix("'") {
      return "it begins or ends with an apostrophe"
    }
    if folded(name) == "history" { return "Excel keeps the name History for itself" }
    return nil
  }

  /// The name as Excel compares names: case ignored.
  static func folded(_ name: String) -> String { name.lowercased() }
}
