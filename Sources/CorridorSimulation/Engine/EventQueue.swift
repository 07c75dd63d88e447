import HeapModule

/// The future-event list of a discrete-event simulation.
///
/// Events come out in order of time, then priority (lower first), then the order they were
/// scheduled in, so runs are reproducible whatever the heap does with ties. Built on
/// swift-collections' `Heap`: O(log n) to schedule and to take the next event.
public struct EventQueue<Payload> {
  private struct Entry: Comparable {
    var time: Double
    var priority: Int
    var sequence: UInt64
    var payload: Payload

    static func < (a: Entry, b: Entry) -> Bool {
      (a.time, a.priority, a.sequence) < (b.time, b.priority, b.sequence)
    }

    static func == (a: Entry, b: Entry) -> Bool {
      (a.time, a.priority, a.sequence) == (b.time, b.priority, b.sequence)
    }
  }

  private var heap = Heap<Entry>()
  private var sequence: UInt64 = 0

  /// An empty list.
  public init() {}

  /// The number of events waiting.
  public var count: Int { heap.count }

  /// Whether no event is waiting.
  public var isEmpty: Bool { heap.isEmpty }

  /// Schedules an event.
  public mutating func schedule(at time: Double, priority: Int = 0, _ payload: Payload) {
    heap.insert(Entry(time: time, priority: priority, sequence: sequence, payload: payload))
    sequence &+= 1
  }

  /// Removes and returns the next event.
  public mutating func next() -> (time: Double, payload: Payload)? {
    heap.popMin().map { ($0.time, $0.payload) }
  }
}
