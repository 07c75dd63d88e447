/// The headline figures of a scenario: counts, corridors, checkpoints and demand totals.
public struct ScenarioSummary: Sendable, Encodable {
  /// A named corridor's fastest free-flow route.
  public struct CorridorLine: Sendable, Encodable {
    public var id: String
    public var name: String
    public var from: String
    public var to: String
    /// Route length (km); `nil` when a leg has no path.
    public var km: Double?
    /// Free-flow time over the route including mean service at nodes (hours).
    public var freeFlowHours: Double?
    /// Border checkpoints passed.
    public var checkpoints: [String]

    enum CodingKeys: String, CodingKey {
      case id, name, from, to, km, checkpoints
      case freeFlowHours = "free_flow_hours"
    }
  }

  /// One checkpoint process.
  public struct CheckpointLine: Sendable, Encodable {
    public var node: String
    public var name: String
    public var countries: String
    public var mode: String
    public var direction: String
    public var stages: Int
    public var lanes: Int
    /// Mean service time per unit over the stages, probability-weighted (hours).
    public var meanServiceHours: Double
    public var feeUSDPerTEU: Double
    public var openHoursPerWeek: Double
    /// CAREC CPMM clearance time (TFI1), when given (hours).
    public var observedClearanceHours: Double?

    enum CodingKeys: String, CodingKey {
      case node, name, countries, mode, direction, stages, lanes
      case meanServiceHours = "mean_service_hours"
      case feeUSDPerTEU = "fee_usd_per_teu"
      case openHoursPerWeek = "open_hours_per_week"
      case observedClearanceHours = "observed_clearance_hours"
    }
  }

  /// Demand of one commodity.
  public struct CommodityLine: Sendable, Encodable {
    public var id: String
    public var name: String
    public var odPairs: Int
    public var teuPerYear: Double
    public var valueOfTimeUSDPerTEUHour: Double

    enum CodingKeys: String, CodingKey {
      case id, name
      case odPairs = "od_pairs"
      case teuPerYear = "teu_per_year"
      case valueOfTimeUSDPerTEUHour = "value_of_time_usd_per_teu_hour"
    }
  }

  public var scenario: String
  public var name: String
  public var description: String
  public var year: Int?
  public var measures: [String]
  public var nodesByKind: [String: Int]
  public var linksByMode: [String: Int]
  public var linkKmByMode: [String: Double]
  public var countries: [String]
  public var corridors: [CorridorLine]
  public var checkpoints: [CheckpointLine]
  public var commodities: [CommodityLine]
  public var teuPerYear: Double
  public var tonnesPerYear: Double
  public var tonnesPerTEU: Double

  enum CodingKeys: String, CodingKey {
    case scenario, name, description, year, measures, countries, corridors, checkpoints
    case commodities
    case nodesByKind = "nodes_by_kind"
    case linksByMode = "links_by_mode"
    case linkKmByMode = "link_km_by_mode"
    case teuPerYear = "teu_per_year"
    case tonnesPerYear = "tonnes_per_year"
    case tonnesPerTEU = "tonnes_per_teu"
  }

  /// Summarises a scenario; corridor routes follow ``FreeFlowRoutes``.
  public init(_ scenario: Scenario) {
    self.scenario = scenario.id
    name = scenario.name
    description = scenario.description
    year = scenario.year
    measures = scenario.appliedMeasures.map(\.id)
    nodesByKind = Dictionary(grouping: scenario.nodes, by: \.kind.rawValue).mapValues(\.count)
    linksByMode = Dictionary(grouping: scenario.links, by: \.mode.rawValue).mapValues(\.count)
    linkKmByMode = Dictionary(grouping: scenario.links, by: \.mode.rawValue).mapValues {
      $0.reduce(0) { $0 + $1.distanceKm }
    }
    countries = Set(scenario.nodes.map(\.country)).sorted()
    let routes = FreeFlowRoutes(scenario)
    let kinds = Dictionary(
      scenario.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
    corridors = scenario.corridors.map { corridor in
      let path = routes.fastestPath(through: corridor.waypoints)
      let passed = path?.links.compactMap { l -> String? in
        let to = scenario.links[l].to
        return kinds[to] == .checkpoint ? to.rawValue : nil
      }
      return CorridorLine(
        id: corridor.id, name: corridor.name,
        from: corridor.waypoints.first?.rawValue ?? "", to: corridor.waypoints.last?.rawValue ?? "",
        km: path.map { $0.links.reduce(0) { $0 + scenario.links[$1].distanceKm } },
        freeFlowHours: path?.hours, checkpoints: passed ?? [])
    }
    checkpoints = scenario.nodes.flatMap { node -> [CheckpointLine] in
      guard let checkpoint = node.checkpoint else { return [] }
      return checkpoint.processes.map { process in
        CheckpointLine(
          node: node.id.rawValue, name: node.name,
          countries: checkpoint.countries.joined(separator: "–"), mode: process.mode.rawValue,
          direction: process.direction?.description ?? "both", stages: process.stages.count,
          lanes: process.stages.reduce(0) { $0 + $1.lanes },
          meanServiceHours: process.meanServiceHours, feeUSDPerTEU: process.feeUSDPerTEU,
          openHoursPerWeek: process.openingHours.hoursPerWeek,
          observedClearanceHours: process.observedClearanceHours)
      }
    }
    commodities = scenario.commodities.map { commodity in
      let flows = scenario.demand.filter { $0.commodity == commodity.id }
      return CommodityLine(
        id: commodity.id.rawValue, name: commodity.name, odPairs: flows.count,
        teuPerYear: flows.reduce(0) { $0 + $1.teuPerYear },
        valueOfTimeUSDPerTEUHour: commodity.valueOfTimeUSDPerTEUHour)
    }
    teuPerYear = scenario.totalTEUPerYear
    tonnesPerYear = scenario.totalTonnesPerYear
    tonnesPerTEU = scenario.settings.tonnesPerTEU
  }
}
