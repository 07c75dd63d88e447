import CorridorModel
import CorridorSimulation

/// How a scenario is run: the simulation's length, replications and seed, and its options.
///
/// One set of defaults for every operation (run, compare, simulate, calibrate, sweeps): ten
/// replications of 365 recorded days after 30 days of warm-up, seed 1, the equilibrium solved
/// to a relative gap of 10⁻⁸.
public struct RunSettings: Sendable, Hashable {
  /// Independent replications (1 to 200).
  public var replications = 10
  /// The seed shared by every scenario of a study, so that they run with common random numbers.
  public var seed: UInt64 = 1
  /// Simulated days recorded after the warm-up.
  public var days = 365.0
  /// Days simulated first and not recorded.
  public var warmUpDays = 30.0
  /// Whether a facility loaded beyond what it can serve is simulated with capped queues
  /// instead of refused.
  public var allowOverload = false
  /// The chance that a ferry sailing is cancelled (weather), 0 to 1.
  public var sailingCancellation = 0.0
  /// Evenly spaced departures instead of Poisson arrivals.
  public var scheduledDepartures = false
  /// Whether ferries also sail as soon as a vessel-load waits.
  public var ferriesLeaveWhenFull = false
  /// Checkpoint nodes run on electronic appointments, besides those the scenario marks.
  public var electronicQueues: Set<NodeID> = []
  /// The relative gap the equilibrium is solved to; a run that stops short of it warns.
  public var equilibriumGap = 1e-8
  /// The number of the first replication (a sweep runs replications one at a time; each
  /// gives the figures it gives among the rest).
  public var firstReplication = 0
  /// Whether percentiles (p95) are recorded; a sweep reads means only and skips them.
  public var recordsQuantiles = true

  /// The fewest and most replications.
  public static let replicationRange = 1...200
  /// The shortest and longest recorded period (days).
  public static let dayRange = 0.01...36_500.0
  /// The longest warm-up (days).
  public static let warmUpRange = 0.0...3650.0

  /// Settings with the defaults.
  public init() {}

  /// The simulation options these settings give.
  public var simulationOptions: SimulationOptions {
    var options = SimulationOptions(
      days: days, warmUpDays: warmUpDays, replications: replications, seed: seed,
      scheduledDepartures: scheduledDepartures, sailingCancellation: sailingCancellation,
      ferriesLeaveWhenFull: ferriesLeaveWhenFull, electronicQueues: electronicQueues,
      queueLimit: allowOverload ? SimulationOptions.overloadQueueLimit : nil)
    options.firstReplication = firstReplication
    options.recordsQuantiles = recordsQuantiles
    return options
  }

  /// The first setting out of its range, described for a person, or `nil` when all are valid.
  public var problem: String? {
    if !Self.replicationRange.contains(replications) {
      return "replications must be from 1 to 200"
    }
    if !Self.dayRange.contains(days) { return "days must be from 0.01 to 36500" }
    if !Self.warmUpRange.contains(warmUpDays) { return "warm-up days must be from 0 to 3650" }
    if !(0...1).contains(sailingCancellation) {
      return "the sailing cancellation is a probability: from 0 to 1"
    }
    return nil
  }
}

extension RunSettings {
  /// The cap on every queue of an overloaded run (``allowOverload``), in units.
  public static let overloadQueueLimit = SimulationOptions.overloadQueueLimit
  /// The most consignments on the way in an overloaded run.
  public static let overloadInSystemLimit = 5 * SimulationOptions.overloadQueueLimit
}
