import CorridorModel

/// A gauge-change yard: trains transship between gauges, one crew per train.
///
/// The yard has as many crews as its daily capacity implies (see
/// ``CorridorSimulation/gaugeCrews(perDay:hours:teuPerTrain:)``), or practically unlimited
/// crews when the scenario gives no capacity; a consignment of another size than a train
/// takes proportionally longer or shorter.
///
/// When wagon supply is limited, a train first takes a wagon set of the other gauge (see
/// ``WagonPool``).
struct GaugeYard {
  private(set) var station: ServerStation
  /// The wagon sets, when their supply is limited.
  private var wagons: WagonPool?
  /// The yard's index in the replication.
  private let index: Int32

  init(
    _ facility: GaugeChange?, index: Int, teuPerTrain: Double, stream: RandomStream,
    recordingFrom: Double
  ) {
    let hours = facility?.transshipmentHours ?? .fixed(0)
    let crews =
      facility?.capacityTEUPerDay.map {
        CorridorSimulation.gaugeCrews(perDay: $0, hours: hours.mean, teuPerTrain: teuPerTrain)
      } ?? 1_000_000
    self.index = Int32(index)
    if let sets = facility?.wagonSets, let cycle = facility?.wagonCycleHours {
      wagons = WagonPool(sets: sets, cycleHours: cycle)
    }
    station = ServerStation(
      id: .yard(Int32(index)), servers: crews, service: hours, calendar: .weekly(.always),
      teuPerUnit: teuPerTrain, servesUnits: false, stream: stream, recordingFrom: recordingFrom)
  }

  /// Queues a consignment for a crew, once it has a wagon set when their supply is limited;
  /// `false` when a queue is full and it is not taken.
  mutating func enter(
    _ id: ConsignmentID, at now: Double, queueLimit: Int?, state: inout ReplicationState
  )
    -> Bool
  {
    if wagons != nil {
      if let queueLimit, (wagons?.waitingCount ?? 0) >= queueLimit { return false }
      guard wagons?.take(for: id, at: now, state: &state, yard: index) == true else {
        return true
      }
    }
    return station.enter(id, since: now, at: now, limit: queueLimit, state: &state)
  }

  /// A wagon set comes back, and the train it goes to joins the queue for a crew.
  ///
  /// Returns that train when the queue is full and does not take it.
  mutating func wagonReturned(at now: Double, queueLimit: Int?, state: inout ReplicationState)
    -> ConsignmentID?
  {
    guard let id = wagons?.giveBack(at: now, state: &state, yard: index) else { return nil }
    return station.enter(id, since: now, at: now, limit: queueLimit, state: &state) ? nil : id
  }

  /// Frees the crew of a train transshipped, and starts the next.
  mutating func release(at now: Double, state: inout ReplicationState) {
    station.release(at: now, state: &state)
  }

  /// Starts waiting trains (the yard never closes, so this is not normally needed).
  mutating func reopen(at now: Double, state: inout ReplicationState) {
    station.reopen(at: now, state: &state)
  }

  /// Closes the statistics at the end of the run.
  mutating func finish(at end: Double) {
    station.finish(at: end)
  }

  /// The crews' busy time over the recorded period.
  func utilization(recordedHours: Double) -> Double {
    station.utilization(openHours: recordedHours)
  }
}
