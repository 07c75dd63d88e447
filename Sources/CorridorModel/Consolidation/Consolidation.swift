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
  /// Services between two hubs whose terms differ from these, one direction each.
  public var services: [ServiceTerms] = []

  /// Creates consolidation settings.
  public init(departuresPerWeek: Double, teuPerDeparture: Double, tariffFactor: Double) {
    self.departuresPerWeek = departuresPerWeek
    self.teuPerDeparture = teuPerDeparture
    self.tariffFactor = tariffFactor
  }

  /// The terms of the service from hub `origin` to hub `destination`: its own where
  /// ``services`` gives them, these otherwise.
  public func terms(from origin: NodeID, to destination: NodeID) -> Consolidation {
    var terms = self
    terms.services = []
    guard let own = services.last(where: { $0.from == origin && $0.to == destination }) else {
      return terms
    }
    if let departures = own.departuresPerWeek { terms.departuresPerWeek = departures }
    if let teu = own.teuPerDeparture { terms.teuPerDeparture = teu }
    if let factor = own.tariffFactor { terms.tariffFactor = factor }
    return terms
  }

  /// The capacity of one service in TEU a year.
  public var capacityTEUPerYear: Double { departuresPerWeek * teuPerDeparture * 365.0 / 7.0 }

  /// The mean wait for the next departure with random arrivals (hours).
  public var meanHeadwayWaitHours: Double {
    departuresPerWeek > 0 ? 168 / departuresPerWeek / 2 : 0
  }
}

/// The terms of the service from one consolidation hub to another where they differ from the
/// scenario's ``Consolidation``: each figure left `nil` keeps the scenario's.
public struct ServiceTerms: Hashable, Sendable {
  /// The hub it leaves from.
  public var from: NodeID
  /// The hub it runs to.
  public var to: NodeID
  /// Departures a week, or `nil` for the scenario's.
  public var departuresPerWeek: Double?
  /// TEU a departure carries, or `nil` for the scenario's.
  public var teuPerDeparture: Double?
  /// The share of the links' tariffs it charges, or `nil` for the scenario's.
  public var tariffFactor: Double?

  /// Creates the terms of one service.
  public init(
    from: NodeID, to: NodeID, departuresPerWeek: Double? = nil, teuPerDeparture: Double? = nil,
    tariffFactor: Double? = nil
  ) {
    self.from = from
    self.to = to
    self.departuresPerWeek = departuresPerWeek
    self.teuPerDeparture = teuPerDeparture
    self.tariffFactor = tariffFactor
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
