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

  /// Creates a class.
  public init(
    name: String, pce: Double = 1, fixedCost: [Double] = [],
    demand: [(origin: Int, destinations: [(node: Int, volume: Double)])]
  ) {
    self.name = name
    self.pce = pce
    self.fixedCost = fixedCost
    self.demand = demand
  }

  /// Total demand of the class.
  public var totalDemand: Double {
    demand.reduce(0) { $0 + $1.destinations.reduce(0) { $0 + $1.volume } }
  }
}
