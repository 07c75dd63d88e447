import CorridorModel

/// A gauge-change yard: trains transship between gauges, one crew per train.
///
/// The yard has as many crews as its daily capacity implies (see
/// ``CorridorSimulation/gaugeCrews(perDay:hours:teuPerTrain:)``), or practically unlimited
/// crews when the scenario gives no capacity; a consignment of another size than a train
/// takes proportionally longer or shorter.
struct GaugeYard {
  private(set) var station: ServerStation

  init(
    _ facility: GaugeChange?, index: Int, teuPerTrain: Double, stream: RandomStream,
    recordingFrom: Double
  ) {
    let hours = facility?.transshipmentHours ?? .fixed(0)
    let crews =
      facility?.capacityTEUPerDay.map {
        CorridorSimulation.gaugeCrews(perDay: $0, hours: hours.mean, teuPerTrain: teuPerTrain)
      } ?? 1_000_000
    station = ServerStation(
      id: .yard(Int32(index)), servers: crews, service: hours, hours: .always,
      teuPerUnit: teuPerTrain, servesUnits: false, stream: stream, recordingFrom: recordingFrom)
  }

  /// Queues a consignment for a crew; `false` when the queue is full and it is not taken.
  mutating func enter(
    _ id: ConsignmentID, at now: Double, queueLimit: Int?, state: inout ReplicationState
  )
    -> Bool
  {
    station.enter(id, since: now, at: now, limit: queueLimit, state: &state)
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
