import CorridorModel

extension SimulationResult {
  /// Per-replication money and carbon of the freight, for comparisons between scenarios run
  /// with the same streams.
  ///
  /// For all freight, each named corridor, each crossing in each direction and each OD pair:
  /// the generalized cost a year (TEU a year on the equilibrium routes × their TEU-weighted
  /// generalized cost per TEU in the replication: tariffs, fees and handling plus the
  /// commodity's value of time × simulated transit), and the tonnes of CO2 a year from running
  /// the freight over the links (TEU a year × each route's kg per TEU). Crossings also get
  /// their cost per TEU. Running emissions depend on the routes only, so their value is the
  /// same in every replication.
  public var replicationEconomics: [ResultKey: [Double]] {
    var result: [ResultKey: [Double]] = [:]
    func add(_ subject: ResultSubject, routes: [Int], perTEU: Bool = false) {
      let teu = routes.reduce(0) { $0 + plan.routes[$1].teuPerYear }
      let co2 = routes.reduce(0) { $0 + plan.routes[$1].teuPerYear * plan.routes[$1].co2KgPerTEU }
      let costs = replications.map { networkMean($0, cost: true, routes: routes) }
      result[ResultKey(subject, .costUSDPerYear)] = costs.map { $0 * teu }
      result[ResultKey(subject, .co2TonnesPerYear)] = costs.map { _ in co2 / 1000 }
      if perTEU { result[ResultKey(subject, .costUSDPerTEU)] = costs }
    }
    add(.network, routes: Array(plan.routes.indices))
    for (c, corridor) in scenario.corridors.enumerated() {
      let members = plan.routes.indices.filter { plan.routes[$0].corridors.contains(c) }
      if !members.isEmpty { add(.corridor(corridor.name), routes: members) }
    }
    for (x, facility) in plan.crossings.enumerated() {
      let members = plan.routes.indices.filter {
        plan.routes[$0].crossingStart.contains(Int32(x))
      }
      let key = CrossingKey(
        crossing: scenario.crossings[facility.crossing].id, direction: facility.direction)
      if !members.isEmpty { add(.crossing(key), routes: members, perTEU: true) }
    }
    for (key, members) in routesByOD {
      add(.od(key), routes: members)
    }
    return result
  }
}
