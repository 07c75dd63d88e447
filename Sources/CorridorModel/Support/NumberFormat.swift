import Foundation

/// Locale-independent number formatting for reports, so output is byte-identical everywhere.
public enum NumberFormat {
  /// A number with a fixed count of decimals and thin grouping by commas (`12,345.6`).
  public static func grouped(_ value: Double, decimals: Int = 0) -> String {
    guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
    let text = String(format: "%.\(decimals)f", abs(value))
    let parts = text.split(separator: ".", maxSplits: 1)
    var integer = String(parts[0])
    var groups: [String] = []
    while integer.count > 3 {
      groups.insert(String(integer.suffix(3)), at: 0)
      integer.removeLast(3)
    }
    groups.insert(integer, at: 0)
    let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return sign + groups.joined(separator: ",") + fraction
  }

  /// A number in scientific notation with the given significant decimals (`2.3e-09`).
  public static func scientific(_ value: Double, decimals: Int = 1) -> String {
    guard value.isFinite else { return "n/a" }
    return String(format: "%.\(decimals)e", value)
  }

  /// A number with a fixed count of decimals, no grouping.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "n/a" }
    return String(format: "%.\(decimals)f", value)
  }

  /// `value` with `decimals` decimals and, when `signed`, a `+` before a positive value.
  public static func fixed(_ value: Double, decimals: Int, signed: Bool) -> String {
    let text = fixed(value, decimals: decimals)
    return signed && value.isFinite && !text.hasPrefix("-") && text != fixed(0, decimals: decimals)
      ? "+" + text : text
  }

  /// A number with three significant digits, grouped: `12,300`, `34.8`, `0.421`.
  public static func significant(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return fixed(value, decimals: 0) }
    if abs(value) < 1e-3 { return scientific(value, decimals: 2) }
    let digits = Int((log10(abs(value))).rounded(.down)) + 1
    let decimals = max(0, 3 - digits)
    guard digits > 3 else { return grouped(value, decimals: decimals) }
    let scale = pow(10, Double(digits - 3))
    return grouped((value / scale).rounded() * scale)
  }
}
