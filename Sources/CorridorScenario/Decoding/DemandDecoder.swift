import CorridorModel
import Yams

/// Decodes `commodities:`, `demand:` and `corridors:` entries.
enum DemandDecoder {
  static let commodityKeys: Set<String> = [
    "id", "name", "name_ru", "name_tr", "value_usd_per_teu", "time_cost_percent_per_day",
    "logit_scale_usd_per_teu",
    "priority_class", "departure_hours",
  ]
  static let demandKeys: Set<String> = [
    "from", "to", "commodity", "teu_per_year", "tonnes_per_year", "departure_hours",
  ]
  static let corridorKeys: Set<String> = [
    "id", "name", "name_ru", "name_tr", "via", "segment", "note",
  ]

  /// The most waypoints one corridor may list.
  static let maximumWaypoints = 100

  /// The default cost of a day in transit: 0.8 % of cargo value (Hummels, SITC 7–8).
  static let defaultTimeCostPercentPerDay = 0.8

  static func commodity(_ item: Yams.Node, index: Int, context: DecodingContext)
    -> Located<Commodity>?
  {
    let label =
      PlainScalar.peek(item, "id").map { "commodity '\($0)'" } ?? "commodity #\(index + 1)"
    guard let reader = ObjectReader(item, what: label, allowed: commodityKeys, context: context)
    else { return nil }
    let id = reader.identifier("id", required: true)
    let value = reader.number("value_usd_per_teu", InputRange.valueUSDPerTEU, required: true)
    let percent =
      reader.number("time_cost_percent_per_day", .within(0, 100)) ?? defaultTimeCostPercentPerDay
    let scale = reader.number("logit_scale_usd_per_teu", InputRange.logitScaleUSDPerTEU)
    guard let id, let value else { return nil }
    var commodity = Commodity(
      id: CommodityID(id), name: reader.string("name") ?? id, valueUSDPerTEU: value,
      timeCostSharePerDay: percent / 100)
    commodity.logitScaleUSDPerTEU = scale
    commodity.otherNames = reader.otherNames()
    commodity.priorityClass = reader.string("priority_class")
    if let node = reader.value("departure_hours") {
      commodity.departureHours = CheckpointDecoder.decodeOpeningHours(
        node, named: "'departure_hours' in \(label)", context: context)
    }
    return Located(
      value: commodity, location: reader.location,
      fields: [
        "id": reader.location(of: "id"), "priority_class": reader.location(of: "priority_class"),
      ])
  }

  static func demand(_ item: Yams.Node, index: Int, context: DecodingContext)
    -> Located<DemandEntry>?
  {
    let label = "demand #\(index + 1)"
    guard let reader = ObjectReader(item, what: label, allowed: demandKeys, context: context)
    else { return nil }
    let from = reader.identifier("from", required: true)
    let to = reader.identifier("to", required: true)
    let commodity = reader.identifier("commodity", required: true)
    let teu = reader.number("teu_per_year", InputRange.demandTEU)
    let tonnes = reader.number("tonnes_per_year", InputRange.demandTonnes)
    if reader.has("teu_per_year") && reader.has("tonnes_per_year") {
      context.error(
        at: reader.value("tonnes_per_year")?.mark,
        "\(label) gives both 'teu_per_year' and 'tonnes_per_year'; give one of them")
      return nil
    }
    if !reader.has("teu_per_year") && !reader.has("tonnes_per_year") {
      reader.missing("teu_per_year", expected: "the annual volume (or 'tonnes_per_year')")
    }
    guard let from, let to, let commodity else { return nil }
    if from == to {
      context.error(
        at: reader.value("to")?.mark,
        "\(label) goes from '\(from)' to itself; expected two different nodes")
      return nil
    }
    let amount: DemandEntry.Amount
    if let teu {
      amount = .teu(teu)
    } else if let tonnes {
      amount = .tonnes(tonnes)
    } else {
      return nil
    }
    var entry = DemandEntry(
      origin: NodeID(from), destination: NodeID(to), commodity: CommodityID(commodity),
      amount: amount)
    if let node = reader.value("departure_hours") {
      entry.departureHours = CheckpointDecoder.decodeOpeningHours(
        node, named: "'departure_hours' in \(label)", context: context)
    }
    return Located(
      value: entry, location: reader.location,
      fields: [
        "from": reader.location(of: "from"), "to": reader.location(of: "to"),
        "commodity": reader.location(of: "commodity"),
      ])
  }

  static func corridor(_ item: Yams.Node, index: Int, context: DecodingContext)
    -> Located<Corridor>?
  {
    let label =
      PlainScalar.peek(item, "id").map { "corridor '\($0)'" } ?? "corridor #\(index + 1)"
    guard let reader = ObjectReader(item, what: label, allowed: corridorKeys, context: context)
    else { return nil }
    let id = reader.identifier("id", required: true)
    var waypoints: [(String, Mark?)] = []
    if let via = reader.value("via") {
      waypoints = context.strings(via, named: "'via' in \(label)") ?? []
      if waypoints.count < 2 {
        context.error(
          at: via.mark, "'via' in \(label) must list at least two nodes (start and end)")
      } else if waypoints.count > maximumWaypoints {
        context.error(
          at: via.mark,
          "'via' in \(label) lists \(waypoints.count) nodes; a corridor takes at most "
            + "\(maximumWaypoints) waypoints (only the ones that tell its route apart)")
        return nil
      }
    } else {
      reader.missing("via", expected: "the nodes the corridor passes, in order")
    }
    var segment: [(String, Mark?)]?
    if let list = reader.value("segment") {
      segment = context.strings(list, named: "'segment' in \(label)")
      if let count = segment?.count, count < 2 || count > maximumWaypoints {
        context.error(
          at: list.mark,
          "'segment' in \(label) lists \(count) nodes; expected 2 to \(maximumWaypoints), the "
            + "nodes every route on the corridor passes in order (two give its direction)")
        return nil
      }
    }
    guard let id, waypoints.count >= 2 else { return nil }
    var fields: [String: SourceLocation] = [:]
    for (i, point) in waypoints.enumerated() { fields["via.\(i)"] = context.location(point.1) }
    for (i, point) in (segment ?? []).enumerated() {
      fields["segment.\(i)"] = context.location(point.1)
    }
    var corridor = Corridor(
      id: id, name: reader.string("name") ?? id, waypoints: waypoints.map { NodeID($0.0) },
      segment: segment.map { $0.map { NodeID($0.0) } })
    corridor.otherNames = reader.otherNames()
    return Located(value: corridor, location: reader.location, fields: fields)
  }
}
