import CorridorModel

/// The demand partitioned by gateway: each route's TEU counted once, at its first border
/// crossing, so the shares add up to the demand assigned.
public struct GatewayFlows: Sendable {
  /// One gateway in one direction.
  public struct Line: Sendable {
    /// The gateway.
    public var gateway: GatewayKey
    /// TEU per year whose first border crossing it is.
    public var teuPerYear: Double
    /// Its share of all TEU on the routes (0 to 1).
    public var share: Double
  }

  /// The gateways, busiest first (ties by name); `none` for freight that crosses no border.
  public var lines: [Line]
  /// TEU per year on all routes.
  public var totalTEUPerYear: Double

  /// The partition of `routes` over the gateways of `scenario`.
  public init(scenario: Scenario, routes: [AssignedRoute]) {
    var countries: [NodeID: String] = [:]
    var checkpoints: Set<NodeID> = []
    for node in scenario.nodes {
      countries[node.id] = node.country
      if node.checkpoint != nil { checkpoints.insert(node.id) }
    }
    var teu: [GatewayKey: Double] = [:]
    for route in routes {
      let key = Self.gateway(
        of: route, scenario: scenario, countries: countries, checkpoints: checkpoints)
      teu[key, default: 0] += route.teuPerYear
    }
    let total = teu.values.reduce(0, +)
    totalTEUPerYear = total
    lines = teu.map {
      Line(gateway: $0.key, teuPerYear: $0.value, share: total > 0 ? $0.value / total : 0)
    }
    .sorted { ($0.teuPerYear, $1.gateway) > ($1.teuPerYear, $0.gateway) }
  }

  /// The first border a route crosses: the first node whose country differs from the
  /// origin's, named by the checkpoint on that border when there is one (the node itself, or
  /// the node just before it), else by the link crossing it.
  static func gateway(
    of route: AssignedRoute, scenario: Scenario, countries: [NodeID: String],
    checkpoints: Set<NodeID>
  ) -> GatewayKey {
    let nodes = route.nodes
    guard let first = nodes.first, let home = countries[first] else { return .noBorder }
    for i in nodes.indices.dropFirst() {
      guard let country = countries[nodes[i]], country != home else { continue }
      let direction = BorderDirection(from: countries[nodes[i - 1]] ?? home, to: country)
      if checkpoints.contains(nodes[i]) {
        return GatewayKey(name: nodes[i].rawValue, direction: direction)
      }
      if checkpoints.contains(nodes[i - 1]) {
        return GatewayKey(
          name: nodes[i - 1].rawValue, direction: BorderDirection(from: home, to: country))
      }
      let link =
        route.links.indices.contains(i - 1)
        ? scenario.links[route.links[i - 1]].id.rawValue : nodes[i].rawValue
      return GatewayKey(name: link, direction: direction)
    }
    return .noBorder
  }
}
