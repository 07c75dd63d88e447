import CorridorModel
import Yams

/// Decodes the top level of one scenario file into a ``ScenarioFile``.
enum ScenarioFileDecoder {
  static let topKeys: Set<String> = [
    "scenario", "name", "name_ru", "name_tr", "description", "year", "extends", "settings",
    "commodities", "nodes", "links", "demand", "corridors", "agenda_corridors", "crossings",
    "measures",
  ]
  static let settingsKeys: Set<String> = [
    "tonnes_per_teu", "teu_per_truck", "teu_per_train", "currency_year",
    "logit_scale_usd_per_teu", "priority_classes", "consolidation", "train_formation_max_hours",
  ]

  static func decode(_ root: Yams.Node, context: DecodingContext) -> ScenarioFile? {
    guard
      let reader = ObjectReader(
        root, what: "the scenario file", allowed: topKeys, context: context)
    else { return nil }
    var file = ScenarioFile(path: context.path, rootLocation: reader.location)
    file.sections = Set(reader.pairs.map(\.key))
    file.id = reader.identifier("scenario", required: true)
    if let id = file.id, !ScenarioID.isValid(id) {
      context.error(
        at: reader.value("scenario")?.mark,
        "'scenario' is '\(id)'; the id names the report folder (Reports/<id>/), so it takes "
          + "letters, digits, '.', '-' and '_', starting with a letter or a digit, at most "
          + "\(ScenarioID.maximumBytes) bytes")
      file.id = nil
    }
    file.name = reader.string("name")
    file.otherNames = reader.otherNames()
    file.description = reader.string("description")
    file.year = reader.integer("year", InputRange.year)
    if let base = reader.string("extends") {
      file.extends = Located(value: base, location: reader.location(of: "extends"))
    }
    if let node = reader.value("settings"),
      let settings = ObjectReader(node, what: "settings", allowed: settingsKeys, context: context)
    {
      file.settings.tonnesPerTEU = settings.number("tonnes_per_teu", InputRange.tonnesPerTEU)
      file.settings.teuPerTruck = settings.number("teu_per_truck", InputRange.teuPerUnit)
      file.settings.teuPerTrain = settings.number("teu_per_train", InputRange.teuPerUnit)
      file.settings.currencyYear = settings.integer("currency_year", InputRange.year)
      file.settings.trainFormationMaxHours = settings.number(
        "train_formation_max_hours", InputRange.meanHours)
      file.settings.logitScaleUSDPerTEU = settings.number(
        "logit_scale_usd_per_teu", InputRange.logitScaleUSDPerTEU)
      if let list = settings.value("priority_classes") {
        file.settings.priorityClasses = priorityClasses(list, context: context)
      }
      if let node = settings.value("consolidation") {
        let decoded = ConsolidationDecoder.decode(node, context: context)
        file.settings.consolidation = decoded?.terms
        file.consolidationServices = decoded?.services ?? []
      }
    }
    // A file that writes 'extends' (even wrongly) is a child: its own error says what is
    // wrong, rather than the root sections it does not need.
    let isRoot = !reader.has("extends")
    file.commodities = entries(reader, "commodities", required: isRoot) {
      DemandDecoder.commodity($0, index: $1, context: context)
    }
    file.nodes = entries(reader, "nodes", required: isRoot) {
      NodeDecoder.decode($0, index: $1, context: context)
    }
    file.links = entries(reader, "links", required: isRoot) {
      LinkDecoder.decode($0, index: $1, context: context)
    }.flatMap { $0 }
    file.demand = entries(reader, "demand", required: isRoot) {
      DemandDecoder.demand($0, index: $1, context: context)
    }
    file.corridors = entries(reader, "corridors", required: false) {
      DemandDecoder.corridor($0, index: $1, context: context)
    }
    if let agenda = reader.value("agenda_corridors") {
      file.agendaCorridors = AgendaDecoder.decode(agenda, context: context)
    }
    file.crossings = entries(reader, "crossings", required: false) {
      CrossingDecoder.crossing($0, index: $1, context: context)
    }
    file.measures = entries(reader, "measures", required: false) {
      MeasureDecoder.decode($0, index: $1, context: context)
    }
    checkDuplicates(file, context: context)
    return file
  }

  /// The priority classes, highest first: distinct names, at most 100.
  private static func priorityClasses(_ list: Yams.Node, context: DecodingContext) -> [String]? {
    guard let names = context.strings(list, named: "'priority_classes' in settings") else {
      return nil
    }
    var seen: Set<String> = []
    for (name, mark) in names where !seen.insert(name).inserted {
      context.error(at: mark, "priority class '\(name)' is listed twice in 'priority_classes'")
    }
    guard names.count <= 100 else {
      context.error(at: list.mark, "'priority_classes' lists \(names.count) classes; at most 100")
      return nil
    }
    return names.map(\.0)
  }

  private static func entries<T>(
    _ reader: ObjectReader, _ key: String, required: Bool,
    _ decode: (Yams.Node, Int) -> T?
  ) -> [T] {
    guard let items = reader.sequence(key, required: required) else { return [] }
    var result: [T] = []
    for (index, item) in items.enumerated() {
      if reader.context.sink.budgetSpent { break }
      if let value = decode(item, index) { result.append(value) }
    }
    return result
  }

  /// Identifiers must be unique within one file; a child file may reuse a base's to replace it.
  private static func checkDuplicates(_ file: ScenarioFile, context: DecodingContext) {
    func check<T>(_ items: [Located<T>], kind: String, key: (T) -> String) {
      var first: [String: SourceLocation] = [:]
      for item in items {
        let id = key(item.value)
        if let earlier = first[id] {
          context.sink.error(
            item.location(of: "id"),
            "duplicate \(kind) '\(id)' (first defined at line \(earlier.line)); each \(kind) "
              + "must be unique in a file")
        } else {
          first[id] = item.location(of: "id")
        }
      }
    }
    check(file.nodes, kind: "node id") { $0.id.rawValue }
    check(file.links, kind: "link id") { $0.id.rawValue }
    check(file.commodities, kind: "commodity id") { $0.id.rawValue }
    check(file.corridors, kind: "corridor id") { $0.id }
    check(file.crossings, kind: "crossing id") { $0.id }
    check(file.demand, kind: "demand entry (from, to, commodity)") { $0.key }
    var measures: [String: SourceLocation] = [:]
    for measure in file.measures {
      if let earlier = measures[measure.id] {
        context.sink.error(
          measure.location,
          "duplicate measure id '\(measure.id)' (first defined at line \(earlier.line))")
      }
      measures[measure.id] = measure.location
    }
  }
}
