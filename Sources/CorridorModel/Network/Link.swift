/// A directed connection between two nodes by one mode.
public struct Link: Hashable, Sendable {
  /// The link's identifier.
  public var id: LinkID
  /// Where the link starts.
  public var from: NodeID
  /// Where the link ends.
  public var to: NodeID
  /// The mode.
  public var mode: Mode
  /// Length (km).
  public var distanceKm: Double
  /// Running time of a TEU over the link (hours), without waits at nodes.
  public var runningHours: Distribution
  /// Charge per TEU for using the link, whatever its length (USD).
  public var tariffUSDPerTEU: Double
  /// Charge per TEU-km (USD).
  public var tariffUSDPerTEUKm: Double
  /// Capacity (TEU per year), when known.
  public var capacityTEUPerYear: Double?
  /// Emissions (kg CO2 per TEU-km).
  public var co2KgPerTEUKm: Double
  /// The ferry service, for ferry links.
  public var ferry: FerryService?
  /// Whether the planner states that the link crosses a border without controls (controls
  /// left out of the model, say); validation then does not ask for a checkpoint on it.
  public var openBorder: Bool = false
  /// A route-choice constant (USD per TEU) added to the generalized cost of routes on this
  /// link when routes are chosen, but not to the money they report; `nil` for none.
  public var choiceConstantUSDPerTEU: Double?

  /// Creates a link.
  public init(
    id: LinkID, from: NodeID, to: NodeID, mode: Mode, distanceKm: Double,
    runningHours: Distribution, tariffUSDPerTEU: Double = 0, tariffUSDPerTEUKm: Double = 0,
    capacityTEUPerYear: Double? = nil, co2KgPerTEUKm: Double? = nil, ferry: FerryService? = nil
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.mode = mode
    self.distanceKm = distanceKm
    self.runningHours = runningHours
    self.tariffUSDPerTEU = tariffUSDPerTEU
    self.tariffUSDPerTEUKm = tariffUSDPerTEUKm
    self.capacityTEUPerYear = capacityTEUPerYear
    self.co2KgPerTEUKm = co2KgPerTEUKm ?? mode.defaultCO2KgPerTEUKm
    self.ferry = ferry
  }

  /// The money cost of moving one TEU over the link (USD).
  public var costUSDPerTEU: Double { tariffUSDPerTEU + tariffUSDPerTEUKm * distanceKm }

  /// The capacity that binds: the link's own, or its ferry service's.
  public var effectiveCapacityTEUPerYear: Double? {
    switch (capacityTEUPerYear, ferry?.capacityTEUPerYear) {
    case let (link?, ferry?): min(link, ferry)
    case let (link?, nil): link
    case let (nil, ferry?): ferry
    case (nil, nil): nil
    }
  }
}
