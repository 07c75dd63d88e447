/// The future-event list of a discrete-event simulation.
///
/// Events come out in order of time, then priority (lower first), then the order they were
/// scheduled in, so runs are reproducible whatever the heap does with ties. The order is kept
/// by an ``EventHeap`` of small keys; payloads wait in slots (reused as events leave) and do
/// not move with the heap: O(log n) to schedule and to take the next event.
public struct EventQueue<Payload> {
  private var heap = EventHeap()
  private var payloads: [Payload?] = []
  /// Slots of `payloads` free for the next events.
  private var freeSlots = FreeSlots()
  private var sequence: UInt64 = 0

  /// An empty list.
  public init() {}

  /// The number of events waiting.
  public var count: Int { heap.count }

  /// Whether no event is waiting.
  public var isEmpty: Bool { heap.count == 0 }

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
    heap.insert(EventKey(time: time, priority: priority, sequence: sequence, slot: slot))
    sequence &+= 1
  }

  /// Removes and returns the next event.
  public mutating func next() -> (time: Double, payload: Payload)? {
    guard let key = heap.popMin() else { return nil }
    freeSlots.push(key.slot)
    guard let payload = payloads[Int(key.slot)].take() else {
      preconditionFailure("an event without its payload")
    }
    return (key.time, payload)
  }
}
