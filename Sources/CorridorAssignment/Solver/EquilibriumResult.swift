/// The flows of an equilibrium assignment, with its convergence history and path sets.
public struct EquilibriumResult: Sendable {
  /// The network assigned.
  public let network: AssignmentNetwork
  /// The classes assigned.
  public let classes: [DemandClass]
  /// Total flow on each link (PCE).
  public let linkFlows: [Double]
  /// Flow on each link by class (units of the class).
  public let classLinkFlows: [[Double]]
  /// Time on each link at the final flows.
  public let linkTimes: [Double]
  /// Path sets and flows by class.
  let paths: [ClassPaths]
  /// One record per iteration.
  public let history: [IterationRecord]
  /// The first record at or below each requested milestone gap.
  public let milestones: [Double: IterationRecord]

  /// The last iteration's record.
  public var final: IterationRecord? { history.last }

  /// The used paths of one OD pair of a class: links in order, flow, and cost.
  public func routes(classIndex k: Int, origin: Int, destination: Int)
    -> [(links: [Int], flow: Double, cost: Double)]
  {
    guard paths.indices.contains(k),
      let group = paths[k].origins.first(where: { $0.node == origin })
    else { return [] }
    let fixed = classes[k].fixedCost
    for index in group.pairs where Int(paths[k].pairs[index].destination) == destination {
      let pair = paths[k].pairs[index]
      return zip(pair.paths, pair.flows).filter { $0.1 > 0 }.map { path, flow in
        let links = path.map(Int.init)
        let cost = links.reduce(0.0) { $0 + linkTimes[$1] + (fixed.isEmpty ? 0 : fixed[$1]) }
        return (links, flow, cost)
      }
    }
    return []
  }

  /// The OD pairs of a class with demand, as (origin, destination, demand).
  public func pairs(classIndex k: Int) -> [(origin: Int, destination: Int, demand: Double)] {
    guard paths.indices.contains(k) else { return [] }
    return paths[k].origins.flatMap { group in
      group.pairs.map {
        (group.node, Int(paths[k].pairs[$0].destination), paths[k].pairs[$0].demand)
      }
    }
  }
}
