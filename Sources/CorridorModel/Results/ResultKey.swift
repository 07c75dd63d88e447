/// A figure a run produces: a measure of a subject, such as the hours to clear a checkpoint.
///
/// Simulation, comparison, calibration and reports address results by this key; its text is
/// for people and is never parsed back.
public struct ResultKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// What the figure is about.
  public var subject: ResultSubject
  /// What is measured.
  public var measure: ResultMeasure

  /// Creates a key.
  public init(_ subject: ResultSubject, _ measure: ResultMeasure) {
    self.subject = subject
    self.measure = measure
  }

  /// The mean hours to clear a crossing, both posts together.
  public static func crossingClearance(_ crossing: CrossingKey) -> ResultKey {
    ResultKey(.crossing(crossing), .clearanceHours)
  }

  /// The mean hours to clear a checkpoint process.
  public static func clearance(_ checkpoint: CheckpointKey) -> ResultKey {
    ResultKey(.checkpoint(checkpoint), .clearanceHours)
  }

  /// The mean transit hours of consignments along a named corridor.
  public static func corridorTransit(_ name: String) -> ResultKey {
    ResultKey(.corridor(name), .transitHours)
  }

  /// The mean transit hours of an OD pair.
  public static func odTransit(_ od: ODKey) -> ResultKey {
    ResultKey(.od(od), .transitHours)
  }

  /// The mean simulated generalized cost of a TEU over all freight: each route's money plus
  /// its commodity's value of time × its mean transit, weighted by the route's TEU.
  public static let networkCost = ResultKey(.network, .costUSDPerTEU)

  /// The mean simulated transit hours of a TEU over all freight, weighted by the routes' TEU.
  public static let networkTransit = ResultKey(.network, .transitHours)

  /// The subject, then the measure: `checkpoint ALT road CN->KZ clearance_hours`.
  public var description: String { "\(subject) \(measure.rawValue)" }

  /// Orders keys by subject, then measure.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.subject, lhs.measure.rawValue) < (rhs.subject, rhs.measure.rawValue)
  }
}

/// What a result measures.
public enum ResultMeasure: String, CaseIterable, Hashable, Sendable {
  /// Mean hours to clear a checkpoint process: queues, controls, opening waits.
  case clearanceHours = "clearance_hours"
  /// Mean transit hours per consignment.
  case transitHours = "transit_hours"
  /// TEU per year on the equilibrium routes.
  case teuPerYear = "teu_per_year"
  /// Generalized cost per TEU delivered: money plus value of time × simulated transit (USD).
  case costUSDPerTEU = "cost_usd_per_teu"
  /// Generalized cost of the subject's freight a year: its TEU a year × its cost per TEU (USD).
  case costUSDPerYear = "cost_usd_per_year"
  /// Carbon dioxide emitted in running the subject's freight a year (tonnes).
  case co2TonnesPerYear = "co2_tonnes_per_year"
}
