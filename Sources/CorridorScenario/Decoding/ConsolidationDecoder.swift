import CorridorModel
import Yams

/// Decodes `settings: consolidation:`: the terms of the services between consolidation hubs,
/// and the services whose terms differ.
enum ConsolidationDecoder {
  static let keys: Set<String> = [
    "departures_per_week", "teu_per_departure", "tariff_factor", "mode", "services",
  ]
  static let serviceKeys: Set<String> = [
    "from", "to", "departures_per_week", "teu_per_departure", "tariff_factor", "both_ways",
    "source", "note", "estimate",
  ]

  /// The terms (all three figures are required) and the services of their own, each where it
  /// was written; `nil` when the terms are not usable.
  static func decode(_ node: Yams.Node, context: DecodingContext)
    -> (terms: Consolidation, services: [Located<ServiceTerms>])?
  {
    guard
      let reader = ObjectReader(
        node, what: "'consolidation' in settings", allowed: keys, context: context)
    else { return nil }
    let departures = reader.number(
      "departures_per_week", InputRange.sailingsPerWeek, required: true)
    let teu = reader.number("teu_per_departure", InputRange.vesselTEU, required: true)
    let factor = reader.number("tariff_factor", InputRange.tariffFactor, required: true)
    let mode = reader.choice("mode", [("rail", ModeFamily.rail), ("road", ModeFamily.road)])
    var services: [Located<ServiceTerms>] = []
    for (i, item) in (reader.sequence("services") ?? []).enumerated() {
      services += service(item, index: i, context: context)
    }
    guard let departures, let teu, let factor else { return nil }
    var terms = Consolidation(
      departuresPerWeek: departures, teuPerDeparture: teu, tariffFactor: factor)
    terms.mode = mode ?? .rail
    return (terms, services)
  }

  /// One service of its own: both ways unless `both_ways: false`.
  private static func service(_ node: Yams.Node, index: Int, context: DecodingContext)
    -> [Located<ServiceTerms>]
  {
    let label = "service #\(index + 1) in 'consolidation'"
    guard let reader = ObjectReader(node, what: label, allowed: serviceKeys, context: context)
    else { return [] }
    let from = reader.identifier("from", required: true)
    let to = reader.identifier("to", required: true)
    let departures = reader.number("departures_per_week", InputRange.sailingsPerWeek)
    let teu = reader.number("teu_per_departure", InputRange.vesselTEU)
    let factor = reader.number("tariff_factor", InputRange.tariffFactor)
    let bothWays = reader.bool("both_ways") ?? true
    guard let from, let to else { return [] }
    if from == to {
      context.error(
        at: reader.value("to")?.mark,
        "\(label) runs from '\(from)' to itself; expected two different hubs")
      return []
    }
    if departures == nil && teu == nil && factor == nil {
      context.error(
        at: reader.mark,
        "\(label) changes nothing; give at least one of 'departures_per_week', "
          + "'teu_per_departure' and 'tariff_factor'")
      return []
    }
    let (fromAt, toAt) = (reader.location(of: "from"), reader.location(of: "to"))
    let there = ServiceTerms(
      from: NodeID(from), to: NodeID(to), departuresPerWeek: departures, teuPerDeparture: teu,
      tariffFactor: factor)
    var back = there
    (back.from, back.to) = (there.to, there.from)
    return [Located(value: there, location: reader.location, fields: ["from": fromAt, "to": toAt])]
      + (bothWays
        ? [Located(value: back, location: reader.location, fields: ["from": toAt, "to": fromAt])]
        : [])
  }
}
