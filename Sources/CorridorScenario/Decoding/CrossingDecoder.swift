import CorridorModel
import Yams

/// Decodes `crossings:` entries: the posts grouped, and the observed times to clear them.
enum CrossingDecoder {
  static let crossingKeys: Set<String> = [
    "id", "name", "name_ru", "name_tr", "posts", "observed", "choice_constant_usd_per_teu", "note",
  ]
  static let observationKeys: Set<String> = [
    "direction", "side", "hours", "year", "level", "includes", "source", "note",
  ]

  /// A `crossings:` entry: its id, name, the checkpoint nodes of both sides and what was
  /// observed there.
  static func crossing(_ item: Yams.Node, index: Int, context: DecodingContext)
    -> Located<Crossing>?
  {
    let label =
      PlainScalar.peek(item, "id").map { "crossing '\($0)'" } ?? "crossing #\(index + 1)"
    guard let reader = ObjectReader(item, what: label, allowed: crossingKeys, context: context)
    else { return nil }
    let id = reader.identifier("id", required: true)
    var posts: [(String, Mark?)] = []
    if let list = reader.value("posts") {
      posts = context.strings(list, named: "'posts' in \(label)") ?? []
      if posts.isEmpty || posts.count > 10 {
        context.error(
          at: list.mark,
          "'posts' in \(label) must list 1 to 10 nodes: the checkpoints of both sides and "
            + "the crossing's gauge change")
        return nil
      }
    } else {
      reader.missing(
        "posts", expected: "the checkpoint nodes of both sides, and the crossing's gauge change")
    }
    var observed: [ObservedClearance] = []
    var fields: [String: SourceLocation] = ["id": reader.location(of: "id")]
    for (i, entry) in (reader.sequence("observed") ?? []).enumerated() {
      let what = "observation #\(i + 1) of \(label)"
      guard let figure = observation(entry, what: what, context: context) else { continue }
      fields["observed.\(observed.count)"] = context.location(entry.mark)
      observed.append(figure)
    }
    let constant = reader.number("choice_constant_usd_per_teu", InputRange.choiceConstantUSDPerTEU)
    guard let id, !posts.isEmpty else { return nil }
    for (i, post) in posts.enumerated() { fields["posts.\(i)"] = context.location(post.1) }
    var crossing = Crossing(
      id: id, name: reader.string("name") ?? id, posts: posts.map { NodeID($0.0) },
      observed: observed)
    crossing.choiceConstantUSDPerTEU = constant
    crossing.otherNames = reader.otherNames()
    return Located(value: crossing, location: reader.location, fields: fields)
  }

  /// One `observed:` entry: a time to clear with its direction, side, year, level and source.
  private static func observation(_ item: Yams.Node, what: String, context: DecodingContext)
    -> ObservedClearance?
  {
    guard let reader = ObjectReader(item, what: what, allowed: observationKeys, context: context)
    else { return nil }
    var direction: BorderDirection?
    var directionOK = true
    if let text = reader.string("direction", required: true), text != "both" {
      direction = CheckpointDecoder.parseDirection(
        text, at: reader.value("direction")?.mark, countries: nil, what: what, context: context)
      directionOK = direction != nil
    }
    let side = reader.identifier("side")
    let hours = reader.number("hours", InputRange.hours, required: true)
    let year = reader.integer("year", InputRange.year, required: true)
    let level = reader.choice(
      "level", ObservedClearance.Level.allCases.map { ($0.rawValue, $0) }, required: true)
    let source = reader.string("source", required: true)
    guard directionOK, reader.has("direction"), let hours, let year, let level, let source
    else { return nil }
    return ObservedClearance(
      direction: direction, side: side, hours: hours, year: year, level: level,
      includes: reader.string("includes"), source: source)
  }
}
