/// The rule for a scenario's id, which names its report folder (`Reports/<id>/`).
///
/// An id is letters, digits, `.`, `-` and `_`, starting with a letter or a digit, and at most
/// ``maximumBytes`` bytes in UTF-8, so that it is one plain folder name with room for the
/// names made from it: never `..`, a path, a hidden folder or a control character.
public enum ScenarioID {
  /// The longest id in UTF-8 bytes (file names take 255).
  public static let maximumBytes = 100

  /// Whether `id` follows the rule.
  public static func isValid(_ id: String) -> Bool {
    guard id.utf8.count <= maximumBytes, let first = id.unicodeScalars.first,
      isLetterOrDigit(first)
    else { return false }
    return id.unicodeScalars.allSatisfy { isLetterOrDigit($0) || "._-".unicodeScalars.contains($0) }
  }

  /// `text` made into a valid id: other characters become `-`, a leading `.`, `-` or `_`
  /// goes; `fallback` when nothing is left.
  public static func sanitized(_ text: String, fallback: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(
        isLetterOrDigit(scalar) || "._-".unicodeScalars.contains(scalar) ? scalar : "-")
    }
    var result = String(String(scalars).drop { "._-".contains($0) })
    while result.utf8.count > maximumBytes { result.removeLast() }
    return isValid(result) ? result : fallback
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
  }
}
