import CorridorModel

extension SimulationPlan {
  /// The link (position in `links`) before which a route's trucks wait for a train: its first
  /// rail link outside consolidated services, when its first link outside them that is not a
  /// transfer is a road; `nil` when the route's own freight leaves by train (or never takes
  /// the rail).
  static func formationPosition(_ links: [Int], onService: Set<Int>, scenario: Scenario) -> Int? {
    let own = links.indices.filter {
      !onService.contains($0) && scenario.links[links[$0]].mode != .transfer
    }
    guard let first = own.first, scenario.links[links[first]].mode == .road else { return nil }
    return own.first { scenario.links[links[$0]].mode.isRail }
  }
}

/// Numbers the pools in which trucks wait for trains: the routes that reach the same rail
/// terminal and go on by the same legs, with the same clocks, share one pool, so that a train
/// formed of any of their trucks runs every member's onward route.
struct FormationNumbering {
  private struct Pool: Hashable {
    var node: Int
    var onward: [RouteTable.Step]
  }

  /// Per pool, the node of its terminal.
  private(set) var nodes: [Int] = []
  private var index: [Pool: Int] = [:]

  /// Replaces the node in a route's ``Leg/formTrain(_:)`` leg with the number of its pool.
  mutating func number(_ route: inout SimulationRoute) {
    guard
      let f = route.legs.firstIndex(where: {
        if case .formTrain = $0 { true } else { false }
      }), case .formTrain(let node) = route.legs[f]
    else { return }
    let onward = (f + 1..<route.legs.count).map { RouteTable.Step(route, leg: $0) }
    let pool = Pool(node: node, onward: onward)
    if let p = index[pool] {
      route.legs[f] = .formTrain(p)
      return
    }
    index[pool] = nodes.count
    route.legs[f] = .formTrain(nodes.count)
    nodes.append(node)
  }
}
