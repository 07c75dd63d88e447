/// Hours by ``TimeUse``, held inline so that a consignment needs no storage of its own.
struct TimeUseHours {
  private var running = 0.0
  private var queueing = 0.0
  private var processing = 0.0
  private var waitingForSailing = 0.0
  private var dwelling = 0.0
  private var waitingForAppointment = 0.0
  private var waitingForTrain = 0.0
  private var waitingForOpening = 0.0

  /// The hours of one use.
  subscript(use: TimeUse) -> Double {
    get {
      switch use {
      case .running: running
      case .queueing: queueing
      case .processing: processing
      case .waitingForSailing: waitingForSailing
      case .dwelling: dwelling
      case .waitingForAppointment: waitingForAppointment
      case .waitingForTrain: waitingForTrain
      case .waitingForOpening: waitingForOpening
      }
    }
    set {
      switch use {
      case .running: running = newValue
      case .queueing: queueing = newValue
      case .processing: processing = newValue
      case .waitingForSailing: waitingForSailing = newValue
      case .dwelling: dwelling = newValue
      case .waitingForAppointment: waitingForAppointment = newValue
      case .waitingForTrain: waitingForTrain = newValue
      case .waitingForOpening: waitingForOpening = newValue
      }
    }
  }

  /// Adds each use's hours to its total in `totals`, indexed by ``TimeUse/rawValue``.
  func add(to totals: inout [Double]) {
    totals[TimeUse.running.rawValue] += running
    totals[TimeUse.queueing.rawValue] += queueing
    totals[TimeUse.processing.rawValue] += processing
    totals[TimeUse.waitingForSailing.rawValue] += waitingForSailing
    totals[TimeUse.dwelling.rawValue] += dwelling
    totals[TimeUse.waitingForAppointment.rawValue] += waitingForAppointment
    totals[TimeUse.waitingForTrain.rawValue] += waitingForTrain
    totals[TimeUse.waitingForOpening.rawValue] += waitingForOpening
  }

  /// Adds another's hours, use by use.
  mutating func add(_ other: TimeUseHours) {
    for use in TimeUse.allCases { self[use] += other[use] }
  }

  /// Each use's hours times `factor`.
  func scaled(by factor: Double) -> TimeUseHours {
    var scaled = self
    for use in TimeUse.allCases { scaled[use] *= factor }
    return scaled
  }
}
