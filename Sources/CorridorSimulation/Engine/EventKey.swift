/// Where an event stands in the future-event list: its time, priority and scheduling order,
/// and the slot of its payload.
struct EventKey {
  var time: Double
  var priority: Int
  var sequence: UInt64
  /// Where the payload waits (see ``EventQueue``).
  var slot: Int32

  /// Whether this event comes before `other`: earlier, then lower priority, then scheduled
  /// first (the order of the tuple comparison `(time, priority, sequence) <`).
  @inline(__always)
  func precedes(_ other: EventKey) -> Bool {
    if time != other.time { return time < other.time }
    if priority != other.priority { return priority < other.priority }
    return sequence < other.sequence
  }
}
