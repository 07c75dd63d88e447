import CorridorModel
import DequeModule

/// The departure port of a ferry link, or the departure of a consolidated service at its hub:
/// boxes wait for a scheduled sailing (or train) with room.
///
/// Sailings leave at a fixed headway (the first half a headway into the run); a ferry's
/// sailing may be cancelled (weather), and with leave-when-full a vessel also sails as soon as
/// a vessel-load waits, the schedule restarting from that departure. A consolidated service
/// always leaves when a full train waits, and is never cancelled; its run over the network's
/// links is the route's next legs, so its own sailing takes no time. Boxes board first come,
/// first served; a consignment's boxes may spread over several sailings, and it travels on
/// when its last box has sailed.
struct FerryBerth {
  /// A consignment waiting: since when, and its TEU not yet boarded.
  typealias Waiting = (consignment: ConsignmentID, since: Double, remaining: Double)

  /// The berth, as sailing events name it.
  let index: Int32
  /// Hours between scheduled sailings.
  let headway: Double
  let vesselCapacityTEU: Double
  /// The crossing time of a sailing.
  let sailingHours: Distribution
  private var queue = Deque<Waiting>()
  /// The current schedule; sailings of an older schedule are void.
  private(set) var version: Int32 = 0
  private var waitingTEU = 0.0
  /// Sailings and cancelled sailings in the recorded period.
  private(set) var sailings = 0
  private(set) var cancelledSailings = 0
  /// Whether it is a ferry (weather may cancel its sailings), rather than a service.
  let isFerry: Bool

  init(_ link: Link, index: Int) {
    self.index = Int32(index)
    headway = 168 / (link.ferry?.sailingsPerWeek ?? 1)
    vesselCapacityTEU = link.ferry?.vesselCapacityTEU ?? .infinity
    sailingHours = link.runningHours
    isFerry = true
  }

  init(service: ConsolidatedService, index: Int) {
    self.index = Int32(index)
    headway = 168 / max(service.terms.departuresPerWeek, 1e-9)
    vesselCapacityTEU = service.terms.teuPerDeparture
    sailingHours = .fixed(0)
    isFerry = false
  }

  /// When the first sailing leaves.
  var firstSailing: Double { headway / 2 }

  /// Puts a consignment's boxes in the queue, unless it is full (the result is then `false`).
  ///
  /// With ``SimulationOptions/ferriesLeaveWhenFull``, a vessel-load waiting sails at once.
  mutating func arrive(
    _ id: ConsignmentID, teu: Double, at now: Double, options: SimulationOptions,
    running: inout RandomStream, weather: inout RandomStream, state: inout ReplicationState
  ) -> Bool {
    if let limit = options.queueLimit, queue.count >= limit { return false }
    queue.append((id, now, teu))
    waitingTEU += teu
    if options.ferriesLeaveWhenFull || !isFerry, waitingTEU >= vesselCapacityTEU {
      version += 1
      sail(
        at: now, cancellation: options.sailingCancellation, running: &running,
        weather: &weather, state: &state)
    }
    return true
  }

  /// A sailing: schedules the next, may be cancelled, and otherwise boards what fits.
  mutating func sail(
    at now: Double, cancellation: Double, running: inout RandomStream,
    weather: inout RandomStream, state: inout ReplicationState
  ) {
    state.events.schedule(at: now + headway, .sailing(ferry: index, version: version))
    let recording = state.isRecording(at: now) && isFerry
    if recording { sailings += 1 }
    if isFerry && cancellation > 0 && weather.uniform() <= cancellation {
      if recording { cancelledSailings += 1 }
      return
    }
    var room = vesselCapacityTEU
    while room > 0, let head = queue.first {
      let boarding = min(room, head.remaining)
      room -= boarding
      waitingTEU -= boarding
      if boarding < head.remaining {
        queue[queue.startIndex].remaining -= boarding
        break
      }
      queue.removeFirst()
      let t = max(0, sailingHours.sample(&running))
      if let i = state.consignments.index(of: head.consignment) {
        state.consignments[i].charge(.waitingForSailing, now - head.since)
        state.consignments[i].chargeRunning(t)
      }
      state.events.schedule(at: now + t, .advance(consignment: head.consignment))
    }
  }
}
