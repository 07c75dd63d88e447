import CorridorModel
import Yams

/// Decodes entries of `links:`; a link that runs both ways gives two directed links.
enum LinkDecoder {
  static let keys: Set<String> = [
    "id", "from", "to", "mode", "km", "speed_kmh", "hours", "tariff_usd_per_teu",
    "tariff_usd_per_teu_km", "capacity_teu_per_year", "co2_kg_per_teu_km", "both_ways", "ferry",
    "open_border", "choice_constant_usd_per_teu",
  ]
  static let ferryKeys: Set<String> = ["sailings_per_week", "vessel_capacity_teu"]
  static let modes = Mode.allCases.map { ($0.rawValue, $0) }

  static func decode(_ item: Yams.Node, index: Int, context: DecodingContext) -> [Located<Link>] {
    let label =
      PlainScalar.peek(item, "id").map { "link '\($0)'" }
      ?? {
        let from = PlainScalar.peek(item, "from") ?? "?"
        let to = PlainScalar.peek(item, "to") ?? "?"
        return "link #\(index + 1) (\(from) to \(to))"
      }()
    guard let reader = ObjectReader(item, what: label, allowed: keys, context: context) else {
      return []
    }
    let id = reader.identifier("id")
    let from = reader.identifier("from", required: true)
    let to = reader.identifier("to", required: true)
    let mode = reader.choice("mode", modes, required: true)
    let km = reader.number(
      "km", mode == .transfer ? InputRange.transferKm : InputRange.km, required: true)
    let (speed, hours, hasTime) = timeFields(reader, label: label, context: context)
    let tariff = reader.number("tariff_usd_per_teu", InputRange.usdPerTEU) ?? 0
    let tariffKm = reader.number("tariff_usd_per_teu_km", InputRange.usdPerTEUKm) ?? 0
    let capacity = reader.number("capacity_teu_per_year", InputRange.teuPerYear)
    let co2 = reader.number("co2_kg_per_teu_km", InputRange.co2)
    let bothWays = reader.bool("both_ways") ?? true
    let openBorder = reader.bool("open_border") ?? false
    let constant = reader.number("choice_constant_usd_per_teu", InputRange.choiceConstantUSDPerTEU)
    let ferry = ferryField(reader, mode: mode, label: label, context: context)
    guard let from, let to, let mode, let km, hasTime else { return [] }
    if from == to {
      context.error(at: reader.value("to")?.mark, "\(label) starts and ends at '\(from)'")
      return []
    }
    guard
      let running = runningTime(
        km: km, speed: speed, hours: hours, reader: reader, label: label, context: context)
    else { return [] }
    let forwardID = id ?? "\(from)-\(to)-\(mode.rawValue)"
    let fields = [
      "id": reader.location(of: reader.has("id") ? "id" : "from"),
      "from": reader.location(of: "from"), "to": reader.location(of: "to"),
    ]
    func make(_ linkID: String, _ a: String, _ b: String) -> Located<Link> {
      var ferryService = ferry
      ferryService?.sailingHours = running
      var link = Link(
        id: LinkID(linkID), from: NodeID(a), to: NodeID(b), mode: mode, distanceKm: km,
        runningHours: running, tariffUSDPerTEU: tariff, tariffUSDPerTEUKm: tariffKm,
        capacityTEUPerYear: capacity, co2KgPerTEUKm: co2, ferry: ferryService)
      link.openBorder = openBorder
      link.choiceConstantUSDPerTEU = constant
      return Located(value: link, location: reader.location, fields: fields)
    }
    var result = [make(forwardID, from, to)]
    if bothWays {
      let reverseID = id.map { "\($0)~back" } ?? "\(to)-\(from)-\(mode.rawValue)"
      var back = make(reverseID, to, from)
      back.fields["from"] = fields["to"]
      back.fields["to"] = fields["from"]
      result.append(back)
    }
    return result
  }

  /// The running time as given: `hours`, or `speed_kmh`, and whether one of them is there
  /// (an error when both or neither are).
  private static func timeFields(_ reader: ObjectReader, label: String, context: DecodingContext)
    -> (speed: Double?, hours: Distribution?, hasTime: Bool)
  {
    let speed = reader.number("speed_kmh", InputRange.speedKmh)
    var hours: Distribution?
    if let node = reader.value("hours") {
      hours = DistributionDecoder.decode(node, named: "'hours' in \(label)", context: context)
    }
    let hasTime = reader.has("hours") || reader.has("speed_kmh")
    if reader.has("hours") && reader.has("speed_kmh") {
      context.error(
        at: reader.value("speed_kmh")?.mark,
        "\(label) gives both 'hours' and 'speed_kmh'; give one of them")
    } else if !hasTime {
      reader.missing("hours", expected: "running time in hours, or 'speed_kmh'")
    }
    return (speed, hours, hasTime)
  }

  /// The `ferry:` block, which ferry links need and other links may not have.
  private static func ferryField(
    _ reader: ObjectReader, mode: Mode?, label: String, context: DecodingContext
  ) -> FerryService? {
    if let block = reader.value("ferry") {
      if let mode, mode != .ferry {
        context.error(
          at: block.mark,
          "\(label) has a 'ferry:' block but its mode is \(mode.rawValue); only ferry links "
            + "have sailings")
      }
      return decodeFerry(block, label: label, context: context)
    } else if mode == .ferry {
      reader.missing("ferry", expected: "a block with sailings_per_week and vessel_capacity_teu")
    }
    return nil
  }

  /// The running-time distribution: the hours given, or km over the speed when that time is in
  /// range.
  private static func runningTime(
    km: Double, speed: Double?, hours: Distribution?, reader: ObjectReader, label: String,
    context: DecodingContext
  ) -> Distribution? {
    if let speed {
      guard InputRange.hours.contains(km / speed) else {
        context.error(
          at: reader.value("speed_kmh")?.mark,
          "\(label): \(km.formattedPlain) km at \(speed.formattedPlain) km/h takes "
            + "\((km / speed).formattedPlain) hours; a running time must be "
            + InputRange.hours.expectation)
        return nil
      }
      return .fixed(km / speed)
    }
    return hours
  }

  private static func decodeFerry(_ node: Yams.Node, label: String, context: DecodingContext)
    -> FerryService?
  {
    let what = "ferry of \(label)"
    guard let reader = ObjectReader(node, what: what, allowed: ferryKeys, context: context) else {
      return nil
    }
    let sailings = reader.number("sailings_per_week", InputRange.sailingsPerWeek, required: true)
    let capacity = reader.number("vessel_capacity_teu", InputRange.vesselTEU, required: true)
    guard let sailings, let capacity else { return nil }
    // The sailing time is the link's running time; it is filled in when the link is built.
    return FerryService(
      sailingsPerWeek: sailings, vesselCapacityTEU: capacity, sailingHours: .fixed(0))
  }
}
