/// Transshipment between rail gauges at a break-of-gauge station.
public struct GaugeChange: Hashable, Sendable {
  /// Time to move one train's containers between gauges, or to change its bogies (hours).
  public var transshipmentHours: Distribution
  /// TEU the station can transship per day.
  public var capacityTEUPerDay: Double?
  /// Charge per TEU transshipped (USD).
  public var costUSDPerTEU: Double
  /// Wagon sets of the other gauge, when their supply limits the yard: a train waits for a
  /// free set, which comes back ``wagonCycleHours`` after it was taken; `nil` for enough.
  public var wagonSets: Int?
  /// Hours from taking a wagon set to its return (loading, the trip and the trip back).
  public var wagonCycleHours: Double?

  /// Creates a gauge-change facility.
  public init(transshipmentHours: Distribution, capacityTEUPerDay: Double?, costUSDPerTEU: Double) {
    self.transshipmentHours = transshipmentHours
    self.capacityTEUPerDay = capacityTEUPerDay
    self.costUSDPerTEU = costUSDPerTEU
  }
}

/// A logistics hub, dry port or terminal: where freight dwells and is handled.
public struct Hub: Hashable, Sendable {
  /// Mean time a TEU spends in the hub (hours).
  public var dwellHours: Distribution
  /// Handling charge per TEU (USD).
  public var handlingUSDPerTEU: Double
  /// Throughput capacity (TEU per year), when known.
  public var capacityTEUPerYear: Double?
  /// Whether the hub is a candidate site rather than an existing one.
  public var isCandidate: Bool
  /// Annualised fixed cost of opening the hub, for candidates (USD per year).
  public var fixedCostUSDPerYear: Double?
  /// Whether the hub consolidates freight into scheduled services to the other consolidation
  /// hubs (see ``Consolidation``); a candidate does once a plan opens it.
  public var consolidates = false

  /// Creates a hub.
  public init(
    dwellHours: Distribution, handlingUSDPerTEU: Double, capacityTEUPerYear: Double? = nil,
    isCandidate: Bool = false, fixedCostUSDPerYear: Double? = nil
  ) {
    self.dwellHours = dwellHours
    self.handlingUSDPerTEU = handlingUSDPerTEU
    self.capacityTEUPerYear = capacityTEUPerYear
    self.isCandidate = isCandidate
    self.fixedCostUSDPerYear = fixedCostUSDPerYear
  }
}

/// A ferry service on a link: sailings, vessel size and crossing time.
public struct FerryService: Hashable, Sendable {
  /// Departures per week.
  public var sailingsPerWeek: Double
  /// TEU one vessel carries.
  public var vesselCapacityTEU: Double
  /// Time at sea (hours); the wait for a sailing comes on top.
  public var sailingHours: Distribution

  /// Creates a ferry service.
  public init(sailingsPerWeek: Double, vesselCapacityTEU: Double, sailingHours: Distribution) {
    self.sailingsPerWeek = sailingsPerWeek
    self.vesselCapacityTEU = vesselCapacityTEU
    self.sailingHours = sailingHours
  }

  /// The capacity of the service in TEU per year.
  public var capacityTEUPerYear: Double { sailingsPerWeek * vesselCapacityTEU * 365.0 / 7.0 }

  /// The mean wait for the next sailing with random arrivals and evenly spaced sailings (hours).
  public var meanHeadwayWaitHours: Double { sailingsPerWeek > 0 ? 168 / sailingsPerWeek / 2 : 0 }
}
