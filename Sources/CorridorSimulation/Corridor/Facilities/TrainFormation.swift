import CorridorModel

/// Trucks at a rail terminal waiting for a train: the train leaves as soon as a train-load
/// waits or, with a longest wait, that many hours after its first truck came, with what is
/// there.
///
/// Trucks come one by one; a train carries every truck waiting when it leaves, so that with
/// trucks of `t` TEU and trains of `n·t` its trucks wait (n − 1)/(2λ) hours on average under
/// Poisson arrivals at λ trucks an hour.
struct TrainFormation {
  /// A truck waiting, and since when.
  typealias Waiting = (consignment: ConsignmentID, since: Double)

  /// The pool's index in the replication, as deadline events name it.
  let index: Int32
  let teuPerTrain: Double
  /// The longest a train waits after its first truck, or `nil`: it leaves only when full.
  let maxWaitHours: Double?
  private(set) var waiting: [Waiting] = []
  private var waitingTEU = 0.0
  /// The train being formed; deadlines of an earlier one are void.
  private(set) var version: Int32 = 0

  init(index: Int, teuPerTrain: Double, maxWaitHours: Double?) {
    self.index = Int32(index)
    self.teuPerTrain = teuPerTrain
    self.maxWaitHours = maxWaitHours
  }

  /// Adds a truck of `teu` TEU; `true` when a train-load now waits and the train leaves.
  mutating func arrive(
    _ id: ConsignmentID, teu: Double, at now: Double, state: inout ReplicationState
  ) -> Bool {
    if waiting.isEmpty, let maxWaitHours {
      state.events.schedule(
        at: now + maxWaitHours, .trainDeadline(formation: index, version: version))
    }
    waiting.append((id, now))
    waitingTEU += teu
    // Trucks of a fraction of a train add up to it only to within rounding.
    return waitingTEU >= teuPerTrain * (1 - 1e-12)
  }

  /// Whether a deadline of train `version` finds that train still being formed.
  func isForming(_ version: Int32) -> Bool {
    version == self.version && !waiting.isEmpty
  }

  /// Takes the trucks of the train that leaves now, and starts the next train.
  mutating func depart() -> [Waiting] {
    defer {
      waiting = []
      waitingTEU = 0
      version &+= 1
    }
    return waiting
  }
}
