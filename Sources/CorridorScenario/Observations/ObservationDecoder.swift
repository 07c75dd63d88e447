import CorridorModel
import Yams

/// Decodes an observations file: `observations:`, a list of measured figures.
enum ObservationDecoder {
  static let topKeys: Set<String> = [
    "observations", "parameters", "matrix_estimation", "description", "note",
  ]
  static let keys: Set<String> = [
    "id", "kind", "crossing", "direction", "side", "at", "unit", "od", "of", "among", "value",
    "tolerance_percent", "year", "source", "use", "reason", "note", "estimate",
  ]
  static let kinds = ["clearance_hours", "flow", "transit_days", "share"]
  /// The keys each kind takes besides those all take.
  static let kindKeys: [String: [String]] = [
    "clearance_hours": ["crossing", "direction", "side"], "flow": ["at", "direction", "unit"],
    "transit_days": ["od"], "share": ["of", "among", "direction"],
  ]

  /// The observations and parameters of the file, each with where it was written.
  static func decode(_ root: Yams.Node, context: DecodingContext)
    -> (
      observations: [Located<Observation>], parameters: [Located<CalibrationParameter>],
      priorWeight: Double?
    )
  {
    guard
      let reader = ObjectReader(
        root, what: "the observations file", allowed: topKeys, context: context),
      let items = reader.sequence("observations", required: true)
    else { return ([], [], nil) }
    var result: [Located<Observation>] = []
    for (index, item) in items.enumerated() {
      if context.sink.budgetSpent { break }
      if let observation = observation(item, index: index, context: context) {
        result.append(observation)
      }
    }
    let parameters = ParameterDecoder.decode(reader.sequence("parameters") ?? [], context: context)
    var priorWeight: Double?
    if let node = reader.value("matrix_estimation"),
      let estimation = ObjectReader(
        node, what: "matrix_estimation", allowed: ["prior_weight"], context: context)
    {
      priorWeight = estimation.number("prior_weight", .within(1e-6, 1e6)) ?? 1
    }
    return (result, parameters, priorWeight)
  }

  private static func observation(_ item: Yams.Node, index: Int, context: DecodingContext)
    -> Located<Observation>?
  {
    let label =
      PlainScalar.peek(item, "id").map { "observation '\($0)'" } ?? "observation #\(index + 1)"
    guard let reader = ObjectReader(item, what: label, allowed: keys, context: context)
    else { return nil }
    let id = reader.identifier("id", required: true)
    let kind = reader.choice("kind", kinds.map { ($0, $0) }, required: true)
    let use = reader.choice(
      "use", Observation.Use.allCases.map { ($0.rawValue, $0) }, required: true)
    let year = reader.integer("year", InputRange.year, required: true)
    let source = reader.string("source", required: true)
    let tolerance = reader.number("tolerance_percent", .within(0.1, 1_000))
    let range: NumberRange = kind == "share" ? .probability : .within(1e-6, 1e12)
    let value = reader.number("value", range, required: true)
    let reason = reader.string("reason")
    if use == .reference && reason == nil && !reader.has("reason") {
      reader.missing(
        "reason",
        expected: "why the figure is shown for reference and not scored (for example the "
          + "border regime it was measured under)")
    }
    guard let kind, let quantity = quantity(kind, reader: reader, label: label, context: context),
      let id, let use, let year, let source, let value
    else { return nil }
    let observation = Observation(
      id: id, quantity: quantity, value: value,
      tolerancePercent: tolerance ?? Observation.defaultTolerancePercent(kind: kind), year: year,
      source: source, use: use, reason: reason)
    var fields = ["id": reader.location(of: "id")]
    for key in ["crossing", "direction", "side", "at", "unit", "od", "of", "among"]
    where reader.has(key) {
      fields[key] = reader.location(of: key)
    }
    return Located(value: observation, location: reader.location, fields: fields)
  }

  /// The quantity of a kind, from the keys that kind takes.
  private static func quantity(
    _ kind: String, reader: ObjectReader, label: String, context: DecodingContext
  ) -> Observation.Quantity? {
    let direction = self.direction(reader, label: label, context: context)
    let unit = reader.choice(
      "unit", Observation.FlowUnit.allCases.map { ($0.rawValue, $0) }, required: kind == "flow")
    let own = kindKeys[kind] ?? []
    let placeKeys = Set(kindKeys.values.flatMap { $0 }).sorted()
    for key in placeKeys where reader.has(key) && !own.contains(key) {
      context.error(
        at: reader.value(key)?.mark,
        "'\(key)' in \(label) does not belong to a \(kind) observation, which takes "
          + own.map { "'\($0)'" }.joined(separator: ", ")
          + (key == "unit" ? "; a unit belongs to a flow" : ""))
    }
    switch kind {
    case "clearance_hours":
      guard let crossing = reader.identifier("crossing", required: true), let direction else {
        return nil
      }
      return .clearanceHours(
        crossing: crossing, direction: direction.value, side: reader.identifier("side"))
    case "flow":
      guard let node = reader.value("at") else {
        reader.missing("at", expected: "{crossing: ID}, {node: ID} or {link: ID}")
        return nil
      }
      guard let place = place(node, named: "'at' in \(label)", context: context), let unit,
        let direction
      else { return nil }
      return .flow(at: place, direction: direction.value, unit: unit)
    case "transit_days":
      return transit(reader, label: label, context: context)
    default:
      return share(reader, label: label, direction: direction, context: context)
    }
  }

  /// A `direction:` as written: `FROM->TO`, or both directions (`both`, or no key).
  struct DirectionField {
    var value: BorderDirection?
  }

  /// The optional direction; `nil` when it is malformed (reported).
  private static func direction(_ reader: ObjectReader, label: String, context: DecodingContext)
    -> DirectionField?
  {
    guard let text = reader.string("direction"), text != "both" else { return DirectionField() }
    guard
      let parsed = CheckpointDecoder.parseDirection(
        text, at: reader.value("direction")?.mark, countries: nil, what: label, context: context)
    else { return nil }
    return DirectionField(value: parsed)
  }

  /// `{crossing: ID}`, `{node: ID}` or `{link: ID}`.
  static func place(_ node: Yams.Node, named name: String, context: DecodingContext)
    -> Observation.Place?
  {
    guard
      let reader = ObjectReader(
        node, what: name, allowed: ["crossing", "node", "link"], context: context)
    else { return nil }
    let given = ["crossing", "node", "link"].filter { reader.has($0) }
    guard given.count == 1, let key = given.first, let id = reader.identifier(key) else {
      context.error(
        at: node.mark, "\(name) must name one place: {crossing: ID}, {node: ID} or {link: ID}")
      return nil
    }
    switch key {
    case "crossing": return .crossing(id)
    case "node": return .node(NodeID(id))
    default: return .link(LinkID(id))
    }
  }

  private static func transit(_ reader: ObjectReader, label: String, context: DecodingContext)
    -> Observation.Quantity?
  {
    guard let node = reader.value("od") else {
      reader.missing("od", expected: "{from: NODE, to: NODE, commodity: ID (optional)}")
      return nil
    }
    guard
      let od = ObjectReader(
        node, what: "'od' in \(label)", allowed: ["from", "to", "commodity"], context: context),
      let from = od.identifier("from", required: true), let to = od.identifier("to", required: true)
    else { return nil }
    return .transitDays(
      origin: NodeID(from), destination: NodeID(to),
      commodity: od.identifier("commodity").map { CommodityID($0) })
  }

  private static func share(
    _ reader: ObjectReader, label: String, direction: DirectionField?,
    context: DecodingContext
  ) -> Observation.Quantity? {
    guard let ofNode = reader.value("of"), let amongNode = reader.value("among") else {
      if !reader.has("of") { reader.missing("of", expected: "the place whose share was measured") }
      if !reader.has("among") {
        reader.missing("among", expected: "the places whose flows the share divides")
      }
      return nil
    }
    guard case .sequence(let items) = amongNode, items.count >= 2 else {
      context.error(
        at: amongNode.mark, "'among' in \(label) must list at least two places, 'of' among them")
      return nil
    }
    let among = items.compactMap { place($0, named: "'among' in \(label)", context: context) }
    guard let of = place(ofNode, named: "'of' in \(label)", context: context),
      among.count == items.count, let direction
    else { return nil }
    guard Set(among).count == among.count else {
      context.error(at: amongNode.mark, "'among' in \(label) lists a place twice")
      return nil
    }
    guard among.contains(of) else {
      context.error(
        at: ofNode.mark, "'of' in \(label) is \(of), which is not among the places listed")
      return nil
    }
    return .share(of: of, among: among, direction: direction.value)
  }
}
