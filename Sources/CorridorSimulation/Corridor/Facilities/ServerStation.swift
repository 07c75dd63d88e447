import CorridorModel

/// Parallel servers with one first-come-first-served queue, opening hours and closed days.
///
/// A checkpoint stage (lanes) or a gauge-change yard (crews). It owns its service-time stream,
/// and keeps its own busy time and queue-length statistics over the recorded period.
struct ServerStation {
  /// The station, as events name it.
  let id: StationID
  let servers: Int
  let service: Distribution
  let calendar: ServiceCalendar
  /// Whether the posts never close, so that service never waits for them to open.
  private let alwaysOpen: Bool
  /// TEU in one unit of the service time (a truck, a train); consignments of another size
  /// take proportionally longer or shorter.
  let teuPerUnit: Double
  /// Whether it serves the units a checkpoint splits consignments into (their queueing and
  /// processing hours are summed per consignment), or whole consignments.
  let servesUnits: Bool
  private var stream: RandomStream
  private(set) var busy = 0
  private(set) var queue = WaitingLine()
  /// Whether a "posts open again" event is pending.
  private var reopenPending = false
  /// Service hours started in the recorded period.
  private(set) var busyHours = 0.0
  /// Units waiting, over time.
  private(set) var queueLength: TimeAverage
  /// The longest queue in the recorded period.
  private(set) var maxQueue = 0

  init(
    id: StationID, servers: Int, service: Distribution, calendar: ServiceCalendar,
    teuPerUnit: Double, servesUnits: Bool, stream: RandomStream, recordingFrom: Double
  ) {
    self.id = id
    self.servers = max(1, servers)
    self.service = service
    self.calendar = calendar
    alwaysOpen = calendar.isAlwaysOpen
    self.teuPerUnit = teuPerUnit
    self.servesUnits = servesUnits
    self.stream = stream
    queueLength = TimeAverage(recordingFrom: recordingFrom)
  }

  /// Whether service may start now (to within a microsecond-scale rounding margin, so that a
  /// "posts open" event at the opening time always finds them open).
  func isOpen(at now: Double) -> Bool {
    alwaysOpen || calendar.isOpen(at: now)
  }

  /// Queues a unit and starts what service it can; `false` when the queue is already at
  /// `limit` and the unit is not taken.
  mutating func enter(
    _ id: ConsignmentID, since: Double, at now: Double, limit: Int?, state: inout ReplicationState
  ) -> Bool {
    if let limit, queue.count >= limit { return false }
    let priority = state.consignments.index(of: id).map { state.consignments[$0].priority } ?? 0
    queue.append(WaitingLine.Unit(consignment: id, since: since), priority: Int(priority))
    queueLength.update(to: Double(queue.count), at: now)
    if queue.count > maxQueue && state.isRecording(at: now) { maxQueue = queue.count }
    startWaiting(at: now, state: &state)
    return true
  }

  /// Frees the server of a unit whose service has ended, and starts the next.
  mutating func release(at now: Double, state: inout ReplicationState) {
    busy -= 1
    startWaiting(at: now, state: &state)
  }

  /// Lets queued units start now that the posts are open again (a
  /// ``ReplicationEvent/reopen(_:)`` event).
  mutating func reopen(at now: Double, state: inout ReplicationState) {
    reopenPending = false
    startWaiting(at: now, state: &state)
  }

  /// Starts service for queued units while servers are free and the posts are open.
  mutating func startWaiting(at now: Double, state: inout ReplicationState) {
    guard !queue.isEmpty, busy < servers else { return }
    guard isOpen(at: now) else {
      if !reopenPending {
        reopenPending = true
        state.events.schedule(at: calendar.nextOpening(atOrAfter: now), .reopen(id))
      }
      return
    }
    let recording = state.isRecording(at: now)
    while busy < servers, let unit = queue.popFirst() {
      // The other units of a consignment turned away elsewhere leave the queue unserved.
      guard let i = state.consignments.index(of: unit.consignment) else { continue }
      let teu = servesUnits ? state.consignments[i].unitTEU : state.consignments[i].teu
      let t = max(0, service.sample(&stream)) * (teu / teuPerUnit)
      busy += 1
      if recording { busyHours += t }
      if servesUnits {
        state.consignments[i].unitQueueing += now - unit.since
        state.consignments[i].unitProcessing += t
      } else {
        state.consignments[i].charge(.queueing, now - unit.since)
        state.consignments[i].charge(.processing, t)
      }
      state.events.schedule(at: now + t, .served(id, consignment: unit.consignment))
    }
    queueLength.update(to: Double(queue.count), at: now)
  }

  /// Closes the statistics at the end of the run.
  mutating func finish(at end: Double) {
    queueLength.close(at: end)
  }

  /// Busy time over what the servers could give in `openHours` (hours).
  func utilization(openHours: Double) -> Double {
    busyHours / (Double(servers) * openHours)
  }
}
