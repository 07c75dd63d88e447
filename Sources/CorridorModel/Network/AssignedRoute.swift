/// One route an OD pair uses, with its share of the pair's demand.
///
/// What an assignment hands to the simulation and the reports: the scenario links followed,
/// the annual TEU on them, and the route's time, money and generalized cost per TEU.
public struct AssignedRoute: Sendable {
  public var commodity: CommodityID
  public var origin: NodeID
  public var destination: NodeID
  /// The scenario nodes passed, in order.
  public var nodes: [NodeID]
  /// The scenario links used, in order (indices in ``Scenario/links``).
  public var links: [Int]
  /// The border checkpoints passed, in order.
  public var checkpoints: [NodeID]
  /// The named corridors the route follows in their own direction (see
  /// ``Corridor/isFollowed(by:)``).
  public var corridors: [String]
  /// Annual TEU on the route.
  public var teuPerYear: Double
  /// Share of the OD pair's demand (0 to 1).
  public var share: Double
  /// Hours per TEU, waits included.
  public var hours: Double
  /// Money per TEU (USD).
  public var moneyUSD: Double
  /// Generalized cost per TEU: money plus value of time × hours (USD).
  public var generalizedCostUSD: Double
  /// Length (km).
  public var km: Double
  /// The consolidated services the route rides, in order.
  public var serviceLegs: [ServiceLeg] = []

  /// A ride on a consolidated service: the service, and the position in ``links`` of the
  /// first link of its run.
  public struct ServiceLeg: Hashable, Sendable {
    /// The service.
    public var service: ConsolidatedService
    /// Where its run starts in the route's links.
    public var firstLink: Int

    /// Creates a service leg.
    public init(service: ConsolidatedService, firstLink: Int) {
      self.service = service
      self.firstLink = firstLink
    }
  }

  /// Creates a route.
  public init(
    commodity: CommodityID, origin: NodeID, destination: NodeID, nodes: [NodeID], links: [Int],
    checkpoints: [NodeID], corridors: [String], teuPerYear: Double, share: Double,
    hours: Double, moneyUSD: Double, generalizedCostUSD: Double, km: Double,
    serviceLegs: [ServiceLeg] = []
  ) {
    self.serviceLegs = serviceLegs
    self.commodity = commodity
    self.origin = origin
    self.destination = destination
    self.nodes = nodes
    self.links = links
    self.checkpoints = checkpoints
    self.corridors = corridors
    self.teuPerYear = teuPerYear
    self.share = share
    self.hours = hours
    self.moneyUSD = moneyUSD
    self.generalizedCostUSD = generalizedCostUSD
    self.km = km
  }
}

extension Array where Element == AssignedRoute {
  /// Annual TEU on the routes that follow the named corridor.
  public func teuPerYear(onCorridor name: String) -> Double {
    reduce(0) { $0 + ($1.corridors.contains(name) ? $1.teuPerYear : 0) }
  }

  /// TEU per year on the routes that follow a corridor the other way.
  public func teuPerYear(against corridor: Corridor) -> Double {
    reduce(0) { $0 + (corridor.isFollowedBackwards(by: $1.nodes) ? $1.teuPerYear : 0) }
  }
}
