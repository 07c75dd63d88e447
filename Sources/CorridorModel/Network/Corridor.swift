/// A named corridor: a route through given waypoints that planners report on.
///
/// A route follows the corridor when it passes the corridor's defining segment, in order,
/// wherever it starts and ends; a route that passes the segment in reverse order follows it
/// the other way. The segment is the waypoints unless the scenario names a shorter one (for
/// example the Aktau–Alat sailing that every Middle Corridor route takes).
public struct Corridor: Hashable, Sendable {
  /// The corridor's identifier (for example `middle-corridor`).
  public var id: String
  /// A readable name.
  public var name: String
  /// The name in other languages, by ISO 639-1 code (`ru`, `tr`), from `name_ru`, `name_tr`.
  public var otherNames: [String: String] = [:]
  /// The nodes the corridor passes, in order; between two waypoints it follows the fastest path.
  public var waypoints: [NodeID]
  /// The nodes a route must pass, in order, to count on the corridor (`nil`: the waypoints).
  public var segment: [NodeID]?

  /// Creates a corridor.
  public init(id: String, name: String, waypoints: [NodeID], segment: [NodeID]? = nil) {
    self.id = id
    self.name = name
    self.waypoints = waypoints
    self.segment = segment
  }

  /// The nodes that define membership: the segment, or else the waypoints.
  public var definingNodes: [NodeID] { segment ?? waypoints }

  /// Whether a route through `nodes` follows the corridor in its own direction.
  public func isFollowed(by nodes: [NodeID]) -> Bool {
    Self.passes(nodes, definingNodes)
  }

  /// Whether a route through `nodes` follows the corridor the other way.
  public func isFollowedBackwards(by nodes: [NodeID]) -> Bool {
    Self.passes(nodes, definingNodes.reversed())
  }

  /// Whether `nodes` contain `points` in order (not necessarily one after another).
  static func passes(_ nodes: [NodeID], _ points: [NodeID]) -> Bool {
    var next = 0
    for node in nodes where next < points.count && node == points[next] { next += 1 }
    return next == points.count
  }
}
