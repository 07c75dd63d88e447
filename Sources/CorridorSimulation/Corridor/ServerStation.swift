import CorridorModel
import DequeModule

/// Parallel servers with one first-come-first-served queue and opening hours.
///
/// A checkpoint stage or a gauge-change yard. Keeps its own busy time and queue-length statistics.
struct ServerStation {
  let servers: Int
  let service: Distribution
  let hours: OpeningHours
  /// TEU in one unit of the service time (a truck, a train); consignments of another size
  /// take proportionally longer or shorter.
  let teuPerUnit: Double
  var busy = 0
  var queue = Deque<(consignment: Int32, since: Double)>()
  /// Whether a "posts open again" event is pending.
  var reopenPending = false
  // Statistics over the recorded period.
  var busyHours = 0.0
  var queueArea = 0.0
  var maxQueue = 0
  private var lastChange = 0.0

  init(servers: Int, service: Distribution, hours: OpeningHours, teuPerUnit: Double) {
    self.servers = max(1, servers)
    self.service = service
    self.hours = hours
    self.teuPerUnit = teuPerUnit
  }

  /// Adds the queue length held since the last change to the time integral.
  mutating func account(at now: Double, recording: Bool) {
    if recording { queueArea += Double(queue.count) * (now - lastChange) }
    lastChange = now
  }

  /// Whether service may start now (to within a microsecond-scale rounding margin, so that a
  /// "posts open" event at the opening time always finds them open).
  func isOpen(at now: Double) -> Bool {
    hours.isAlwaysOpen || hours.nextOpening(atOrAfter: now) <= now + 1e-9
  }
}
