import Foundation

/// A bound of an input range as messages and documentation write it.
public enum LimitText {
  /// Numbers from 0.0001 to a million as they are ("1000", "0.01"), powers of ten outside
  /// that as "10^12", "-10^9" or "10^-6".
  public static func text(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
    if abs(value) >= 1e-4, abs(value) < 1e6 { return "\(value)" }
    let exponent = log10(abs(value))
    if exponent == exponent.rounded() { return (value < 0 ? "-" : "") + "10^\(Int(exponent))" }
    return String(format: "%g", value)
  }
}
