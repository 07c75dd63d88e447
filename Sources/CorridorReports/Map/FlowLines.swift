import CorridorModel

/// The lines of a map: a scenario's links joined per connection and mode family.
enum FlowLines {
  /// One connection in one mode family, with the per-link values added up.
  struct Joined {
    var from: Int
    var to: Int
    var family: String
    var values: [Double]
  }

  /// Both directions of each connection joined, with `series` (per link, indexed like the
  /// scenario's links; missing values count 0) summed per connection, in first-seen order.
  static func joined(_ scenario: Scenario, series: [[Double]]) -> [Joined] {
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var lines: [String: Int] = [:]
    var out: [Joined] = []
    for (l, link) in scenario.links.enumerated() {
      guard let a = index[link.from], let b = index[link.to] else { continue }
      let family = link.mode == .transfer ? "transfer" : link.mode.family.rawValue
      let key = "\(min(a, b))-\(max(a, b))-\(family)"
      let values = series.map { l < $0.count && $0[l].isFinite ? $0[l] : 0 }
      if let at = lines[key] {
        for s in values.indices { out[at].values[s] += values[s] }
      } else {
        lines[key] = out.count
        out.append(Joined(from: min(a, b), to: max(a, b), family: family, values: values))
      }
    }
    return out
  }

  /// The name of a mode family in the report's language.
  static func modeName(_ family: String) -> String {
    switch family {
    case "rail": t("rail")
    case "road": t("road")
    case "water": t("ferry and sea")
    default: t("transfer")
    }
  }

  /// A line's tooltip: its ends, its mode and `value`.
  static func title(_ scenario: Scenario, _ line: Joined, value: String) -> String {
    "\(Names.of(scenario.nodes[line.from])) – \(Names.of(scenario.nodes[line.to])), "
      + "\(modeName(line.family)): \(value)"
  }
}

/// How a connection's flow changed between a base and a variant.
struct FlowChange: Equatable, Sendable {
  /// Gained, lost, or about the same.
  enum Kind: String, Sendable {
    case gained, lost, unchanged
  }
  var from: Int
  var to: Int
  var family: String
  var base: Double
  var variant: Double
  var kind: Kind
  /// Variant minus base, TEU a year.
  var change: Double { variant - base }

  /// The changes per connection; a change smaller than 1 % of the largest (or than 1 TEU)
  /// counts as unchanged.
  static func all(_ scenario: Scenario, base: [Double], variant: [Double]) -> [FlowChange] {
    let joined = FlowLines.joined(scenario, series: [base, variant])
    let largest = joined.map { abs($0.values[1] - $0.values[0]) }.max() ?? 0
    let threshold = max(1, largest / 100)
    return joined.map { line in
      let delta = line.values[1] - line.values[0]
      let kind: Kind = abs(delta) < threshold ? .unchanged : delta > 0 ? .gained : .lost
      return FlowChange(
        from: line.from, to: line.to, family: line.family, base: line.values[0],
        variant: line.values[1], kind: kind)
    }
  }
}
