/// How consolidation hubs join up: scheduled services between every two of them.
///
/// A hub that consolidates (``Hub/consolidates``) sends freight to every other such hub in
/// scheduled services (block trains, liner trucks) that leave ``departuresPerWeek`` times a
/// week with room for ``teuPerDeparture`` TEU, over the network's own links, at
/// ``tariffFactor`` of their tariffs: the economies of scale that the discount α of the
/// hub-location models stands for.
public struct Consolidation: Hashable, Sendable {
  /// The mode family the services run by (rail: block trains; road: liner trucks); they may
  /// also take ferries, ships and transfer links on the way.
  public var mode: ModeFamily = .rail
  /// Departures a week of each service.
  public var departuresPerWeek: Double
  /// TEU one departure carries (a block train, a convoy).
  public var teuPerDeparture: Double
  /// The share of the links' tariffs a consolidated service charges (0 to 1).
  public var tariffFactor: Double

  /// Creates consolidation settings.
  public init(departuresPerWeek: Double, teuPerDeparture: Double, tariffFactor: Double) {
    self.departuresPerWeek = departuresPerWeek
    self.teuPerDeparture = teuPerDeparture
    self.tariffFactor = tariffFactor
  }

  /// The capacity of one service in TEU a year.
  public var capacityTEUPerYear: Double { departuresPerWeek * teuPerDeparture * 365.0 / 7.0 }

  /// The mean wait for the next departure with random arrivals (hours).
  public var meanHeadwayWaitHours: Double {
    departuresPerWeek > 0 ? 168 / departuresPerWeek / 2 : 0
  }
}

/// A scheduled service between two consolidation hubs over a path of the network.
public struct ConsolidatedService: Hashable, Sendable {
  /// The hub it leaves from (a node index in ``Scenario/nodes``).
  public var origin: Int
  /// The hub it runs to.
  public var destination: Int
  /// The scenario links it runs over, in order (indices in ``Scenario/links``).
  public var links: [Int]
  /// The schedule, capacity and tariff.
  public var terms: Consolidation
  /// Hours from departure to arrival at free flow, as ``Scenario/consolidatedServices()``
  /// prices it.
  public internal(set) var freeFlowHours = 0.0
  /// Money per TEU of the run (USD).
  public internal(set) var moneyUSD = 0.0
  /// Length of the run (km).
  public internal(set) var km = 0.0

  /// Creates a service.
  public init(origin: Int, destination: Int, links: [Int], terms: Consolidation) {
    self.origin = origin
    self.destination = destination
    self.links = links
    self.terms = terms
  }
}
