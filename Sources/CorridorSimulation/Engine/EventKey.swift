/// Where an event stands in the future-event list, in 16 bytes: its time, and one word that
/// holds its priority, its scheduling order and the slot of its payload.
///
/// The time is kept as its bit pattern, which for the times a key takes (see
/// ``init(time:priority:sequence:slot:)``) orders as the time does, so that both words
/// compare as integers. The word orders as `(priority, sequence)` (sequences are unique, so
/// the slot below them never decides), so that comparing two keys is two comparisons; a heap
/// of them takes half the cache of the separate fields. Events whose fields do not fit use
/// ``WideEventKey``.
struct EventKey {
  /// The bit pattern of the time.
  private var timeBits: UInt64
  /// `priority + 8` in the top 4 bits, the sequence in the next 36, the slot in the low 24.
  private var order: UInt64

  private static let slotBits: UInt64 = 24
  private static let sequenceBits: UInt64 = 36
  private static let priorityBias = 8

  /// The key of an event, or `nil` when its time has its sign bit set (negative times and
  /// -0) or is not a number, its priority is outside -8..<8, its sequence reaches 2³⁶ or its
  /// slot 2²⁴.
  ///
  /// Among doubles with the sign bit clear and not NaN, the bit patterns order as the values,
  /// and equal values have equal patterns.
  init?(time: Double, priority: Int, sequence: UInt64, slot: Int32) {
    guard time.sign == .plus, !time.isNaN, priority >= -Self.priorityBias,
      priority < Self.priorityBias, sequence < 1 << Self.sequenceBits, slot >= 0,
      slot < 1 << Self.slotBits
    else { return nil }
    timeBits = time.bitPattern
    order =
      UInt64(priority + Self.priorityBias) << (Self.sequenceBits + Self.slotBits)
      | sequence << Self.slotBits | UInt64(slot)
  }

  /// When the event happens.
  var time: Double { Double(bitPattern: timeBits) }

  /// Where the payload waits (see ``EventQueue``).
  var slot: Int32 { Int32(truncatingIfNeeded: order & (1 << Self.slotBits - 1)) }

  /// The same key with its fields apart.
  var wide: WideEventKey {
    WideEventKey(
      time: time, priority: Int(order >> (Self.sequenceBits + Self.slotBits)) - Self.priorityBias,
      sequence: (order >> Self.slotBits) & (1 << Self.sequenceBits - 1), slot: slot)
  }

  /// Whether this event comes before `other`: earlier, then lower priority, then scheduled
  /// first (the order of the tuple comparison `(time, priority, sequence) <`).
  ///
  /// Both comparisons are made and combined without branches, which the processor could not
  /// predict in a heap.
  @inline(__always)
  func precedes(_ other: EventKey) -> Bool {
    let earlier = timeBits < other.timeBits
    let sameTime = timeBits == other.timeBits
    let before = order < other.order
    return earlier || (sameTime && before)
  }
}

/// An event key with its fields apart, for events whose time, priority, sequence or slot do not
/// fit an ``EventKey``.
struct WideEventKey {
  var time: Double
  var priority: Int
  var sequence: UInt64
  /// Where the payload waits (see ``EventQueue``).
  var slot: Int32

  /// Whether this event comes before `other`: the order of the tuple comparison
  /// `(time, priority, sequence) <`.
  func precedes(_ other: WideEventKey) -> Bool {
    if time != other.time { return time < other.time }
    if priority != other.priority { return priority < other.priority }
    return sequence < other.sequence
  }
}
