import CorridorModel
import Yams

/// Decodes entries of `nodes:` with their facilities.
enum NodeDecoder {
  static let keys: Set<String> = [
    "id", "name", "name_ru", "name_tr", "kind", "country", "lat", "lon", "checkpoint",
    "gauge_change", "hub",
  ]
  static let kinds = NodeKind.allCases.map { ($0.rawValue, $0) }

  static func decode(_ item: Yams.Node, index: Int, context: DecodingContext)
    -> Located<CorridorModel.Node>?
  {
    let label = PlainScalar.peek(item, "id").map { "node '\($0)'" } ?? "node #\(index + 1)"
    guard let reader = ObjectReader(item, what: label, allowed: keys, context: context) else {
      return nil
    }
    let id = reader.identifier("id", required: true)
    let kind = reader.choice("kind", kinds, required: true)
    let country = reader.string("country", required: true)
    let lat = reader.number("lat", .within(-90, 90), required: true)
    let lon = reader.number("lon", .within(-180, 180), required: true)
    let name = reader.string("name") ?? id
    var checkpoint: Checkpoint?
    var gaugeChange: GaugeChange?
    var hub: Hub?
    if let block = reader.value("checkpoint") {
      checkpoint = CheckpointDecoder.decode(block, node: label, context: context)
    }
    if let block = reader.value("gauge_change") {
      gaugeChange = decodeGaugeChange(block, node: label, context: context)
    }
    if let block = reader.value("hub") {
      hub = decodeHub(block, node: label, context: context)
    }
    if let kind {
      checkFacilities(kind: kind, reader: reader, label: label)
    }
    guard let id, let kind, let country, let lat, let lon, let name else { return nil }
    var node = CorridorModel.Node(
      id: NodeID(id), name: name, kind: kind, country: country,
      coordinate: Coordinate(latitude: lat, longitude: lon), checkpoint: checkpoint,
      gaugeChange: gaugeChange, hub: hub)
    node.otherNames = reader.otherNames()
    return Located(
      value: node, location: reader.location,
      fields: [
        "id": reader.location(of: "id"), "kind": reader.location(of: "kind"),
        "country": reader.location(of: "country"), "lat": reader.location(of: "lat"),
        "checkpoint": reader.location(of: "checkpoint"),
      ])
  }

  /// Each kind has the facility block it needs, and no block of another kind's.
  private static func checkFacilities(kind: NodeKind, reader: ObjectReader, label: String) {
    let required: String? =
      switch kind {
      case .checkpoint: "checkpoint"
      case .gaugeChange: "gauge_change"
      case .hub: "hub"
      default: nil
      }
    if let required, !reader.has(required) {
      reader.missing(
        required, expected: "a '\(required):' block for a node of kind \(kind.rawValue)")
    }
    if kind != .checkpoint, reader.has("checkpoint") {
      reader.context.error(
        at: reader.value("checkpoint")?.mark,
        "\(label) is of kind \(kind.rawValue) but has a 'checkpoint:' block; only nodes of kind "
          + "checkpoint have one (set kind: checkpoint, or remove the block)")
    }
    if kind != .gaugeChange, reader.has("gauge_change") {
      reader.context.error(
        at: reader.value("gauge_change")?.mark,
        "\(label) is of kind \(kind.rawValue) but has a 'gauge_change:' block; only nodes of "
          + "kind gauge_change have one")
    }
    if kind == .checkpoint, reader.has("hub") {
      reader.context.error(
        at: reader.value("hub")?.mark,
        "\(label) is a checkpoint and cannot also be a hub; model the terminal as its own node")
    }
  }

  static let gaugeChangeKeys: Set<String> = [
    "transshipment_hours", "capacity_teu_per_day", "cost_usd_per_teu", "wagon_sets",
    "wagon_cycle_hours",
  ]

  static func decodeGaugeChange(_ node: Yams.Node, node label: String, context: DecodingContext)
    -> GaugeChange?
  {
    let what = "gauge_change of \(label)"
    guard let reader = ObjectReader(node, what: what, allowed: gaugeChangeKeys, context: context)
    else { return nil }
    let hours = reader.value("transshipment_hours").flatMap {
      DistributionDecoder.decode($0, named: "'transshipment_hours' in \(what)", context: context)
    }
    if !reader.has("transshipment_hours") {
      reader.missing("transshipment_hours", expected: "hours per train (a number or distribution)")
    }
    let capacity = reader.number("capacity_teu_per_day", InputRange.teuPerDay)
    let cost = reader.number("cost_usd_per_teu", InputRange.usdPerTEU) ?? 0
    let sets = reader.integer("wagon_sets", InputRange.wagonSets)
    let cycle = reader.number("wagon_cycle_hours", InputRange.meanHours)
    if reader.has("wagon_sets") != reader.has("wagon_cycle_hours") {
      context.error(
        at: node.mark,
        "\(what) gives \(reader.has("wagon_sets") ? "'wagon_sets' without 'wagon_cycle_hours'" : "'wagon_cycle_hours' without 'wagon_sets'"); "
          + "the wagon supply needs both: how many sets, and the hours until a set is back")
    }
    guard let hours else { return nil }
    var yard = GaugeChange(
      transshipmentHours: hours, capacityTEUPerDay: capacity, costUSDPerTEU: cost)
    yard.wagonSets = sets
    yard.wagonCycleHours = cycle
    return yard
  }

  static let hubKeys: Set<String> = [
    "dwell_hours", "handling_usd_per_teu", "capacity_teu_per_year", "candidate",
    "fixed_cost_usd_per_year", "consolidates",
  ]

  static func decodeHub(_ node: Yams.Node, node label: String, context: DecodingContext) -> Hub? {
    let what = "hub of \(label)"
    guard let reader = ObjectReader(node, what: what, allowed: hubKeys, context: context) else {
      return nil
    }
    let dwell = reader.value("dwell_hours").flatMap {
      DistributionDecoder.decode($0, named: "'dwell_hours' in \(what)", context: context)
    }
    if !reader.has("dwell_hours") {
      reader.missing("dwell_hours", expected: "hours a TEU spends in the hub")
    }
    let handling = reader.number("handling_usd_per_teu", InputRange.usdPerTEU) ?? 0
    let capacity = reader.number("capacity_teu_per_year", InputRange.teuPerYear)
    let candidate = reader.bool("candidate") ?? false
    let fixed = reader.number("fixed_cost_usd_per_year", InputRange.usdPerYear)
    if candidate && fixed == nil && !reader.has("fixed_cost_usd_per_year") {
      reader.missing(
        "fixed_cost_usd_per_year", expected: "the annual cost of opening this candidate hub (USD)")
    }
    let consolidates = reader.bool("consolidates") ?? false
    if consolidates && candidate {
      context.error(
        at: reader.value("consolidates")?.mark,
        "\(what) is a candidate and consolidates; a candidate runs services only once a plan "
          + "opens it: drop 'consolidates', or 'candidate' for a hub that is there")
    }
    guard let dwell else { return nil }
    var hub = Hub(
      dwellHours: dwell, handlingUSDPerTEU: handling, capacityTEUPerYear: capacity,
      isCandidate: candidate, fixedCostUSDPerYear: fixed)
    hub.consolidates = consolidates
    return hub
  }
}
