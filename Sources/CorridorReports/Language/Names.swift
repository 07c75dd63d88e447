import CorridorModel

/// The names of a scenario's places, corridors, crossings and goods in the report's language.
///
/// A name comes from the scenario's `name_ru`/`name_tr` when the report is in that language,
/// else from its `name`. Codes are for CSV id columns only: the brief writes these names.
enum Names {
  /// The name of `node`.
  static func of(_ node: Node) -> String { local(node.name, node.otherNames) }
  /// The name of `corridor`.
  static func of(_ corridor: Corridor) -> String { local(corridor.name, corridor.otherNames) }
  /// The name of `crossing`.
  static func of(_ crossing: Crossing) -> String { local(crossing.name, crossing.otherNames) }
  /// The name of `scenario`.
  static func scenario(_ scenario: Scenario) -> String {
    local(scenario.name, scenario.otherNames)
  }
  /// The name of `measure`.
  static func of(_ measure: MeasureRecord) -> String { local(measure.name, measure.otherNames) }
  /// The description of `measure`, with its source where given.
  static func description(of measure: MeasureRecord) -> String {
    local(measure.description, measure.otherDescriptions)
  }
  /// The name of `commodity`.
  static func of(_ commodity: Commodity) -> String { local(commodity.name, commodity.otherNames) }

  /// The name of the node `id` in `scenario`, or the id itself when it has none.
  static func node(_ id: NodeID, in scenario: Scenario) -> String {
    scenario.node(id).map(of) ?? id.rawValue
  }

  /// The name of the corridor results call `name` (its English name) in `scenario`, or
  /// `name` itself when the scenario has no such corridor.
  static func corridor(named name: String, in scenario: Scenario) -> String {
    scenario.corridors.first { $0.name == name }.map(of) ?? name
  }

  /// The name of the crossing `id` in `scenario`, or the id itself when it has none.
  static func crossing(_ id: String, in scenario: Scenario) -> String {
    scenario.crossings.first { $0.id == id }.map(of) ?? id
  }

  /// The name of a gateway: its border post, or the border link's two ends and mode ("Kuryk
  /// to Alat, ferry"); "no border crossed" for freight that crosses none.
  static func gateway(_ key: GatewayKey, in scenario: Scenario) -> String {
    guard let name = key.name else { return t("no border crossed") }
    if let node = scenario.node(NodeID(name)) { return of(node) }
    guard let link = scenario.links.first(where: { $0.id.rawValue == name }) else { return name }
    return t(
      "{0} to {1}, {2}", node(link.from, in: scenario), node(link.to, in: scenario),
      BriefWords.mode(link.mode))
  }

  /// `name`, or its translation among `others` (by language code) in the report's language.
  static func local(_ name: String, _ others: [String: String]) -> String {
    let language = Phrasebook.current.language
    return language == .english ? name : others[language.rawValue] ?? name
  }
}
