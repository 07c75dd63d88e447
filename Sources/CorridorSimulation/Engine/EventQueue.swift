/// The future-event list of a discrete-event simulation.
///
/// Events come out in order of time, then priority (lower first), then the order they were
/// scheduled in, so runs are reproducible whatever the heap does with ties. The order is kept
/// by an ``EventHeap`` of small keys; payloads wait in slots (reused as events leave) and do
/// not move with the heap: O(log n) to schedule and to take the next event. An event whose
/// priority, sequence or slot does not fit a small key moves every key to a ``WideEventHeap``
/// for the rest of the run.
public struct EventQueue<Payload> {
  private var heap = EventHeap()
  /// The keys, once some event has not fitted the small ones.
  private var wideHeap: WideEventHeap?
  private var payloads: [Payload?] = []
  /// Slots of `payloads` free for the next events.
  private var freeSlots = FreeSlots()
  private var sequence: UInt64 = 0

  /// An empty list.
  public init() {}

  /// The number of events waiting.
  public var count: Int { wideHeap?.count ?? heap.count }

  /// Whether no event is waiting.
  public var isEmpty: Bool { count == 0 }

  /// Schedules an event.
  public mutating func schedule(at time: Double, priority: Int = 0, _ payload: Payload) {
    let slot: Int32
    if let free = freeSlots.pop() {
      slot = free
      payloads[Int(slot)] = payload
    } else {
      slot = Int32(payloads.count)
      payloads.append(payload)
    }
    if wideHeap == nil,
      let key = EventKey(time: time, priority: priority, sequence: sequence, slot: slot)
    {
      heap.insert(key)
    } else {
      let key = WideEventKey(time: time, priority: priority, sequence: sequence, slot: slot)
      insertWide(key)
    }
    sequence &+= 1
  }

  /// Adds a key to the wide heap, first moving the small keys there if it is not in use yet.
  private mutating func insertWide(_ key: WideEventKey) {
    var wide = wideHeap ?? WideEventHeap()
    wideHeap = nil
    while let small = heap.popMin() { wide.insert(small.wide) }
    wide.insert(key)
    wideHeap = wide
  }

  /// Removes and returns the next event.
  public mutating func next() -> (time: Double, payload: Payload)? {
    let time: Double
    let slot: Int32
    if wideHeap == nil {
      guard let key = heap.popMin() else { return nil }
      (time, slot) = (key.time, key.slot)
    } else {
      guard let key = wideHeap?.popMin() else { return nil }
      (time, slot) = (key.time, key.slot)
    }
    freeSlots.push(slot)
    guard let payload = payloads[Int(slot)].take() else {
      preconditionFailure("an event without its payload")
    }
    return (time, payload)
  }
}
