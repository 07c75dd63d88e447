import CorridorModel

/// "Did you mean" for a reference to an undefined node: near by spelling and by place.
///
/// A candidate's id must be a likely typo of the reference, or its name must match the
/// reference whole (someone wrote `Tashkent` for `TAS`). Where the reference has a place —
/// the other end of a link, with the link's length — candidates farther than the link could
/// reach are dropped and the nearer of equally spelt ones wins, so a link out of Istanbul is
/// never pointed at a node in Iran. The hint names the node and its country, so that a
/// suggestion in the wrong place shows itself.
///
/// Each hint compares the reference with every node once, and draws on the load's budget of
/// hints (``DiagnosticSink/takeHint()``), which bounds the work on a file full of bad
/// references; the suggestions are only built when a hint is due.
struct NodeSuggestion {
  private let nodes: [Node]
  private let byID: [String: Node]
  private let lowercasedNames: [String]

  init(nodes: some Sequence<Node>) {
    self.nodes = Array(nodes)
    byID = Dictionary(
      self.nodes.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    lowercasedNames = self.nodes.map { $0.name.lowercased() }
  }

  /// Where a reference is made: a point and how far from it the meant node can be.
  struct Place {
    var coordinate: Coordinate
    var withinKm: Double?
  }

  /// The place of a link's far end as seen from the end that is defined: the intended node
  /// lies within a generous detour of the link's length.
  static func place(otherEnd: Node?, linkKm: Double?) -> Place? {
    guard let otherEnd else { return nil }
    return Place(coordinate: otherEnd.coordinate, withinKm: linkKm.map { 2 * $0 + 200 })
  }

  /// "; did you mean 'GRG' (Gorgan, IR)?" or "", within the load's budget of hints.
  static func hint(
    for reference: String, near place: Place? = nil, among nodes: @autoclosure () -> [Node],
    sink: DiagnosticSink
  ) -> String {
    guard sink.takeHint() else { return "" }
    return NodeSuggestion(nodes: nodes()).hint(for: reference, near: place)
  }

  /// "; did you mean 'GRG' (Gorgan, IR)?" or "".
  func hint(for reference: String, near place: Place? = nil) -> String {
    let lowered = reference.lowercased()
    var candidates: [(node: Node, distance: Int)] = []
    let matches = Spelling.matches(for: reference, among: nodes.lazy.map(\.id.rawValue))
    for match in matches {
      if let node = byID[match.candidate] { candidates.append((node, match.distance)) }
    }
    for (node, name) in zip(nodes, lowercasedNames)
    where name == lowered && node.id.rawValue != reference {
      candidates.append((node, 0))
    }
    func km(_ node: Node) -> Double {
      place.map { node.coordinate.distanceKm(to: $0.coordinate) } ?? 0
    }
    if let place, let limit = place.withinKm {
      candidates.removeAll { km($0.node) > limit }
    }
    guard
      let best = candidates.enumerated().min(by: { a, b in
        (a.element.distance, km(a.element.node), a.offset)
          < (b.element.distance, km(b.element.node), b.offset)
      })?.element.node
    else { return "" }
    let name = best.name == best.id.rawValue ? "" : "\(best.name), "
    return "; did you mean '\(best.id)' (\(name)\(best.country))?"
  }
}

/// A ``NodeSuggestion`` made once, when first needed.
final class SuggestionCache {
  private var made: NodeSuggestion?

  /// The suggestion over `nodes()`, made on the first call.
  func get(_ nodes: () -> [Node]) -> NodeSuggestion {
    if let made { return made }
    let suggestion = NodeSuggestion(nodes: nodes())
    made = suggestion
    return suggestion
  }
}
