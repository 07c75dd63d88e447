/// A complete, resolved scenario: the network, its facilities, the demand and the settings.
///
/// A scenario is a value: measures and comparisons make changed copies of it.
public struct Scenario: Hashable, Sendable {
  /// The scenario's identifier, used for report folders (for example `ots-baseline-2025`).
  public var id: String
  /// A readable title.
  public var name: String
  /// A description of what the scenario represents.
  public var description: String
  /// The year the figures describe.
  public var year: Int?
  /// Global settings.
  public var settings: Settings
  /// The nodes, in the order they were declared.
  public var nodes: [Node]
  /// The directed links, in the order they were declared.
  public var links: [Link]
  /// The commodities.
  public var commodities: [Commodity]
  /// The origin–destination demand.
  public var demand: [Demand]
  /// The name in other languages, by ISO 639-1 code (`ru`, `tr`), from `name_ru`, `name_tr`.
  public var otherNames: [String: String] = [:]
  /// The named corridors to report on.
  public var corridors: [Corridor]
  /// The border crossings whose posts are measured together.
  public var crossings: [Crossing] = []
  /// The ids of the corridors a meeting discusses, in the order the brief's charts show them
  /// (`agenda_corridors:`), or `nil` when the scenario names none.
  public var agendaCorridors: [String]?
  /// How the scenario's files say their figures were found: entries citing a source, and
  /// entries marked as estimates (in every file read, bases included).
  public var provenance = Provenance()

  /// Counts of the scenario's entries by how their figures were found.
  public struct Provenance: Hashable, Sendable {
    /// Entries that cite a source.
    public var sourced = 0
    /// Entries marked as estimates.
    public var estimated = 0

    /// Creates the counts.
    public init(sourced: Int = 0, estimated: Int = 0) {
      self.sourced = sourced
      self.estimated = estimated
    }
  }
  /// The measures applied to reach this scenario from its bases, in order.
  public var appliedMeasures: [MeasureRecord]

  /// Creates a scenario.
  public init(
    id: String, name: String, description: String = "", year: Int? = nil,
    settings: Settings = Settings(), nodes: [Node] = [], links: [Link] = [],
    commodities: [Commodity] = [], demand: [Demand] = [], corridors: [Corridor] = [],
    appliedMeasures: [MeasureRecord] = []
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.year = year
    self.settings = settings
    self.nodes = nodes
    self.links = links
    self.commodities = commodities
    self.demand = demand
    self.corridors = corridors
    self.appliedMeasures = appliedMeasures
  }

  /// The node with the given identifier.
  public func node(_ id: NodeID) -> Node? { nodes.first { $0.id == id } }

  /// The commodity with the given identifier.
  public func commodity(_ id: CommodityID) -> Commodity? { commodities.first { $0.id == id } }

  /// TEU per processed unit at a checkpoint process: its own figure or the mode's default.
  public func teuPerUnit(of process: CheckpointProcess) -> Double {
    if let own = process.teuPerUnit { return own }
    switch process.mode {
    case .road: return settings.teuPerTruck
    case .rail: return settings.teuPerTrain
    case .water: return settings.teuPerTruck
    }
  }

  /// The route-choice scale of a commodity (USD per TEU), or `nil` when its routes are chosen
  /// by deterministic equilibrium.
  public func logitScaleUSDPerTEU(of commodity: Commodity) -> Double? {
    commodity.logitScaleUSDPerTEU ?? settings.logitScaleUSDPerTEU
  }

  /// Where a commodity's units come in the queues: the position of its priority class, or
  /// after every class when it has none (0 is served first).
  public func priorityRank(of commodity: Commodity) -> Int {
    commodity.priorityClass.flatMap { settings.priorityClasses.firstIndex(of: $0) }
      ?? settings.priorityClasses.count
  }

  /// Total demand (TEU per year).
  public var totalTEUPerYear: Double { demand.reduce(0) { $0 + $1.teuPerYear } }

  /// Total demand in tonnes per year, using the scenario's tonnes per TEU.
  public var totalTonnesPerYear: Double { totalTEUPerYear * settings.tonnesPerTEU }
}

/// Global settings of a scenario.
public struct Settings: Hashable, Sendable {
  /// Average cargo mass per loaded TEU (tonnes), for converting tonne figures.
  public var tonnesPerTEU: Double
  /// TEU per truck, the default processing unit of road checkpoints.
  public var teuPerTruck: Double
  /// TEU per train, the default processing unit of rail checkpoints and gauge changes.
  public var teuPerTrain: Double
  /// The currency year of money figures.
  public var currencyYear: Int?
  /// The route-choice scale of commodities that give none (USD per TEU), or `nil` for the
  /// deterministic equilibrium (see ``Commodity/logitScaleUSDPerTEU``).
  public var logitScaleUSDPerTEU: Double?
  /// Priority classes, highest first: at every queue a unit of a higher class is served
  /// before any of a lower one (without interrupting a unit in service); commodities without
  /// a class come after all of them.
  public var priorityClasses: [String] = []
  /// The services between consolidation hubs, or `nil` for none.
  public var consolidation: Consolidation?
  /// The longest a train formed from trucks waits for its first truck's company: where a
  /// route takes the rail after the road, its trucks wait for a train, which leaves when
  /// full or this many hours after its first truck came; `nil`: only when full.
  public var trainFormationMaxHours: Double?

  /// Creates settings; the defaults are documented in the scenario format reference.
  public init(
    tonnesPerTEU: Double = 10, teuPerTruck: Double = 2, teuPerTrain: Double = 86,
    currencyYear: Int? = nil
  ) {
    self.tonnesPerTEU = tonnesPerTEU
    self.teuPerTruck = teuPerTruck
    self.teuPerTrain = teuPerTrain
    self.currencyYear = currencyYear
  }
}

/// A record of a measure applied to a scenario, kept for reports.
public struct MeasureRecord: Hashable, Sendable {
  /// The measure's identifier.
  public var id: String
  /// A readable name.
  public var name: String
  /// What the measure stands for, with its source where given.
  public var description: String
  /// The name in other languages (`name_ru`, `name_tr`), by language code.
  public var otherNames: [String: String] = [:]
  /// The description in other languages, with the source where given, by language code.
  public var otherDescriptions: [String: String] = [:]

  /// Creates a measure record.
  public init(id: String, name: String, description: String) {
    self.id = id
    self.name = name
    self.description = description
  }
}
