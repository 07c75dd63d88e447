import CorridorModel
import Yams

/// Decodes a node's `checkpoint:` block: countries, and processes of ordered stages.
enum CheckpointDecoder {
  static let keys: Set<String> = ["countries", "processes"]
  static let processKeys: Set<String> = [
    "mode", "direction", "opening_hours", "fee_usd_per_teu", "teu_per_unit",
    "observed_clearance_hours", "electronic_queue", "quota_units_per_day", "holding_area_units",
    "arrive_when_open",
    "closures", "stages",
  ]
  static let stageKeys: Set<String> = ["id", "lanes", "service_hours", "probability"]
  static let modes = ModeFamily.allCases.map { ($0.rawValue, $0) }

  static func decode(_ node: Yams.Node, node label: String, context: DecodingContext)
    -> Checkpoint?
  {
    let what = "checkpoint of \(label)"
    guard let reader = ObjectReader(node, what: what, allowed: keys, context: context) else {
      return nil
    }
    var countries: [String]?
    if let list = reader.value("countries") {
      countries = context.strings(list, named: "'countries' in \(what)")?.map(\.0)
      if let c = countries, c.count != 2 {
        context.error(
          at: list.mark,
          "'countries' in \(what) must name the two countries of the border, found \(c.count)")
      }
    } else {
      reader.missing("countries", expected: "the two countries joined, e.g. [CN, KZ]")
    }
    guard let items = reader.sequence("processes", required: true) else { return nil }
    if items.isEmpty {
      context.error(
        at: reader.value("processes")?.mark,
        "'processes' in \(what) is empty; "
          + "expected at least one process (mode, stages)")
    }
    var processes: [CheckpointProcess] = []
    var seen: [String: Int] = [:]
    for (index, item) in items.enumerated() {
      guard
        let process = decodeProcess(
          item, index: index, checkpoint: label, countries: countries, context: context)
      else { continue }
      let key = "\(process.mode.rawValue) \(process.direction?.description ?? "both")"
      if let first = seen[key] {
        context.error(
          at: item.mark,
          "\(label) has two \(process.mode.rawValue) processes for direction "
            + "\(process.direction?.description ?? "both") (the first is process #\(first + 1)); "
            + "expected one per mode and direction")
      }
      seen[key] = index
      processes.append(process)
    }
    guard let countries else { return nil }
    return Checkpoint(countries: countries, processes: processes)
  }

  private static func decodeProcess(
    _ node: Yams.Node, index: Int, checkpoint: String, countries: [String]?,
    context: DecodingContext
  ) -> CheckpointProcess? {
    let what = "process #\(index + 1) of \(checkpoint)"
    guard let reader = ObjectReader(node, what: what, allowed: processKeys, context: context)
    else { return nil }
    let mode = reader.choice("mode", modes, required: true)
    var direction: BorderDirection?
    var directionOK = true
    if let text = reader.string("direction"), text != "both" {
      direction = parseDirection(
        text, at: reader.value("direction")?.mark, countries: countries, what: what,
        context: context)
      directionOK = direction != nil
    }
    var hours = OpeningHours.always
    if let node = reader.value("opening_hours") {
      hours =
        decodeOpeningHours(node, named: "'opening_hours' in \(what)", context: context)
        ?? hours
    }
    var closures: [ClosedDays] = []
    if let node = reader.value("closures") {
      closures =
        ClosuresDecoder.decode(node, named: "'closures' in \(what)", context: context) ?? []
    }
    let fee = reader.number("fee_usd_per_teu", InputRange.usdPerTEU) ?? 0
    let teuPerUnit = reader.number("teu_per_unit", InputRange.teuPerUnit)
    let observed = reader.number("observed_clearance_hours", InputRange.hours)
    if observed != nil {
      context.warning(
        at: reader.value("observed_clearance_hours")?.mark,
        "'observed_clearance_hours' in \(what) is not compared with the simulation, because a "
          + "post's figure does not say what it covers; give it on the crossing instead, under "
          + "'observed:' with its direction, side, year and level (see docs/scenario-format.md)")
    }
    let electronicQueue = reader.bool("electronic_queue") ?? false
    let quota = reader.integer("quota_units_per_day", InputRange.quotaUnitsPerDay)
    let holding = reader.integer("holding_area_units", InputRange.holdingAreaUnits)
    let arrivesWhenOpen = reader.bool("arrive_when_open") ?? false
    var stages: [Stage] = []
    if let items = reader.sequence("stages", required: true) {
      if items.isEmpty {
        context.error(
          at: reader.value("stages")?.mark,
          "'stages' in \(what) is empty; expected at least one stage (id, lanes, service_hours)")
      }
      var ids: [String: Int] = [:]
      for (i, item) in items.enumerated() {
        if context.sink.budgetSpent { break }
        guard let stage = decodeStage(item, index: i, process: what, context: context) else {
          continue
        }
        if let first = ids[stage.id] {
          context.error(
            at: item.mark,
            "duplicate stage id '\(stage.id)' in \(what) (first is stage #\(first + 1))")
        }
        ids[stage.id] = i
        stages.append(stage)
      }
    }
    guard let mode, directionOK else { return nil }
    var process = CheckpointProcess(
      mode: mode, direction: direction, openingHours: hours, feeUSDPerTEU: fee,
      teuPerUnit: teuPerUnit, stages: stages, observedClearanceHours: observed,
      electronicQueue: electronicQueue)
    process.quotaUnitsPerDay = quota
    process.holdingAreaUnits = holding
    process.arrivesWhenOpen = arrivesWhenOpen
    process.closures = closures
    return process
  }

  private static func decodeStage(
    _ node: Yams.Node, index: Int, process: String, context: DecodingContext
  ) -> Stage? {
    let what = "stage #\(index + 1) of \(process)"
    guard let reader = ObjectReader(node, what: what, allowed: stageKeys, context: context)
    else { return nil }
    let id = reader.identifier("id", required: true)
    let lanes = reader.integer("lanes", InputRange.lanes, required: true)
    let probability = reader.number("probability", .probability) ?? 1
    var service: Distribution?
    if let value = reader.value("service_hours") {
      service = DistributionDecoder.decode(
        value, named: "'service_hours' in \(what)", context: context)
    } else {
      reader.missing("service_hours", expected: "hours per unit (a number or distribution)")
    }
    guard let id, let lanes, let service else { return nil }
    return Stage(id: id, lanes: lanes, serviceHours: service, probability: probability)
  }

  static func parseDirection(
    _ text: String, at mark: Mark?, countries: [String]?, what: String, context: DecodingContext
  ) -> BorderDirection? {
    let parts = text.components(separatedBy: "->").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      context.error(
        at: mark,
        "'direction' in \(what) is '\(text)'; expected 'FROM->TO' with country codes "
          + "(e.g. CN->KZ) or 'both'")
      return nil
    }
    if let countries, countries.count == 2, Set(parts) != Set(countries) {
      context.error(
        at: mark,
        "'direction' in \(what) is '\(text)' but the checkpoint joins "
          + "\(countries.joined(separator: " and ")); expected \(countries[0])->\(countries[1]) "
          + "or \(countries[1])->\(countries[0])")
      return nil
    }
    return BorderDirection(from: parts[0], to: parts[1])
  }

  /// Parses an opening-hours value, pointing errors at the character where they start.
  static func decodeOpeningHours(_ node: Yams.Node, named name: String, context: DecodingContext)
    -> OpeningHours?
  {
    guard case .scalar(let scalar) = node, !PlainScalar.isNull(node) else {
      context.error(
        at: node.mark,
        "\(name) must be text such as 'Mon-Fri 08:00-18:00', found "
          + node.kindName)
      return nil
    }
    do {
      return try OpeningHoursParser.parse(scalar.string)
    } catch {
      var location = context.location(node.mark)
      let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
      if !scalar.string.contains("\n") {
        location.column += error.offset + (quoted ? 1 : 0)
      }
      context.sink.error(
        location, "\(name) cannot be read: \(error.message) (found '\(scalar.string)')")
      return nil
    }
  }
}
