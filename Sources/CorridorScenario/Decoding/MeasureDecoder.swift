import CorridorModel
import Yams

/// Decodes `measures:`: named lists of changes to facilities, links, nodes and demand.
enum MeasureDecoder {
  enum FieldKind {
    case number(NumberRange)
    case integer(ClosedRange<Int>)
    case distribution
    case openingHours
    case closures
    case boolean
  }

  static let measureKeys: Set<String> = [
    "id", "name", "description", "changes", "name_ru", "name_tr", "description_ru",
    "description_tr",
  ]
  static let stageFields: [String: FieldKind] = [
    "lanes": .integer(InputRange.lanes), "service_hours": .distribution,
    "probability": .number(.probability),
  ]
  static let processFields: [String: FieldKind] = [
    "opening_hours": .openingHours, "closures": .closures,
    "fee_usd_per_teu": .number(InputRange.usdPerTEU),
    "electronic_queue": .boolean, "arrive_when_open": .boolean,
    "teu_per_unit": .number(InputRange.teuPerUnit),
    "quota_units_per_day": .integer(InputRange.quotaUnitsPerDay),
    "holding_area_units": .integer(InputRange.holdingAreaUnits),
  ]
  static let linkFields: [String: FieldKind] = [
    "km": .number(InputRange.km), "hours": .distribution,
    "speed_kmh": .number(InputRange.speedKmh),
    "tariff_usd_per_teu": .number(InputRange.usdPerTEU),
    "tariff_usd_per_teu_km": .number(InputRange.usdPerTEUKm),
    "capacity_teu_per_year": .number(InputRange.teuPerYear),
    "co2_kg_per_teu_km": .number(InputRange.co2),
    "sailings_per_week": .number(InputRange.sailingsPerWeek),
    "vessel_capacity_teu": .number(InputRange.vesselTEU),
    "choice_constant_usd_per_teu": .number(InputRange.choiceConstantUSDPerTEU),
  ]
  static let crossingFields: [String: FieldKind] = [
    "choice_constant_usd_per_teu": .number(InputRange.choiceConstantUSDPerTEU)
  ]
  static let gaugeChangeFields: [String: FieldKind] = [
    "transshipment_hours": .distribution, "capacity_teu_per_day": .number(InputRange.teuPerDay),
    "cost_usd_per_teu": .number(InputRange.usdPerTEU),
    "wagon_sets": .integer(InputRange.wagonSets),
    "wagon_cycle_hours": .number(InputRange.meanHours),
  ]
  static let hubFields: [String: FieldKind] = [
    "dwell_hours": .distribution, "handling_usd_per_teu": .number(InputRange.usdPerTEU),
    "capacity_teu_per_year": .number(InputRange.teuPerYear),
    "fixed_cost_usd_per_year": .number(InputRange.usdPerYear), "consolidates": .boolean,
  ]
  static let targets = [
    "stage", "process", "link", "gauge_change", "hub", "crossing", "add_nodes", "remove_nodes",
    "add_links", "remove_links", "demand", "add_demand",
  ]

  static func decode(_ item: Yams.Node, index: Int, context: DecodingContext) -> Measure? {
    let label = PlainScalar.peek(item, "id").map { "measure '\($0)'" } ?? "measure #\(index + 1)"
    let typeName = PlainScalar.peek(item, "type")
    let type = typeName.flatMap(MeasureType.init(rawValue:))
    // An unknown type reports itself; its other keys are then not reported one by one.
    let typeKeys = type?.keys ?? Set(MeasureType.allCases.flatMap(\.keys))
    let allowed = measureKeys.union(["type"]).union(typeName == nil ? [] : typeKeys)
    guard let reader = ObjectReader(item, what: label, allowed: allowed, context: context)
    else { return nil }
    let id = reader.identifier("id", required: true)
    var changes: [Located<Change>] = []
    if let typeName, type == nil {
      let names = MeasureType.allCases.map(\.rawValue)
      context.error(
        at: reader.value("type")?.mark,
        "unknown measure type '\(typeName)' in \(label)"
          + Spelling.hint(for: typeName, among: names) + "; the types are: "
          + names.joined(separator: ", ") + " (see docs/measures.md)")
    }
    if typeName == nil, let node = reader.value("type") {
      context.error(at: node.mark, "'type' in \(label) must be text, found \(node.kindName)")
    }
    if let type {
      changes = MeasureTypeDecoder.changes(
        of: type, reader: reader, label: label, context: context)
    }
    if let items = reader.sequence("changes", required: typeName == nil) {
      if items.isEmpty {
        context.error(at: reader.value("changes")?.mark, "'changes' in \(label) is empty")
      }
      for (i, change) in items.enumerated() {
        if let decoded = decodeChange(
          change, what: "change #\(i + 1) of \(label)", context: context)
        {
          changes.append(decoded)
        }
      }
    }
    guard let id else { return nil }
    var description = reader.string("description") ?? ""
    if let source = reader.string("source") {
      description += description.isEmpty ? "Source: \(source)" : " (source: \(source))"
    }
    var measure = Measure(
      id: id, name: reader.string("name") ?? id, description: description,
      location: reader.location, changes: changes)
    measure.otherNames = reader.otherNames()
    for language in ["ru", "tr"] {
      guard let text = reader.string("description_" + language) else { continue }
      let source = reader.string("source")
      measure.otherDescriptions[language] = text + (source.map { " (\($0))" } ?? "")
    }
    return measure
  }

  private static func decodeChange(_ node: Yams.Node, what: String, context: DecodingContext)
    -> Located<Change>?
  {
    guard
      let reader = ObjectReader(
        node, what: what, allowed: Set(targets + ["set", "scale"]), context: context)
    else { return nil }
    let present = targets.filter { reader.has($0) }
    guard present.count == 1, let target = present.first else {
      context.error(
        at: node.mark,
        present.isEmpty
          ? "\(what) names no target; expected one of: \(targets.joined(separator: ", "))"
          : "\(what) names several targets (\(present.joined(separator: ", "))); "
            + "write one change per target")
      return nil
    }
    let location = reader.location
    func located(_ change: Change?) -> Located<Change>? {
      change.map {
        Located(value: $0, location: location, fields: ["target": reader.location(of: target)])
      }
    }
    switch target {
    case "stage", "process":
      let fields = target == "stage" ? stageFields : processFields
      guard let selector = decodeSelector(reader, target: target, what: what, context: context)
      else { return nil }
      let edits = decodeEdits(reader, fields: fields, what: what, context: context)
      return located(target == "stage" ? .stage(selector, edits) : .process(selector, edits))
    case "link":
      guard let id = reader.identifier("link") else { return nil }
      return located(
        .link(LinkID(id), decodeEdits(reader, fields: linkFields, what: what, context: context)))
    case "gauge_change":
      guard let id = reader.identifier("gauge_change") else { return nil }
      return located(
        .gaugeChange(
          NodeID(id), decodeEdits(reader, fields: gaugeChangeFields, what: what, context: context)))
    case "hub":
      guard let id = reader.identifier("hub") else { return nil }
      return located(
        .hub(NodeID(id), decodeEdits(reader, fields: hubFields, what: what, context: context)))
    case "crossing":
      guard let id = reader.identifier("crossing") else { return nil }
      return located(
        .crossing(id, decodeEdits(reader, fields: crossingFields, what: what, context: context)))
    case "add_nodes":
      guard let items = reader.sequence("add_nodes") else { return nil }
      let nodes = items.enumerated().compactMap {
        NodeDecoder.decode($0.element, index: $0.offset, context: context)
      }
      return located(.addNodes(nodes))
    case "add_links":
      guard let items = reader.sequence("add_links") else { return nil }
      let links = items.enumerated().flatMap {
        LinkDecoder.decode($0.element, index: $0.offset, context: context)
      }
      return located(.addLinks(links))
    case "add_demand":
      guard let items = reader.sequence("add_demand") else { return nil }
      let entries = items.enumerated().compactMap {
        DemandDecoder.demand($0.element, index: $0.offset, context: context)
      }
      return located(.addDemand(entries))
    case "remove_nodes", "remove_links":
      guard let list = reader.value(target),
        let names = context.strings(list, named: "'\(target)' in \(what)")
      else { return nil }
      let items = names.map { (name, mark) in
        Located(value: name, location: context.location(mark))
      }
      return located(
        target == "remove_nodes"
          ? .removeNodes(items.map { Located(value: NodeID($0.value), location: $0.location) })
          : .removeLinks(items.map { Located(value: LinkID($0.value), location: $0.location) }))
    default:  // "demand"
      return located(decodeDemandScale(reader, what: what, context: context))
    }
  }

  private static func decodeSelector(
    _ reader: ObjectReader, target: String, what: String, context: DecodingContext
  ) -> ProcessSelector? {
    guard let node = reader.value(target) else { return nil }
    let keys: Set<String> =
      target == "stage"
      ? ["checkpoint", "mode", "direction", "stage"] : ["checkpoint", "mode", "direction"]
    guard
      let selector = ObjectReader(
        node, what: "'\(target)' of \(what)", allowed: keys, context: context)
    else { return nil }
    let checkpoint = selector.identifier("checkpoint", required: true)
    let mode = selector.choice("mode", CheckpointDecoder.modes)
    var direction: BorderDirection?
    if let text = selector.string("direction"), text != "both" {
      direction = CheckpointDecoder.parseDirection(
        text, at: selector.value("direction")?.mark, countries: nil, what: what, context: context)
    }
    let stage = selector.identifier("stage")
    guard let checkpoint else { return nil }
    return ProcessSelector(
      checkpoint: NodeID(checkpoint), mode: mode, direction: direction, stage: stage)
  }

  private static func decodeEdits(
    _ reader: ObjectReader, fields: [String: FieldKind], what: String, context: DecodingContext
  ) -> [(field: String, edit: FieldEdit)] {
    var edits: [(field: String, edit: FieldEdit)] = []
    if !reader.has("set") && !reader.has("scale") {
      context.error(
        at: reader.mark,
        "\(what) changes nothing; add 'set:' or 'scale:' with some of: "
          + fields.keys.sorted().joined(separator: ", "))
    }
    for verb in ["set", "scale"] {
      guard let node = reader.value(verb),
        let block = ObjectReader(
          node, what: "'\(verb)' of \(what)", allowed: Set(fields.keys), context: context)
      else { continue }
      for pair in block.pairs {
        guard let kind = fields[pair.key] else { continue }
        let name = "'\(pair.key)' in '\(verb)' of \(what)"
        if verb == "scale" {
          switch kind {
          case .openingHours, .closures, .boolean:
            context.error(at: pair.keyNode.mark, "\(name) cannot be scaled; use 'set:'")
            continue
          default: break
          }
          if let factor = context.number(pair.value, named: name, InputRange.scaleFactor) {
            edits.append((pair.key, .scale(factor)))
          }
          continue
        }
        switch kind {
        case .number(let range):
          if let value = context.number(pair.value, named: name, range) {
            edits.append((pair.key, .setNumber(value)))
          }
        case .integer(let range):
          if let value = context.integer(pair.value, named: name, range) {
            edits.append((pair.key, .setInteger(value)))
          }
        case .distribution:
          if let value = DistributionDecoder.decode(pair.value, named: name, context: context) {
            edits.append((pair.key, .setDistribution(value)))
          }
        case .openingHours:
          if let value = CheckpointDecoder.decodeOpeningHours(
            pair.value, named: name, context: context)
          {
            edits.append((pair.key, .setOpeningHours(value)))
          }
        case .closures:
          if let value = ClosuresDecoder.decode(pair.value, named: name, context: context) {
            edits.append((pair.key, .setClosures(value)))
          }
        case .boolean:
          if let flag = pair.value.scalar.flatMap(PlainScalar.bool) {
            edits.append((pair.key, .setBool(flag)))
          } else {
            context.error(
              at: pair.value.mark, "\(name) must be true or false, found \(pair.value.kindName)")
          }
        }
      }
    }
    return edits
  }

  private static func decodeDemandScale(
    _ reader: ObjectReader, what: String, context: DecodingContext
  ) -> Change? {
    guard let node = reader.value("demand") else { return nil }
    var from: String?
    var to: String?
    var commodity: String?
    if case .mapping = node {
      guard
        let filter = ObjectReader(
          node, what: "'demand' of \(what)", allowed: ["from", "to", "commodity"],
          context: context)
      else { return nil }
      from = filter.identifier("from")
      to = filter.identifier("to")
      commodity = filter.identifier("commodity")
    } else if !(node.scalar?.string == "all") {
      context.error(
        at: node.mark,
        "'demand' of \(what) must be 'all' or a filter {from, to, commodity}, found "
          + node.kindName)
      return nil
    }
    guard let scaleNode = reader.value("scale") else {
      reader.missing("scale", expected: "the factor to multiply the matching demand by")
      return nil
    }
    guard
      let factor = context.number(scaleNode, named: "'scale' of \(what)", InputRange.scaleFactor)
    else {
      return nil
    }
    if reader.has("set") {
      context.error(at: reader.value("set")?.mark, "a demand change takes 'scale:', not 'set:'")
    }
    return .scaleDemand(
      factor: factor, from: from.map { NodeID($0) }, to: to.map { NodeID($0) },
      commodity: commodity.map { CommodityID($0) })
  }
}
