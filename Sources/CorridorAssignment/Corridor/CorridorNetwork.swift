import CorridorModel

/// A corridor scenario expanded into a network for equilibrium assignment.
///
/// Every scenario node becomes several vertices so that each cost of passing it has a link
/// of its own: a zone vertex where demand starts and ends (never passed through); an arrival
/// and a departure vertex per mode; a chain of stage links for each checkpoint process,
/// entered by the links of that process's mode and direction; transshipment links between
/// rail gauges at gauge-change nodes; and a terminal link (dwell, handling, capacity queue)
/// for mode changes at hubs and ports. Flows are TEU per year and times hours; money per TEU
/// becomes time through each commodity's value of time. See docs/methods.md.
public struct CorridorNetwork: Sendable {
  /// What an expanded link stands for.
  public enum Element: Hashable, Sendable {
    /// A scenario link (its index in ``Scenario/links``); `part` 0 is the running time and,
    /// for ferries, part 1 is the sailing-capacity queue.
    case link(Int, part: Int)
    /// The wait for a checkpoint process's posts to open, where freight enters the process.
    case checkpointEntry(node: Int, process: Int)
    /// A checkpoint stage.
    case stage(node: Int, process: Int, stage: Int)
    /// A transshipment between rail gauges.
    case gaugeChange(node: Int)
    /// A mode change through a hub, port or terminal.
    case terminal(node: Int)
    /// Passing a node without a change of mode, or a mode change to or from a transfer link.
    case through(node: Int)
    /// Where demand starts (`origin`) or ends at a node.
    case connector(node: Int, origin: Bool)
    /// A consolidated service (its index in ``CorridorNetwork/services``); `part` 0 is the
    /// run and the wait for a departure, part 1 the queue for its capacity.
    case service(Int, part: Int)
  }

  /// The scenario.
  public let scenario: Scenario
  /// The expanded network.
  public let network: AssignmentNetwork
  /// What each expanded link stands for.
  public let elements: [Element]
  /// Money cost of each expanded link (USD per TEU).
  public let moneyUSD: [Double]
  /// Route-choice constant of each expanded link (USD per TEU): in the generalized cost that
  /// routes are chosen by, not in their money.
  public let choiceConstantUSD: [Double]
  /// Length of each expanded link (km).
  public let distanceKm: [Double]
  /// The zone vertex of each scenario node.
  public let zoneVertex: [Int]
  /// The consolidated services between hubs (see ``Scenario/consolidatedServices()``).
  public let services: [ConsolidatedService]
  /// At each consolidating hub (by node index), the vertex where freight boards its
  /// services, after the hub's terminal.
  public let serviceBoarding: [Int: Int]
  /// At each consolidating hub, the vertex where freight leaves a service, before the hub's
  /// terminal.
  public let serviceAlighting: [Int: Int]

  /// Expands a scenario.
  public init(_ scenario: Scenario) throws(AssignmentError) {
    var builder = CorridorNetworkBuilder(scenario)
    builder.build()
    self.scenario = scenario
    elements = builder.elements
    moneyUSD = builder.money
    choiceConstantUSD = builder.constant
    distanceKm = builder.distance
    zoneVertex = builder.zone
    services = builder.services
    serviceBoarding = builder.serviceDeparture
    serviceAlighting = builder.serviceArrival
    network = try AssignmentNetwork.validated(
      nodeCount: builder.vertexCount,
      links: zip(zip(builder.from, builder.to), builder.delay).map { ($0.0, $0.1, $1) },
      passable: builder.passable)
  }

  /// One class per commodity: fixed costs are money, with the route-choice constants, over the
  /// commodity's value of time.
  ///
  /// - Parameter logitScaleUSD: For a logit stochastic equilibrium, the difference in
  ///   generalized cost (USD per TEU) that makes a route e times less likely than another, for
  ///   every commodity; `nil` for each commodity's own scale from the scenario
  ///   (``Scenario/logitScaleUSDPerTEU(of:)``), deterministic where it has none. Each class's
  ///   spread is its value of time over the scale, since its costs are in hours.
  public func demandClasses(logitScaleUSD: Double? = nil) -> [DemandClass] {
    scenario.commodities.map { commodity in
      let vot = commodity.valueOfTimeUSDPerTEUHour
      var byOrigin: [Int: [(node: Int, volume: Double)]] = [:]
      var order: [Int] = []
      let index = Dictionary(
        scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
      for demand in scenario.demand where demand.commodity == commodity.id {
        guard let o = index[demand.origin], let d = index[demand.destination] else { continue }
        let origin = zoneVertex[o]
        if byOrigin[origin] == nil { order.append(origin) }
        byOrigin[origin, default: []].append((zoneVertex[d], demand.teuPerYear))
      }
      return DemandClass(
        name: commodity.id.rawValue, pce: 1,
        fixedCost: vot > 0
          ? zip(moneyUSD, choiceConstantUSD).map { ($0 + $1) / vot } : moneyUSD.map { _ in 0 },
        demand: order.map { ($0, byOrigin[$0] ?? []) },
        logitSpread: (logitScaleUSD ?? scenario.logitScaleUSDPerTEU(of: commodity)).map {
          vot / $0
        })
    }
  }

  /// The scenario node a vertex belongs to.
  public func scenarioNode(ofZone vertex: Int) -> Int? { zoneVertex.firstIndex(of: vertex) }
}
