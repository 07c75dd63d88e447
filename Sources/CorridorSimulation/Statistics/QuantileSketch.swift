import Histogram

/// Streaming quantiles (p50, p95…) of non-negative durations in bounded memory.
///
/// Values are recorded in an HdrHistogram (Gil Tene's high dynamic range histogram) at a
/// resolution of one second with three significant digits, so any quantile is exact to within
/// 0.1 % of its value (or one second), whatever the number of values; memory depends only on
/// the range of values, not on how many there are.
///
/// The histogram is laid out for durations up to ``initialSeconds`` at the first value and
/// grows beyond only if it must: growing it a range at a time, as values come, goes through
/// the histogram package's unspecialised code element by element and cost more than all the
/// recording. The layout does not change any quantile.
public struct QuantileSketch: Sendable {
  /// The durations the histogram covers from the first value: 2²⁰ seconds, about 12 days.
  static let initialSeconds: UInt64 = 1 << 20
  private var histogram = Histogram<UInt64>(numberOfSignificantValueDigits: .three)

  /// An empty sketch.
  public init() {}

  /// Records a duration in hours (negative values count as 0).
  @inline(__always)
  public mutating func add(hours: Double) {
    // Durations beyond 10^15 seconds (30 million years) are recorded as that.
    let seconds = UInt64(min(max(0, hours * 3600), 1e15).rounded())
    if histogram.totalCount == 0 {
      histogram = Histogram(
        highestTrackableValue: Self.initialSeconds, numberOfSignificantValueDigits: .three)
      histogram.autoResize = true
    }
    _ = histogram.record(seconds)
  }

  /// The number of values.
  public var count: UInt64 { histogram.totalCount }

  /// The value (hours) below which the fraction `q` of values lie, `q` in 0…1.
  public func quantile(_ q: Double) -> Double {
    guard histogram.totalCount > 0 else { return 0 }
    return Double(histogram.valueAtPercentile(q * 100)) / 3600
  }
}
