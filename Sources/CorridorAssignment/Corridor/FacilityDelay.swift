import CorridorModel

/// The congestion functions of corridor facilities.
///
/// Hours per TEU as a function of TEU per year, built on ``QueueDelay``. Documented with their sources in docs/methods.md.
enum FacilityDelay {
  static let hoursPerYear = 8760.0

  /// A checkpoint stage: `lanes` servers, the stage's service time per unit, the units' share
  /// that passes it, and arrivals spread over the open hours of the year.
  static func stage(_ stage: Stage, teuPerUnit: Double, openHoursPerYear: Double) -> QueueDelay {
    QueueDelay(
      servers: stage.lanes, serviceHours: stage.serviceHours.mean, serviceCV: stage.serviceHours.cv,
      probability: stage.probability, arrivalsPerFlow: 1 / (teuPerUnit * openHoursPerYear))
  }

  /// A gauge change: trains of `teuPerTrain` are transshipped by as many parallel crews as the
  /// daily capacity needs, rounded up (so the yard never handles less than its stated
  /// capacity), each taking the transshipment time per train.
  static func gaugeChange(_ facility: GaugeChange, teuPerTrain: Double) -> VolumeDelay {
    let hours = facility.transshipmentHours.mean
    guard let perDay = facility.capacityTEUPerDay, hours > 0 else { return .constant(hours) }
    let servers = (perDay * hours / (24 * teuPerTrain)).rounded(.up).clampedInt(1...100_000)
    return .queue(
      QueueDelay(
        servers: servers, serviceHours: hours, serviceCV: facility.transshipmentHours.cv,
        probability: 1, arrivalsPerFlow: 1 / (teuPerTrain * hoursPerYear)))
  }

  /// A facility with a throughput capacity and no known server structure (a ferry service or
  /// a port): one deterministic server at the capacity's rate, so the wait is M/D/1's
  /// `ρ / (2 μ (1 − ρ))`, small until the flow nears capacity.
  static func capacity(teuPerYear: Double) -> QueueDelay {
    QueueDelay(
      servers: 1, serviceHours: hoursPerYear / teuPerYear, serviceCV: 0, probability: 1,
      arrivalsPerFlow: 1 / hoursPerYear)
  }

  /// A road or rail link with a capacity: BPR with the usual b = 0.15 and power 4.
  static func link(runningHours: Double, capacityTEUPerYear: Double?) -> VolumeDelay {
    guard let capacity = capacityTEUPerYear else { return .constant(runningHours) }
    return .bpr(freeFlowTime: runningHours, b: 0.15, power: 4, capacity: capacity)
  }
}
