import CorridorModel
import OrderedCollections

/// A scenario being resolved: the base's content with each element's location kept, so that
/// later files can replace elements by identifier and errors can point at the right line.
struct ScenarioDraft {
  var id: String
  var name: String?
  var otherNames: [String: String] = [:]
  var description: String?
  var year: Int?
  var rootLocation: SourceLocation
  var settings = Settings()
  var commodities: OrderedDictionary<CommodityID, Located<Commodity>> = [:]
  var nodes: OrderedDictionary<NodeID, Located<CorridorModel.Node>> = [:]
  var links: OrderedDictionary<LinkID, Located<Link>> = [:]
  var demand: OrderedDictionary<String, Located<DemandEntry>> = [:]
  var corridors: OrderedDictionary<String, Located<Corridor>> = [:]
  var crossings: OrderedDictionary<String, Located<Crossing>> = [:]
  /// The agenda's corridor ids: the last file's that gives them.
  var agendaCorridors: [Located<String>]?
  /// The consolidated services with terms of their own, from the last file that sets
  /// `consolidation:`.
  var consolidationServices: [Located<ServiceTerms>] = []
  var measures: [MeasureRecord] = []

  /// A draft holding one file's content, with no base.
  init(file: ScenarioFile) {
    id = file.id ?? "scenario"
    rootLocation = file.rootLocation
    overlay(file)
  }

  /// Lays a child file's content over the draft: same identifiers replace, new ones append.
  mutating func overlay(_ file: ScenarioFile) {
    if let fileID = file.id { id = fileID }
    if file.name != nil { otherNames = [:] }
    name = file.name ?? name
    otherNames.merge(file.otherNames) { _, new in new }
    description = file.description ?? description
    year = file.year ?? year
    rootLocation = file.rootLocation
    settings = file.settings.applied(to: settings)
    for item in file.commodities { commodities[item.value.id] = item }
    for item in file.nodes { nodes[item.value.id] = item }
    for item in file.links { links[item.value.id] = item }
    for item in file.demand { demand[item.value.key] = item }
    for item in file.corridors { corridors[item.value.id] = item }
    for item in file.crossings { crossings[item.value.id] = item }
    if let agenda = file.agendaCorridors { agendaCorridors = agenda }
    if let services = file.consolidationServices { consolidationServices = services }
  }

  /// The finished scenario value.
  var scenario: Scenario {
    var scenario = Scenario(
      id: id, name: name ?? id, description: description ?? "", year: year, settings: settings,
      nodes: nodes.values.map(\.value), links: links.values.map(\.value),
      commodities: commodities.values.map(\.value),
      demand: demand.values.map { $0.value.resolved(tonnesPerTEU: settings.tonnesPerTEU) },
      corridors: corridors.values.map(\.value), appliedMeasures: measures)
    scenario.crossings = crossings.values.map(\.value)
    scenario.otherNames = otherNames
    scenario.agendaCorridors = agendaCorridors?.map(\.value)
    scenario.settings.consolidation?.services = consolidationServices.map(\.value)
    return scenario
  }
}
