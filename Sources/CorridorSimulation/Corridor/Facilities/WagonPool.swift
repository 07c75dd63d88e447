/// The wagon sets of the other gauge at a gauge-change yard, when their supply is limited.
///
/// A train takes a free set before it is transshipped, and waits in arrival order while
/// none is free; the set comes back a cycle after it was taken (loading, the trip and the
/// trip back), when the first waiting train takes it.
struct WagonPool {
  /// Sets not in use.
  private(set) var available: Int
  /// Hours from taking a set to its return.
  let cycleHours: Double
  /// Trains waiting for a set, with since when.
  private var waiting = WaitingLine()

  init(sets: Int, cycleHours: Double) {
    available = sets
    self.cycleHours = cycleHours
  }

  /// Trains waiting for a set.
  var waitingCount: Int { waiting.count }

  /// Takes a set for a train arriving now, or queues the train; `true` when it has a set.
  mutating func take(
    for id: ConsignmentID, at now: Double, state: inout ReplicationState, yard: Int32
  )
    -> Bool
  {
    guard available > 0 else {
      waiting.append(WaitingLine.Unit(consignment: id, since: now))
      return false
    }
    available -= 1
    state.events.schedule(at: now + cycleHours, .wagonReturn(yard: yard))
    return true
  }

  /// A set comes back: the first waiting train still on the way takes it, charged its wait
  /// as queueing; returns that train, if any.
  mutating func giveBack(at now: Double, state: inout ReplicationState, yard: Int32)
    -> ConsignmentID?
  {
    available += 1
    while let train = waiting.popFirst() {
      let id = train.consignment
      guard let i = state.consignments.index(of: id) else { continue }
      state.consignments[i].charge(.queueing, now - train.since)
      available -= 1
      state.events.schedule(at: now + cycleHours, .wagonReturn(yard: yard))
      return id
    }
    return nil
  }
}
