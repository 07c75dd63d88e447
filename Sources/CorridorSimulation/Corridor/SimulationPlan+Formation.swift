import CorridorModel

extension SimulationPlan {
  /// Where a route's unit changes between trucks and trains, by the links outside its
  /// consolidated services that are not transfers: whether its own freight leaves by truck
  /// (its first such link is a road); its trucks wait for a train before each rail link that
  /// follows a road link (`forming`, positions in `links`), and its trains become trucks after
  /// each rail link that a road link follows (`splitting`).
  static func unitChanges(_ links: [Int], onService: Set<Int>, scenario: Scenario)
    -> (startsByRoad: Bool, forming: Set<Int>, splitting: Set<Int>)
  {
    let own = links.indices.filter {
      !onService.contains($0) && scenario.links[links[$0]].mode != .transfer
    }
    var forming = Set<Int>()
    var splitting = Set<Int>()
    for (a, b) in zip(own, own.dropFirst()) {
      let from = scenario.links[links[a]].mode
      let to = scenario.links[links[b]].mode
      if from == .road && to.isRail { forming.insert(b) }
      if from.isRail && to == .road { splitting.insert(a) }
    }
    let startsByRoad = own.first.map { scenario.links[links[$0]].mode == .road } ?? false
    return (startsByRoad, forming, splitting)
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

  /// Replaces the node in each of a route's ``Leg/formTrain(_:)`` legs with the number of its
  /// pool, the last first, so that an earlier pool's onward legs name the later pools by
  /// number.
  mutating func number(_ route: inout SimulationRoute) {
    for f in route.legs.indices.reversed() {
      guard case .formTrain(let node) = route.legs[f] else { continue }
      let onward = (f + 1..<route.legs.count).map { RouteTable.Step(route, leg: $0) }
      let pool = Pool(node: node, onward: onward)
      if let p = index[pool] {
        route.legs[f] = .formTrain(p)
        continue
      }
      index[pool] = nodes.count
      route.legs[f] = .formTrain(nodes.count)
      nodes.append(node)
    }
  }
}
