/// A class of freight with its own cargo value and so its own value of time.
public struct Commodity: Hashable, Sendable {
  /// The commodity's identifier.
  public var id: CommodityID
  /// A readable name.
  public var name: String
  /// The name in other languages, by ISO 639-1 code (`ru`, `tr`), from `name_ru`, `name_tr`.
  public var otherNames: [String: String] = [:]
  /// Cargo value per TEU (USD).
  public var valueUSDPerTEU: Double
  /// The cost of one day in transit as a share of cargo value (0.008 for 0.8 % per day).
  ///
  /// Hummels and Schaur (AER 103(7), 2013) estimate 0.6–2.1 % of cargo value per day.
  public var timeCostSharePerDay: Double
  /// The route-choice scale (USD per TEU): a route this much dearer in generalized cost is e
  /// times less likely to be chosen (logit stochastic user equilibrium); `nil` takes the
  /// scenario's ``Settings/logitScaleUSDPerTEU``.
  public var logitScaleUSDPerTEU: Double?
  /// The priority class of its units at queues (one of ``Settings/priorityClasses``), or
  /// `nil` for none.
  public var priorityClass: String?
  /// When its consignments leave their origins, or `nil` for any time: departures keep the
  /// yearly volume and are spread over these hours only (a Poisson stream on a clock that
  /// runs while they are open).
  public var departureHours: OpeningHours?

  /// Creates a commodity.
  public init(id: CommodityID, name: String, valueUSDPerTEU: Double, timeCostSharePerDay: Double) {
    self.id = id
    self.name = name
    self.valueUSDPerTEU = valueUSDPerTEU
    self.timeCostSharePerDay = timeCostSharePerDay
  }

  /// The value of time of one TEU (USD per TEU-hour).
  public var valueOfTimeUSDPerTEUHour: Double { valueUSDPerTEU * timeCostSharePerDay / 24 }
}

/// Annual freight between an origin and a destination for one commodity.
public struct Demand: Hashable, Sendable {
  /// Where the freight starts.
  public var origin: NodeID
  /// Where it ends.
  public var destination: NodeID
  /// The commodity.
  public var commodity: CommodityID
  /// Volume (TEU per year).
  public var teuPerYear: Double
  /// The hours its consignments leave in, or `nil` for the commodity's
  /// (``Commodity/departureHours``): an arrival profile for this flow alone, such as trucks
  /// timed to reach a border post in its working hours.
  public var departureHours: OpeningHours?

  /// Creates a demand entry.
  public init(origin: NodeID, destination: NodeID, commodity: CommodityID, teuPerYear: Double) {
    self.origin = origin
    self.destination = destination
    self.commodity = commodity
    self.teuPerYear = teuPerYear
  }
}
