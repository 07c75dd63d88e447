/// One user class: its demand, its passenger-car (or TEU) equivalent, and its fixed link costs.
///
/// Classes share the links' travel time functions, which depend on the total flow in PCE.
/// A class's cost of a link is the link's time plus the class's fixed cost of the link,
/// both in time units (money divided by the class's value of time).
public struct DemandClass: Sendable {
  /// A name for reports.
  public var name: String
  /// The flow one unit of this class adds to the links' time functions.
  public var pce: Double
  /// Fixed cost of each link in time units, or empty for none.
  public var fixedCost: [Double]
  /// Demand by origin: for each origin node, its destinations and volumes (units per period).
  public var demand: [(origin: Int, destinations: [(node: Int, volume: Double)])]
  /// The logit spread θ (per time unit), or `nil` for the deterministic equilibrium.
  ///
  /// For a stochastic user equilibrium, path shares within an OD pair follow `exp(−θ c_p) / Σ exp(−θ c_q)`;
  /// a larger θ spreads less.
  public var logitSpread: Double?

  /// Creates a class.
  public init(
    name: String, pce: Double = 1, fixedCost: [Double] = [],
    demand: [(origin: Int, destinations: [(node: Int, volume: Double)])], logitSpread: Double? = nil
  ) {
    self.name = name
    self.pce = pce
    self.fixedCost = fixedCost
    self.demand = demand
    self.logitSpread = logitSpread
  }

  /// Total demand of the class.
  public var totalDemand: Double {
    demand.reduce(0) { $0 + $1.destinations.reduce(0) { $0 + $1.volume } }
  }
}
