import CorridorModel

/// One checkpoint process that consignments pass: its stages, each a ``ServerStation``.
///
/// A consignment larger than the process's unit (a train at a truck crossing) passes as that
/// many units, in parallel, and clears when its last unit has. Each unit passes each stage
/// with the stage's probability, drawn per unit. With a daily quota, units are accepted in
/// arrival order, at most the quota in a calendar day and none on a closed day; the others
/// wait at the border for the next open day. With an electronic queue, consignments wait off-site for an appointment, slots
/// being spaced at the first stage's capacity. The crossing keeps the time to clear of the
/// recorded consignments.
struct CheckpointCrossing {
  /// The stages in order (empty when the scenario has no such process).
  private(set) var stages: [ServerStation]
  /// The chance that a unit passes each stage.
  let probabilities: [Double]
  /// Whether the queue runs on electronic appointments.
  let electronic: Bool
  /// The most units accepted in a calendar day, or `nil` for no quota.
  let quota: Int?
  /// The days the posts close, which accept nothing under a quota.
  let calendar: ServiceCalendar
  /// The next free appointment.
  private var nextSlot = 0.0
  /// The day whose quota is being used, the units accepted in it, and when the last unit was
  /// accepted (no later arrival is accepted before it).
  private var quotaDay = 0
  private var quotaUsed = 0
  private var quotaClock = 0.0
  /// Hours to clear, per recorded consignment.
  private(set) var clearance = RunningStatistics()
  private(set) var clearanceQuantiles = QuantileSketch()
  /// Whether ``clearanceQuantiles`` is kept.
  var recordsQuantiles = true
  /// Process units (trucks, trains) that cleared in the recorded period, whenever their
  /// consignment set off; a consignment smaller than a unit counts as its share of one.
  private(set) var unitsCleared = 0.0

  init(
    stages: [ServerStation], probabilities: [Double], electronic: Bool, quota: Int? = nil,
    calendar: ServiceCalendar = .weekly(.always)
  ) {
    self.stages = stages
    self.probabilities = probabilities
    self.electronic = electronic
    self.quota = quota
    self.calendar = calendar
  }

  /// How many process units a consignment of `teu` TEU makes.
  @inline(__always)
  func units(forTEU teu: Double) -> Int {
    guard let first = stages.first else { return 1 }
    return Self.units(forTEU: teu, teuPerUnit: first.teuPerUnit)
  }

  /// How many units of `teuPerUnit` TEU a consignment of `teu` TEU makes: as many as it
  /// fills, and at least one.
  static func units(forTEU teu: Double, teuPerUnit unit: Double) -> Int {
    teu > unit ? (teu / unit).rounded(.up).clampedInt(1...100_000) : 1
  }

  /// Splits an arriving consignment into units, has them accepted under the daily quota and,
  /// with an electronic queue, books their appointment; `true` when its units go to the stages
  /// now, `false` when an ``ReplicationEvent/appointment(consignment:)`` event will send them.
  mutating func arrive(_ id: ConsignmentID, at now: Double, state: inout ReplicationState)
    -> Bool
  {
    guard let i = state.consignments.index(of: id) else { return true }
    let teu = state.consignments[i].teu
    let units = units(forTEU: teu)
    state.consignments[i].clearanceStart = now
    state.consignments[i].pending = Int32(units)
    state.consignments[i].unitTEU = teu / Double(units)
    let accepted = quota.map { accept(units: units, arrivingAt: now, quota: $0) } ?? now
    if accepted > now { state.consignments[i].charge(.queueing, accepted - now) }
    var start = accepted
    if electronic, let first = stages.first {
      // Appointments are spaced at the first stage's capacity: one unit per mean service time
      // per lane.
      start = max(accepted, nextSlot)
      nextSlot = start + Double(units) * first.service.mean / Double(first.servers)
      if start > accepted { state.consignments[i].charge(.waitingForAppointment, start - accepted) }
    }
    guard start > now else { return true }
    state.events.schedule(at: start, .appointment(consignment: id))
    return false
  }

  /// When the quota accepts the last of `units` units arriving at `now`: in arrival order, at
  /// most `quota` in a calendar day and none on a closed day, the rest on the following open
  /// days from midnight.
  private mutating func accept(units: Int, arrivingAt now: Double, quota: Int) -> Double {
    var time = max(now, quotaClock)
    let day = Int((time / 24).rounded(.down))
    if day > quotaDay {
      quotaDay = day
      quotaUsed = 0
    }
    skipClosedDays(&time)
    var remaining = units
    while true {
      let taken = min(remaining, quota - quotaUsed)
      quotaUsed += taken
      remaining -= taken
      if remaining == 0 { break }
      quotaDay += 1
      quotaUsed = 0
      time = Double(quotaDay) * 24
      skipClosedDays(&time)
    }
    quotaClock = time
    return time
  }

  /// Moves the quota's day past closed days, `time` to the start of the first open one.
  private mutating func skipClosedDays(_ time: inout Double) {
    // At most a year of closed days in a row.
    var skipped = 0
    while skipped < 366, calendar.isClosedDay(at: Double(quotaDay) * 24 + 12) {
      quotaDay += 1
      quotaUsed = 0
      time = Double(quotaDay) * 24
      skipped += 1
    }
  }

  /// Starts the clock on a consignment's units, which enter now; returns how many there are.
  func beginUnits(of id: ConsignmentID, at now: Double, state: inout ReplicationState) -> Int {
    guard let i = state.consignments.index(of: id) else { return 1 }
    state.consignments[i].unitsEntered = now
    state.consignments[i].unitQueueing = 0
    state.consignments[i].unitProcessing = 0
    return Int(state.consignments[i].pending)
  }

  /// The next stage after `stage` (-1: the first) that a unit is selected for, drawn per
  /// stage with its probability; `nil` when there is none and the unit has cleared.
  @inline(__always)
  func nextStage(after stage: Int, routing: inout RandomStream) -> Int? {
    var next = stage + 1
    while next < probabilities.count {
      let p = probabilities[next]
      if p >= 1 || (p > 0 && routing.uniform() <= p) { return next }
      next += 1
    }
    return nil
  }

  /// Queues a unit at a stage; `false` when the queue is full and it is not taken.
  mutating func enter(
    unitOf id: ConsignmentID, stage: Int, at now: Double, queueLimit: Int?,
    state: inout ReplicationState
  ) -> Bool {
    stages[stage].enter(id, since: now, at: now, limit: queueLimit, state: &state)
  }

  /// Counts a unit that has cleared its last stage; once all of its consignment's units have,
  /// the crossing's time is split between queueing and processing, recorded, and the result is
  /// `true`: the consignment goes on.
  mutating func clear(unitOf id: ConsignmentID, at now: Double, state: inout ReplicationState)
    -> Bool
  {
    guard let i = state.consignments.index(of: id) else { return false }
    state.consignments[i].pending -= 1
    guard state.consignments[i].pending <= 0 else { return false }
    let elapsed = now - state.consignments[i].unitsEntered
    let queueing = state.consignments[i].unitQueueing
    let total = queueing + state.consignments[i].unitProcessing
    let queueShare = total > 0 ? queueing / total : 0
    state.consignments[i].charge(.queueing, elapsed * queueShare)
    state.consignments[i].charge(.processing, elapsed * (1 - queueShare))
    let teu = state.consignments[i].teu
    if state.isRecording(at: now) {
      // A train formed of trucks is a train however full; freight smaller than a unit
      // otherwise rides in one with other freight.
      let unit = stages.first?.teuPerUnit ?? teu
      unitsCleared +=
        teu >= unit || state.consignments[i].isFormedTrain
        ? Double(units(forTEU: teu)) : teu / max(unit, 1e-12)
    }
    if state.consignments[i].recorded {
      let hours = now - state.consignments[i].clearanceStart
      clearance.add(hours)
      if recordsQuantiles { clearanceQuantiles.add(hours: hours) }
    }
    return true
  }

  /// Frees the lane of a unit served at a stage and starts the next unit there.
  mutating func release(stage: Int, at now: Double, state: inout ReplicationState) {
    stages[stage].release(at: now, state: &state)
  }

  /// Lets the units queued at a stage start when its posts open again.
  mutating func reopen(stage: Int, at now: Double, state: inout ReplicationState) {
    stages[stage].reopen(at: now, state: &state)
  }

  /// Closes the stages' statistics at the end of the run.
  mutating func finish(at end: Double) {
    for s in stages.indices { stages[s].finish(at: end) }
  }

  /// Each stage's busy time over its open hours in the recorded period.
  func utilizations(recordedHours: Double) -> [Double] {
    stages.map {
      $0.utilization(openHours: max(recordedHours * $0.calendar.openFraction, 1e-12))
    }
  }

  /// Units waiting over all stages, time-averaged over the recorded period.
  func meanQueue(recordedHours: Double) -> Double {
    var area = 0.0
    for stage in stages { area += stage.queueLength.area }
    return area / recordedHours
  }

  /// The longest queue at any stage in the recorded period.
  var maxQueue: Int { stages.reduce(0) { max($0, $1.maxQueue) } }
}
