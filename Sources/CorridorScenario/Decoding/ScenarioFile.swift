import CorridorModel

/// A value together with where it was written, and where each of its fields was written.
struct Located<Value> {
  var value: Value
  var location: SourceLocation
  var fields: [String: SourceLocation] = [:]

  /// The location of a field's value, or of the whole value when the field was not written.
  func location(of field: String) -> SourceLocation { fields[field] ?? location }
}

/// An amount of demand as written: TEU or tonnes, converted once the settings are known.
struct DemandEntry {
  enum Amount {
    case teu(Double)
    case tonnes(Double)
  }

  var origin: NodeID
  var destination: NodeID
  var commodity: CommodityID
  var amount: Amount
  var departureHours: OpeningHours?

  /// The key under which a child file's entry replaces its base's.
  var key: String { "\(origin)>\(destination):\(commodity)" }

  func resolved(tonnesPerTEU: Double) -> Demand {
    let teu =
      switch amount {
      case .teu(let value): value
      case .tonnes(let value): value / tonnesPerTEU
      }
    var demand = Demand(
      origin: origin, destination: destination, commodity: commodity, teuPerYear: teu)
    demand.departureHours = departureHours
    return demand
  }
}

/// Settings a file sets; `nil` leaves the base's value.
struct SettingsPatch {
  var tonnesPerTEU: Double?
  var teuPerTruck: Double?
  var teuPerTrain: Double?
  var currencyYear: Int?
  var logitScaleUSDPerTEU: Double?
  var priorityClasses: [String]?
  var consolidation: Consolidation?
  var trainFormationMaxHours: Double?

  func applied(to settings: Settings) -> Settings {
    var result = settings
    if let tonnesPerTEU { result.tonnesPerTEU = tonnesPerTEU }
    if let teuPerTruck { result.teuPerTruck = teuPerTruck }
    if let teuPerTrain { result.teuPerTrain = teuPerTrain }
    if let currencyYear { result.currencyYear = currencyYear }
    if let logitScaleUSDPerTEU { result.logitScaleUSDPerTEU = logitScaleUSDPerTEU }
    if let priorityClasses { result.priorityClasses = priorityClasses }
    if let consolidation { result.consolidation = consolidation }
    if let trainFormationMaxHours { result.trainFormationMaxHours = trainFormationMaxHours }
    return result
  }
}

/// One scenario file as written, before inheritance and measures are resolved.
struct ScenarioFile {
  var path: String
  var rootLocation: SourceLocation
  var id: String?
  var name: String?
  var otherNames: [String: String] = [:]
  var description: String?
  var year: Int?
  var extends: Located<String>?
  var settings = SettingsPatch()
  var commodities: [Located<Commodity>] = []
  var nodes: [Located<Node>] = []
  var links: [Located<Link>] = []
  var demand: [Located<DemandEntry>] = []
  var corridors: [Located<Corridor>] = []
  var crossings: [Located<Crossing>] = []
  /// The corridor ids of `agenda_corridors:`, each where it was written; `nil` when absent.
  var agendaCorridors: [Located<String>]?
  /// The consolidated services with terms of their own, each where it was written; `nil` when
  /// the file sets no `consolidation:`.
  var consolidationServices: [Located<ServiceTerms>]?
  var measures: [Measure] = []
  /// The top-level sections the file has, to tell "absent" from "empty".
  var sections: Set<String> = []
}
