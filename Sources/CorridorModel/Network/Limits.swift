/// The ranges the engine accepts for figures whose size drives its work or memory.
///
/// They are far beyond any real facility, so they only stop input mistakes (a misplaced
/// exponent, a unit slip) from turning into hour-long loops or huge allocations.
public enum Limits {
  /// Lanes, booths, bays or tracks of one checkpoint stage.
  public static let maximumLanes = 10_000
  /// Departures per week of one ferry service.
  public static let maximumSailingsPerWeek = 1_000.0
  /// TEU in one processed unit (truck, train).
  public static let teuPerUnit = 0.1...1_000.0
}

extension Double {
  /// The nearest whole number within `range`; NaN gives the range's lower end.
  public func clampedInt(_ range: ClosedRange<Int>) -> Int {
    guard !isNaN else { return range.lowerBound }
    if self <= Double(range.lowerBound) { return range.lowerBound }
    if self >= Double(range.upperBound) { return range.upperBound }
    return Int(rounded())
  }
}
