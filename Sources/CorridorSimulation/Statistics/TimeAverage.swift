/// The time integral of a quantity that changes at events, over the recorded period.
///
/// At each update the value held since the previous one is multiplied by the time it was held
/// and added, if the update falls in the recorded period (at or after `recordingFrom`); the
/// time-average is the integral over the length of that period. Updating at every event, even
/// with an unchanged value, splits the integral at each event time. The first update in the
/// recorded period adds the whole time since the previous update, warm-up hours included; a
/// quantity that is 0 through the warm-up (recorded consignments on the way) is unaffected.
struct TimeAverage {
  /// When recording starts (the end of the warm-up).
  let recordingFrom: Double
  /// The value held since the last update.
  private(set) var value = 0.0
  /// The integral of the value over time, in value × hours.
  private(set) var area = 0.0
  private var lastChange = 0.0

  /// Starts at value 0 at time 0.
  init(recordingFrom: Double) {
    self.recordingFrom = recordingFrom
  }

  /// Sets the value from `now` on, adding the old value's time since the last update.
  mutating func update(to newValue: Double, at now: Double) {
    if now >= recordingFrom { area += value * (now - lastChange) }
    lastChange = now
    value = newValue
  }

  /// Adds the current value's time up to the end of the run.
  mutating func close(at end: Double) {
    area += value * (end - lastChange)
    lastChange = end
  }
}
