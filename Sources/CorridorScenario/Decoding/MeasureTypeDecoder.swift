import CorridorModel
import Yams

/// Decodes a measure written with `type:` and expands it into ordinary changes.
enum MeasureTypeDecoder {
  /// The changes a typed measure stands for, or an empty list after reporting its errors.
  static func changes(
    of type: MeasureType, reader: ObjectReader, label: String, context: DecodingContext
  ) -> [Located<Change>] {
    guard let values = parameters(of: type, reader: reader, label: label, context: context) else {
      return []
    }
    if type.targets == .newNetwork {
      return newNetwork(reader: reader, label: label, context: context)
    }
    let key = type.targets.rawValue
    guard let list = reader.value(key) else {
      reader.missing(key, expected: "the list of ids the \(type.rawValue) measure applies to")
      return []
    }
    guard let targets = context.strings(list, named: "'\(key)' in \(label)") else { return [] }
    if targets.isEmpty {
      context.error(at: list.mark, "'\(key)' in \(label) is empty; name at least one id")
      return []
    }
    let mode = reader.choice("mode", CheckpointDecoder.modes) ?? type.defaultMode
    var direction: BorderDirection?
    if let text = reader.string("direction"), text != "both" {
      direction = CheckpointDecoder.parseDirection(
        text, at: reader.value("direction")?.mark, countries: nil, what: label, context: context)
      if direction == nil { return [] }
    }
    let stage = reader.identifier("stage") ?? type.defaultStage
    func located(_ change: Change, _ mark: Mark?) -> Located<Change> {
      let here = context.location(mark)
      return Located(value: change, location: here, fields: ["target": here])
    }
    if type == .oneStopBorderPost {
      guard targets.count == 2 else {
        context.error(
          at: list.mark,
          "'checkpoints' of \(label) must name the two sides of one crossing, such as "
            + "[RBR-GE, RBR-AZ]; found \(targets.count) ids")
        return []
      }
      return [
        located(
          .oneStopBorderPost(NodeID(targets[0].0), NodeID(targets[1].0), mode: mode),
          targets[0].1)
      ]
    }
    var result: [Located<Change>] = []
    for (id, mark) in targets {
      func selector(stage: String?) -> ProcessSelector {
        ProcessSelector(checkpoint: NodeID(id), mode: mode, direction: direction, stage: stage)
      }
      for change in expand(type, values, id: id, selector: selector, stage: stage) {
        result.append(located(change, mark))
      }
    }
    return result
  }

  /// The ordinary changes of one target of a typed measure.
  private static func expand(
    _ type: MeasureType, _ values: [String: Double], id: String,
    selector: (String?) -> ProcessSelector, stage: String?
  ) -> [Change] {
    let value = { (key: String) in values[key] }
    let given = { (key: String) in values[key] ?? 0 }
    switch type {
    case .preArrivalDeclaration, .singleWindow:
      return [.stage(selector(stage), [("service_hours", .scale(given("documents_time_factor")))])]
    case .eTIR:
      let share = given("transit_share")
      let factor = 1 - share + share / given("speedup")
      return [.stage(selector(stage), [("service_hours", .scale(factor))])]
    case .eCMR:
      let factor = 1 - given("consignment_note_share") * given("time_saving")
      var changes: [Change] = [.stage(selector(stage), [("service_hours", .scale(factor))])]
      if let saving = value("saving_usd_per_teu"), saving > 0 {
        changes.append(.process(selector(nil), [("fee_usd_per_teu", .reduce(saving))]))
      }
      return changes
    case .riskBasedInspection:
      let total = given("green") + given("yellow") + given("red")
      let inspected = (given("yellow") + given("red")) / total
      return [.stage(selector(stage), [("probability", .setNumber(inspected))])]
    case .electronicQueue:
      return [.process(selector(nil), [("electronic_queue", .setBool(true))])]
    case .open24x7:
      return [.process(selector(nil), [("opening_hours", .setOpeningHours(.always))])]
    case .moreLanes:
      var edits: [(field: String, edit: FieldEdit)] = []
      if let extra = value("add_lanes") { edits.append(("lanes", .add(extra))) }
      if let factor = value("lanes_factor") { edits.append(("lanes", .scale(factor))) }
      return [.stage(selector(stage), edits)]
    case .gaugeChangeCapacity:
      var edits: [(field: String, edit: FieldEdit)] = []
      if let capacity = value("capacity_teu_per_day") {
        edits.append(("capacity_teu_per_day", .setNumber(capacity)))
      }
      if let factor = value("capacity_factor") {
        edits.append(("capacity_teu_per_day", .scale(factor)))
      }
      return [.gaugeChange(NodeID(id), edits)]
    case .ferryCapacity:
      var edits: [(field: String, edit: FieldEdit)] = []
      if let sailings = value("sailings_per_week") {
        edits.append(("sailings_per_week", .setNumber(sailings)))
      }
      if let factor = value("sailings_factor") {
        edits.append(("sailings_per_week", .scale(factor)))
      }
      if let capacity = value("vessel_capacity_teu") {
        edits.append(("vessel_capacity_teu", .setNumber(capacity)))
      }
      return [.link(LinkID(id), edits)]
    case .oneStopBorderPost, .newLine:
      return []  // handled by the caller
    }
  }

  /// The parameter values: given ones, then defaults; `nil` after reporting an error.
  private static func parameters(
    of type: MeasureType, reader: ObjectReader, label: String, context: DecodingContext
  ) -> [String: Double]? {
    var values: [String: Double] = [:]
    var ok = true
    for parameter in type.parameters {
      if reader.has(parameter.key) {
        guard let value = reader.number(parameter.key, parameter.range) else {
          ok = false
          continue
        }
        if parameter.whole && value.rounded() != value {
          context.error(
            at: reader.value(parameter.key)?.mark,
            "'\(parameter.key)' in \(label) must be a whole number, found \(value.formattedPlain)")
          ok = false
        }
        values[parameter.key] = value
      } else if let value = parameter.defaultValue {
        values[parameter.key] = value
      }
    }
    let needed = type.oneOfRequired
    if !needed.isEmpty && !needed.contains(where: reader.has) {
      context.error(
        at: reader.mark,
        "\(label) of type \(type.rawValue) changes nothing; give at least one of: "
          + needed.joined(separator: ", "))
      ok = false
    }
    if type == .riskBasedInspection, ok {
      let total =
        values["green", default: 0] + values["yellow", default: 0]
        + values["red", default: 0]
      guard abs(total - 1) <= 0.01 else {
        context.error(
          at: reader.mark,
          "the green, yellow and red shares of \(label) add up to "
            + "\(((total * 1e6).rounded() / 1e6).formattedPlain); "
            + "they must add up to 1 (within 0.01)")
        return nil
      }
    }
    return ok ? values : nil
  }

  /// The nodes and links of a `new_line` measure.
  private static func newNetwork(reader: ObjectReader, label: String, context: DecodingContext)
    -> [Located<Change>]
  {
    var result: [Located<Change>] = []
    let here = reader.location
    if let items = reader.sequence("add_nodes") {
      let nodes = items.enumerated().compactMap {
        NodeDecoder.decode($0.element, index: $0.offset, context: context)
      }
      result.append(Located(value: .addNodes(nodes), location: here))
    }
    guard reader.has("add_nodes") || reader.has("add_links") else {
      context.error(
        at: reader.mark, "\(label) of type new_line adds nothing; give 'add_nodes:' or 'add_links:'"
      )
      return result
    }
    guard let items = reader.sequence("add_links") else { return result }
    let links = items.enumerated().flatMap {
      LinkDecoder.decode($0.element, index: $0.offset, context: context)
    }
    result.append(Located(value: .addLinks(links), location: here))
    return result
  }
}
