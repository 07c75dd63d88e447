/// A named corridor: a route through given waypoints that planners report on.
public struct Corridor: Hashable, Sendable {
  /// The corridor's identifier (for example `middle-corridor`).
  public var id: String
  /// A readable name.
  public var name: String
  /// The nodes the corridor passes, in order; between two waypoints it follows the fastest path.
  public var waypoints: [NodeID]

  /// Creates a corridor.
  public init(id: String, name: String, waypoints: [NodeID]) {
    self.id = id
    self.name = name
    self.waypoints = waypoints
  }
}
