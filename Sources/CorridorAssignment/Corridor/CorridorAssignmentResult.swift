import CorridorModel

/// An equilibrium on a corridor scenario, read back in the scenario's terms.
public struct CorridorAssignmentResult: Sendable {
  /// The expanded network assigned.
  public let corridorNetwork: CorridorNetwork
  /// The equilibrium on it.
  public let equilibrium: EquilibriumResult

  /// Solves the user equilibrium of a scenario, one class per commodity.
  ///
  /// - Parameter logitScaleUSD: See ``CorridorNetwork/demandClasses(logitScaleUSD:)``; `nil`
  ///   for the deterministic equilibrium.
  public static func solve(
    _ scenario: Scenario, options: EquilibriumOptions = EquilibriumOptions(targetGap: 1e-8),
    logitScaleUSD: Double? = nil
  ) throws(AssignmentError) -> CorridorAssignmentResult {
    let network = try CorridorNetwork(scenario)
    let solver = try GradientProjection(
      network: network.network, classes: network.demandClasses(logitScaleUSD: logitScaleUSD))
    do {
      return CorridorAssignmentResult(
        corridorNetwork: network, equilibrium: try solver.solve(options: options))
    } catch .unreachableDemand(let pairs) {
      // Name the pairs by scenario node ids instead of vertex numbers.
      throw .unreachableDemand(pairs.map { network.describePair($0) })
    }
  }

  private var scenario: Scenario { corridorNetwork.scenario }

  /// Annual TEU on each scenario link, by commodity (in ``Scenario/commodities`` order); a
  /// consolidated service's flow is on each link it runs over.
  public func linkFlows() -> [[Double]] {
    var flows = Array(
      repeating: Array(repeating: 0.0, count: scenario.commodities.count),
      count: scenario.links.count)
    for (e, element) in corridorNetwork.elements.enumerated() {
      switch element {
      case .link(let l, part: 0):
        for k in scenario.commodities.indices { flows[l][k] += equilibrium.classLinkFlows[k][e] }
      case .service(let s, part: 0):
        for l in corridorNetwork.services[s].links {
          for k in scenario.commodities.indices { flows[l][k] += equilibrium.classLinkFlows[k][e] }
        }
      default: continue
      }
    }
    return flows
  }

  /// The load and delay of one checkpoint process.
  public struct CheckpointLoad: Sendable {
    public var node: NodeID
    public var process: Int
    public var mode: ModeFamily
    public var direction: BorderDirection?
    /// Annual TEU by commodity.
    public var teuByCommodity: [Double]
    /// Mean hours per TEU in the process at the equilibrium flow: opening wait, queues, service.
    public var meanHours: Double
    /// The utilisation of each stage.
    public var stageUtilization: [(stage: String, utilization: Double)]
    /// Fee per TEU (USD).
    public var feeUSDPerTEU: Double
  }

  /// Every checkpoint process with its equilibrium load and delay.
  ///
  /// A consolidated service's flow counts in the load of the processes on its run; their
  /// delays are those of the other freight, as the service is priced at free flow.
  public func checkpointLoads() -> [CheckpointLoad] {
    var result: [String: CheckpointLoad] = [:]
    var order: [String] = []
    var servicePasses: [String: [Double]] = [:]
    for (e, element) in corridorNetwork.elements.enumerated() {
      switch element {
      case .service(let s, part: 0):
        for l in corridorNetwork.services[s].links {
          let link = scenario.links[l]
          guard let u = scenario.node(link.from), let v = scenario.node(link.to),
            let n = scenario.nodes.firstIndex(where: { $0.id == link.to }),
            let process = FreeFlowRoutes.process(at: v, by: link.mode, from: u),
            let p = v.checkpoint?.processes.firstIndex(of: process)
          else { continue }
          var teu =
            servicePasses["\(n) \(p)"] ?? Array(repeating: 0, count: scenario.commodities.count)
          for k in scenario.commodities.indices { teu[k] += equilibrium.classLinkFlows[k][e] }
          servicePasses["\(n) \(p)"] = teu
        }
      case .checkpointEntry(let n, let p):
        let key = "\(n) \(p)"
        guard let process = scenario.nodes[n].checkpoint?.processes[p] else { continue }
        if result[key] == nil {
          order.append(key)
          result[key] = CheckpointLoad(
            node: scenario.nodes[n].id, process: p, mode: process.mode,
            direction: process.direction,
            teuByCommodity: Array(repeating: 0, count: scenario.commodities.count), meanHours: 0,
            stageUtilization: [], feeUSDPerTEU: process.feeUSDPerTEU)
        }
        for k in scenario.commodities.indices {
          result[key]?.teuByCommodity[k] += equilibrium.classLinkFlows[k][e]
        }
        if result[key]?.meanHours == 0 { result[key]?.meanHours = equilibrium.linkTimes[e] }
      default: continue
      }
    }
    for (e, element) in corridorNetwork.elements.enumerated() {
      guard case .stage(let n, let p, let s) = element,
        let process = scenario.nodes[n].checkpoint?.processes[p],
        case .queue(let queue) = corridorNetwork.network.delay[e]
      else { continue }
      let key = "\(n) \(p)"
      let flow = equilibrium.linkFlows[e]
      let utilization =
        queue.probability * queue.arrivalsPerFlow * flow * queue.serviceHours
        / Double(queue.servers)
      // The same stage appears once per entry mode; keep the busiest reading.
      if let existing = result[key]?.stageUtilization.firstIndex(where: {
        $0.stage == process.stages[s].id
      }) {
        if let old = result[key]?.stageUtilization[existing].utilization, utilization > old {
          result[key]?.stageUtilization[existing].utilization = utilization
        }
      } else {
        result[key]?.stageUtilization.append((process.stages[s].id, utilization))
        result[key]?.meanHours += equilibrium.linkTimes[e]
      }
    }
    for (key, teu) in servicePasses {
      for k in teu.indices { result[key]?.teuByCommodity[k] += teu[k] }
    }
    return order.compactMap { result[$0] }
  }

  /// One route an OD pair uses, with its share of the pair's demand.
  public typealias Route = AssignedRoute

  /// The routes of every OD pair, largest share first within each pair.
  public func routes() -> [Route] {
    var result: [Route] = []
    for (k, commodity) in scenario.commodities.enumerated() {
      let vot = commodity.valueOfTimeUSDPerTEUHour
      for pair in equilibrium.pairs(classIndex: k) {
        guard let o = corridorNetwork.scenarioNode(ofZone: pair.origin),
          let d = corridorNetwork.scenarioNode(ofZone: pair.destination)
        else { continue }
        let used = equilibrium.routes(
          classIndex: k, origin: pair.origin, destination: pair.destination)
        for path in used.sorted(by: { $0.flow > $1.flow }) {
          var nodes = [scenario.nodes[o].id]
          var links: [Int] = []
          var checkpoints: [NodeID] = []
          var hours = 0.0
          var money = 0.0
          var km = 0.0
          var serviceLegs: [Route.ServiceLeg] = []
          for e in path.links {
            hours += equilibrium.linkTimes[e]
            money += corridorNetwork.moneyUSD[e]
            km += corridorNetwork.distanceKm[e]
            switch corridorNetwork.elements[e] {
            case .link(let l, part: 0):
              nodes.append(scenario.links[l].to)
              links.append(l)
            case .checkpointEntry(let n, _):
              checkpoints.append(scenario.nodes[n].id)
            case .service(let s, part: 0):
              let service = corridorNetwork.services[s]
              serviceLegs.append(Route.ServiceLeg(service: service, firstLink: links.count))
              for l in service.links {
                let link = scenario.links[l]
                links.append(l)
                nodes.append(link.to)
                if let u = scenario.node(link.from), let v = scenario.node(link.to),
                  FreeFlowRoutes.process(at: v, by: link.mode, from: u) != nil
                {
                  checkpoints.append(link.to)
                }
              }
            default: break
            }
          }
          let corridors = scenario.corridors.filter { $0.isFollowed(by: nodes) }.map(\.name)
          result.append(
            Route(
              commodity: commodity.id, origin: scenario.nodes[o].id,
              destination: scenario.nodes[d].id,
              nodes: nodes, links: links, checkpoints: checkpoints, corridors: corridors,
              teuPerYear: path.flow,
              share: pair.demand > 0 ? path.flow / pair.demand : 0, hours: hours, moneyUSD: money,
              generalizedCostUSD: money + vot * hours, km: km, serviceLegs: serviceLegs))
        }
      }
    }
    return result
  }

  /// The OD pairs whose routes pass a checkpoint node, with the TEU of each that does.
  public func selectLink(checkpoint: NodeID) -> [(
    commodity: CommodityID, origin: NodeID, destination: NodeID, teuPerYear: Double
  )] {
    var totals: [String: (CommodityID, NodeID, NodeID, Double)] = [:]
    var order: [String] = []
    for route in routes()
    where route.checkpoints.contains(checkpoint) || route.nodes.contains(checkpoint) {
      let key = "\(route.commodity) \(route.origin) \(route.destination)"
      if totals[key] == nil { order.append(key) }
      totals[key, default: (route.commodity, route.origin, route.destination, 0)].3 +=
        route.teuPerYear
    }
    return order.compactMap { totals[$0] }.map { ($0.0, $0.1, $0.2, $0.3) }
  }
}

extension CorridorNetwork {
  /// "A→B" for a pair written with 1-based vertex numbers, using scenario node ids.
  func describePair(_ pair: String) -> String {
    let parts = pair.split(separator: "→").compactMap { Int($0) }
    guard parts.count == 2, let o = scenarioNode(ofZone: parts[0] - 1),
      let d = scenarioNode(ofZone: parts[1] - 1)
    else { return pair }
    return "\(scenario.nodes[o].id)→\(scenario.nodes[d].id)"
  }
}
