import CorridorModel

/// How to run a corridor simulation.
public struct SimulationOptions: Sendable {
  /// Simulated days recorded, after the warm-up.
  public var days: Double
  /// Days simulated first and not recorded, so queues reach their usual level.
  public var warmUpDays: Double
  /// Independent replications (run in parallel).
  public var replications: Int
  /// The seed; replication r uses its own streams derived from it.
  public var seed: UInt64
  /// The number of the first replication run: replications `firstReplication ..<
  /// firstReplication + replications` run, each with the streams of its number, so that one
  /// replication of a study can be run alone and give the figures it gives among the rest.
  public var firstReplication = 0
  /// Whether percentiles of clearance and transit times are recorded (p95 figures); a run
  /// that reads means only (a sweep's units) skips them and runs faster.
  public var recordsQuantiles = true
  /// Consignments arrive as Poisson streams, or as evenly spaced scheduled departures
  /// (block trains and truck convoys with a fixed headway).
  public var scheduledDepartures: Bool
  /// The chance that a ferry sailing is cancelled (weather), 0 to 1.
  public var sailingCancellation: Double
  /// Whether a ferry also leaves as soon as a vessel-load is waiting, the schedule then
  /// restarting from that departure.
  public var ferriesLeaveWhenFull: Bool
  /// Checkpoints whose queue runs on electronic appointments.
  ///
  /// Units wait off-site for a slot, slots being spaced at the first stage's service capacity.
  /// Processes marked `electronicQueue` in the scenario run this way too.
  public var electronicQueues: Set<NodeID>
  /// The most units one queue may hold, or `nil` for no limit.
  ///
  /// A consignment that arrives at a full queue (a checkpoint stage, a gauge-change yard, a
  /// ferry port) is turned away and counted, and so is one that would start while
  /// ``inSystemLimit`` are on the way. Set for overloaded scenarios run on purpose
  /// (`--allow-overload`, with ``overloadQueueLimit``).
  public var queueLimit: Int?

  /// The queue limit of an overloaded run: a queue of 100,000 trucks is some 1,500 km long.
  public static let overloadQueueLimit = 100_000

  /// The most consignments on the way when queues are limited: five times the queue limit.
  public var inSystemLimit: Int? { queueLimit.map { 5 * $0 } }

  /// Creates options.
  public init(
    days: Double = 365, warmUpDays: Double = 30, replications: Int = 5, seed: UInt64 = 1,
    scheduledDepartures: Bool = false, sailingCancellation: Double = 0,
    ferriesLeaveWhenFull: Bool = false, electronicQueues: Set<NodeID> = [],
    queueLimit: Int? = nil
  ) {
    self.queueLimit = queueLimit
    self.ferriesLeaveWhenFull = ferriesLeaveWhenFull
    self.days = days
    self.warmUpDays = warmUpDays
    self.replications = replications
    self.seed = seed
    self.scheduledDepartures = scheduledDepartures
    self.sailingCancellation = sailingCancellation
    self.electronicQueues = electronicQueues
  }
}

/// Where a consignment's time goes.
public enum TimeUse: Int, CaseIterable, Sendable {
  /// Moving on a link, sailing included.
  case running
  /// Waiting in a queue at a checkpoint stage or gauge change.
  case queueing
  /// Being served: controls, inspection, transshipment.
  case processing
  /// Waiting at a port for a sailing with room.
  case waitingForSailing
  /// Dwelling at a hub or terminal.
  case dwelling
  /// Waiting off-site for an electronic-queue appointment.
  case waitingForAppointment
  /// Waiting, as a truck at a rail terminal, for a train to be formed.
  case waitingForTrain
  /// Waiting before the last link to a closed post, so as to reach it when it opens.
  case waitingForOpening

  /// The name used in tables.
  public var name: String {
    switch self {
    case .running: "running"
    case .queueing: "queueing"
    case .processing: "processing"
    case .waitingForSailing: "waiting_for_sailing"
    case .dwelling: "dwelling"
    case .waitingForAppointment: "waiting_for_appointment"
    case .waitingForTrain: "waiting_for_train"
    case .waitingForOpening: "waiting_for_opening"
    }
  }
}
