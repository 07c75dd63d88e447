import CorridorModel

/// One border checkpoint stage in isolation: `lanes` parallel servers, first come first
/// served, optional opening hours.
public struct CheckpointModel: Sendable, Hashable {
  /// Parallel lanes.
  public var lanes: Int
  /// Time between truck arrivals (hours); exponential for Poisson arrivals.
  public var interarrival: Distribution
  /// Service time per truck (hours).
  public var service: Distribution
  /// When service may start; arrivals queue while the posts are closed.
  public var openingHours: OpeningHours

  /// Creates a model with Poisson arrivals.
  public init(
    lanes: Int, arrivalsPerHour: Double, service: Distribution, openingHours: OpeningHours = .always
  ) {
    self.init(
      lanes: lanes, interarrival: .exponential(mean: 1 / arrivalsPerHour), service: service,
      openingHours: openingHours)
  }

  /// Creates a model with any distribution of the time between arrivals.
  public init(
    lanes: Int, interarrival: Distribution, service: Distribution,
    openingHours: OpeningHours = .always
  ) {
    self.lanes = lanes
    self.interarrival = interarrival
    self.service = service
    self.openingHours = openingHours
  }

  /// The offered utilisation: arrival rate × mean service over lanes, per open hour.
  public var utilization: Double {
    service.mean / interarrival.mean / Double(lanes) / max(openingHours.openFraction, 1e-12)
  }
}

/// The result of one checkpoint run.
public struct CheckpointRun: Sendable {
  /// Trucks whose waits were recorded (after the warm-up).
  public var trucks: Int
  /// Wait in queue before service (hours).
  public var wait: RunningStatistics
  /// Quantiles of the wait.
  public var waitQuantiles: QuantileSketch
  /// Time in the checkpoint: wait plus service (hours).
  public var sojourn: RunningStatistics
  /// Busy lane-hours over available lane-hours in the recorded period.
  public var utilization: Double
  /// The 95 % interval of the mean wait by 20 batch means within this run.
  public var waitInterval: ConfidenceInterval
}

/// Simulates a checkpoint stage truck by truck.
///
/// For a first-come-first-served queue with parallel servers, the next truck in line takes
/// the lane that frees first, so it starts at `max(arrival, earliest free lane)` (moved to the
/// next opening when the posts are closed) — the Kiefer–Wolfowitz recursion. This is the exact
/// sample path a future-event list would produce, computed with one step per truck and memory
/// that does not grow with the number of trucks. Arrivals and service times come from separate
/// random streams (1 and 2), so scenarios compared with one seed share them.
public enum CheckpointSimulation {
  /// Runs `trucks` trucks after `warmUp` more, and returns the statistics of the recorded ones.
  public static func run(
    _ model: CheckpointModel, trucks: Int, warmUp: Int, seed: UInt64, replication: Int = 0
  ) -> CheckpointRun {
    var arrivals = RandomStream(seed: seed, replication: replication, stream: 1)
    var services = RandomStream(seed: seed, replication: replication, stream: 2)
    var free = [Double](repeating: 0, count: max(1, model.lanes))
    let gaps = model.interarrival
    let hours = model.openingHours
    let alwaysOpen = hours.isAlwaysOpen
    var clock = 0.0
    var wait = RunningStatistics()
    var sojourn = RunningStatistics()
    var quantiles = QuantileSketch()
    var batches = BatchMeans(observations: trucks)
    var busy = 0.0
    var firstRecorded = 0.0
    var lastEnd = 0.0
    for index in 0..<(warmUp + trucks) {
      clock += gaps.sample(&arrivals)
      var lane = 0
      var earliest = free[0]
      for j in 1..<free.count where free[j] < earliest {
        earliest = free[j]
        lane = j
      }
      var start = max(clock, earliest)
      if !alwaysOpen { start = hours.nextOpening(atOrAfter: start) }
      let service = model.service.sample(&services)
      let end = start + service
      free[lane] = end
      if index >= warmUp {
        if index == warmUp { firstRecorded = clock }
        let w = start - clock
        wait.add(w)
        batches.add(w)
        quantiles.add(hours: w)
        sojourn.add(end - clock)
        busy += service
        if end > lastEnd { lastEnd = end }
      }
    }
    let span = max(lastEnd - firstRecorded, 1e-12)
    return CheckpointRun(
      trucks: trucks, wait: wait, waitQuantiles: quantiles, sojourn: sojourn,
      utilization: busy / (Double(free.count) * span * (alwaysOpen ? 1 : hours.openFraction)),
      waitInterval: batches.interval)
  }
}
