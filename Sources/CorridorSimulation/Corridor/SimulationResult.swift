import CorridorModel

/// The outcome of a corridor simulation: per-replication figures and their intervals.
public struct SimulationResult: Sendable {
  /// The scenario simulated.
  public let scenario: Scenario
  let plan: SimulationPlan
  /// The options the simulation ran with.
  public let options: SimulationOptions
  let replications: [ReplicationStatistics]

  /// The number of replications.
  public var replicationCount: Int { replications.count }

  /// Consignments generated, delivered and still on the way at the end, per replication
  /// (the recorded period only).
  public var conservation: [(generated: Int, delivered: Int, inSystem: Int)] {
    replications.map { ($0.generated, $0.delivered, $0.inSystemAtEnd) }
  }

  /// Recorded consignments turned away at full queues, per replication (0 unless the options
  /// set a ``SimulationOptions/queueLimit``).
  public var turnedAway: [Int] { replications.map(\.turnedAway) }

  /// Recorded consignments generated, per replication.
  public var generated: [Int] { replications.map(\.generated) }

  /// Hours per delivered consignment by use, with their sum, per replication.
  public var timeUse: [(uses: [TimeUse: Double], transit: Double)] {
    replications.map { r in
      let n = Double(max(1, r.delivered))
      return (
        Dictionary(uniqueKeysWithValues: TimeUse.allCases.map { ($0, r.timeUse[$0.rawValue] / n) }),
        r.transitHours / n
      )
    }
  }

  /// Hours per delivered consignment by use, and the transit time, averaged over replications.
  public var meanTimeUse: (uses: [TimeUse: Double], transit: Double) {
    let perReplication = timeUse
    let n = Double(max(1, perReplication.count))
    return (
      Dictionary(
        uniqueKeysWithValues: TimeUse.allCases.map { use in
          (use, perReplication.reduce(0) { $0 + ($1.uses[use] ?? 0) } / n)
        }),
      perReplication.reduce(0) { $0 + $1.transit } / n
    )
  }

  /// TEU delivered per year, as a 95 % interval over replications.
  public var throughputTEUPerYear: ConfidenceInterval {
    ConfidenceInterval(observations: replications.map { $0.teuDelivered / options.days * 365 })
  }

  /// TEU per year of the freight that set off in the recorded period and was still on the way
  /// when the run ended, as a 95 % interval over replications: in transit, not lost.
  public var inTransitTEUPerYear: ConfidenceInterval {
    ConfidenceInterval(
      observations: replications.map { $0.teuInTransitAtEnd / options.days * 365 })
  }

  /// TEU that set off in the recorded period, per replication: delivered, still on the way at
  /// the end, and turned away at full queues (the rest).
  public var teuAccounts: [(generated: Double, delivered: Double, inTransit: Double)] {
    replications.map { ($0.teuGenerated, $0.teuDelivered, $0.teuInTransitAtEnd) }
  }

  /// One checkpoint process's performance.
  public struct CheckpointKPI: Sendable {
    public var node: NodeID
    public var mode: ModeFamily
    public var direction: BorderDirection?
    /// Time to clear the crossing (CAREC CPMM TFI1): queues, controls and opening waits (hours).
    public var clearanceHours: ConfidenceInterval
    /// The 95th percentile of the time to clear, averaged over replications (hours).
    public var p95ClearanceHours: ConfidenceInterval
    /// Consignments that cleared, per replication on average.
    public var units: Double
    /// Process units (trucks at a road post, trains at a rail post) that cleared per day,
    /// averaged over replications.
    public var unitsPerDay: ConfidenceInterval
    /// Lane hours a day that the post before kept because this post's holding area was full
    /// (0 without a holding area).
    public var blockingHoursPerDay: Double
    /// Fee per TEU (USD).
    public var feeUSDPerTEU: Double
    /// Utilisation of each stage over its open hours.
    public var stageUtilization: [(stage: String, utilization: ConfidenceInterval)]
    /// Time-average units waiting in the queues.
    public var meanQueue: ConfidenceInterval
    /// The longest queue seen in any replication.
    public var maxQueue: Int

    /// The process's key.
    public var key: CheckpointKey { CheckpointKey(node: node, mode: mode, direction: direction) }
  }

  /// The performance of every checkpoint process that traffic passes.
  public var checkpoints: [CheckpointKPI] {
    plan.checkpoints.enumerated().compactMap { c, facility in
      guard let process = scenario.nodes[facility.node].checkpoint?.processes[facility.process]
      else {
        return nil
      }
      let used = replications.filter { $0.checkpointClearance[c].count > 0 }
      return CheckpointKPI(
        node: scenario.nodes[facility.node].id, mode: process.mode, direction: process.direction,
        clearanceHours: ConfidenceInterval(
          observations: used.map { $0.checkpointClearance[c].mean }),
        p95ClearanceHours: ConfidenceInterval(
          observations: used.map { $0.checkpointQuantiles[c].quantile(0.95) }),
        units: Double(used.reduce(0) { $0 + $1.checkpointClearance[c].count })
          / Double(max(1, used.count)),
        unitsPerDay: ConfidenceInterval(
          observations: replications.map { $0.checkpointUnits[c] / options.days }),
        blockingHoursPerDay: replications.reduce(0) { $0 + $1.checkpointBlockedHours[c] }
          / Double(max(1, replications.count)) / options.days,
        feeUSDPerTEU: process.feeUSDPerTEU,
        stageUtilization: process.stages.enumerated().map { s, stage in
          (
            stage.id,
            ConfidenceInterval(observations: replications.map { $0.checkpointUtilization[c][s] })
          )
        },
        meanQueue: ConfidenceInterval(observations: replications.map { $0.checkpointMeanQueue[c] }),
        maxQueue: replications.map { $0.checkpointMaxQueue[c] }.max() ?? 0)
    }
  }

  /// One OD pair and commodity's transit performance.
  public struct ODKPI: Sendable {
    public var commodity: CommodityID
    public var origin: NodeID
    public var destination: NodeID
    /// Transit time per consignment (hours).
    public var transitHours: ConfidenceInterval
    /// The 95th percentile of the transit time (hours).
    public var p95TransitHours: ConfidenceInterval
    /// Speed with delay: km over the whole transit time (km/h).
    public var speedWithDelayKmh: Double
    /// Speed without delay: km over running time only (km/h).
    public var speedWithoutDelayKmh: Double
    /// Money per TEU along the routes, flow-weighted (USD).
    public var moneyUSDPerTEU: Double
    /// CO2 per TEU along the routes, flow-weighted (kg).
    public var co2KgPerTEU: Double

    /// The pair's key.
    public var key: ODKey {
      ODKey(commodity: commodity, origin: origin, destination: destination)
    }
  }

  /// Transit KPIs per OD pair and commodity, over all its routes.
  public var odPairs: [ODKPI] {
    routesByOD.map { key, members in
      var perReplication: [Double] = []
      var p95: [Double] = []
      var transit = 0.0
      var running = 0.0
      var kmTotal = 0.0
      var count = 0.0
      for r in replications {
        var merged = RunningStatistics()
        for m in members { merged = merged.merged(with: r.routeTransit[m]) }
        if merged.count > 0 { perReplication.append(merged.mean) }
        // The p95 of the busiest route of the pair.
        if let busiest = members.max(by: { r.routeTransit[$0].count < r.routeTransit[$1].count }),
          r.routeQuantiles[busiest].count > 0
        {
          p95.append(r.routeQuantiles[busiest].quantile(0.95))
        }
        for m in members {
          let n = Double(r.routeTransit[m].count)
          transit += r.routeTransit[m].mean * n
          running += r.routeRunning[m].mean * n
          kmTotal += plan.routes[m].km * n
          count += n
        }
      }
      let weights = members.map { plan.routes[$0].teuPerYear }
      let totalWeight = max(weights.reduce(0, +), 1e-12)
      return ODKPI(
        commodity: key.commodity, origin: key.origin, destination: key.destination,
        transitHours: ConfidenceInterval(observations: perReplication),
        p95TransitHours: ConfidenceInterval(observations: p95),
        speedWithDelayKmh: transit > 0 ? kmTotal / transit : 0,
        speedWithoutDelayKmh: running > 0 ? kmTotal / running : 0,
        moneyUSDPerTEU: zip(members, weights).reduce(0) { $0 + plan.routes[$1.0].moneyUSD * $1.1 }
          / totalWeight,
        co2KgPerTEU: zip(members, weights).reduce(0) { $0 + plan.routes[$1.0].co2KgPerTEU * $1.1 }
          / totalWeight)
    }
  }

  /// Per-replication values of the main KPIs, for comparisons between scenarios run with the
  /// same streams: the mean hours to clear each checkpoint process, the mean transit hours
  /// along each named corridor and for each OD pair, and the generalized cost per TEU of
  /// each corridor and OD pair, and of all freight with its transit (`nan` in a replication
  /// where none passed).
  public var replicationKPIs: [ResultKey: [Double]] {
    var result: [ResultKey: [Double]] = [:]
    for (c, facility) in plan.checkpoints.enumerated() {
      guard let process = scenario.nodes[facility.node].checkpoint?.processes[facility.process]
      else {
        continue
      }
      let key = CheckpointKey(node: scenario.nodes[facility.node].id, process: process)
      result[.clearance(key)] = replications.map {
        $0.checkpointClearance[c].count > 0 ? $0.checkpointClearance[c].mean : .nan
      }
    }
    for (x, facility) in plan.crossings.enumerated() {
      let key = CrossingKey(
        crossing: scenario.crossings[facility.crossing].id, direction: facility.direction)
      result[.crossingClearance(key)] = replications.map {
        $0.crossingClearance[x].count > 0 ? $0.crossingClearance[x].mean : .nan
      }
    }
    for (c, corridor) in scenario.corridors.enumerated() {
      result[.corridorTransit(corridor.name)] = replications.map {
        $0.corridorTransit[c].count > 0 ? $0.corridorTransit[c].mean : .nan
      }
      let members = plan.routes.indices.filter { plan.routes[$0].corridors.contains(c) }
      guard !members.isEmpty else { continue }
      result[ResultKey(.corridor(corridor.name), .costUSDPerTEU)] = replications.map {
        networkMean($0, cost: true, routes: members)
      }
    }
    result[.networkCost] = replications.map { networkMean($0, cost: true) }
    result[.networkTransit] = replications.map { networkMean($0, cost: false) }
    for (key, members) in routesByOD {
      result[.odTransit(key)] = replications.map { r in
        var merged = RunningStatistics()
        for m in members { merged = merged.merged(with: r.routeTransit[m]) }
        return merged.count > 0 ? merged.mean : .nan
      }
      result[ResultKey(.od(key), .costUSDPerTEU)] = replications.map { r in
        networkMean(r, cost: true, routes: members)
      }
    }
    return result
  }

  /// The TEU-weighted mean over the routes (all, or those given) with deliveries in one
  /// replication of their generalized cost (money plus value of time × mean transit) or of
  /// their mean transit.
  func networkMean(_ r: ReplicationStatistics, cost: Bool, routes: [Int]? = nil)
    -> Double
  {
    var total = 0.0
    var weight = 0.0
    for i in routes ?? Array(plan.routes.indices) where r.routeTransit[i].count > 0 {
      let route = plan.routes[i]
      let transit = r.routeTransit[i].mean
      let vot = scenario.commodities[route.commodity].valueOfTimeUSDPerTEUHour
      total += route.teuPerYear * (cost ? route.moneyUSD + vot * transit : transit)
      weight += route.teuPerYear
    }
    return weight > 0 ? total / weight : .nan
  }

  /// The routes of each OD pair and commodity, in the order the pairs first appear.
  var routesByOD: [(key: ODKey, routes: [Int])] {
    var groups: [ODKey: Int] = [:]
    var result: [(key: ODKey, routes: [Int])] = []
    for (r, route) in plan.routes.enumerated() {
      let key = ODKey(
        commodity: scenario.commodities[route.commodity].id,
        origin: scenario.nodes[route.origin].id,
        destination: scenario.nodes[route.destination].id)
      if let g = groups[key] {
        result[g].routes.append(r)
      } else {
        groups[key] = result.count
        result.append((key, [r]))
      }
    }
    return result
  }

  /// Little's law over the recorded period, per replication: the time-average number of
  /// consignments on the way, L, against arrivals per hour × mean transit time, λW.
  public var littlesLaw: [(l: Double, lambdaW: Double)] {
    replications.map { r in
      let hours = max(r.recordedHours, 1e-12)
      let w = r.delivered > 0 ? r.transitHours / Double(r.delivered) : 0
      return (r.inSystemHours / hours, Double(r.generated) / hours * w)
    }
  }

  /// One named corridor's transit performance: consignments whose route follows it.
  public struct CorridorKPI: Sendable {
    public var corridor: String
    public var transitHours: ConfidenceInterval
    public var p95TransitHours: ConfidenceInterval
    /// Consignments delivered per replication on average.
    public var consignments: Double
  }

  /// Transit KPIs per named corridor (corridors that no route follows are left out).
  public var corridors: [CorridorKPI] {
    scenario.corridors.indices.compactMap { c in
      let used = replications.filter { $0.corridorTransit[c].count > 0 }
      guard !used.isEmpty else { return nil }
      return CorridorKPI(
        corridor: scenario.corridors[c].name,
        transitHours: ConfidenceInterval(observations: used.map { $0.corridorTransit[c].mean }),
        p95TransitHours: ConfidenceInterval(
          observations: used.map { $0.corridorQuantiles[c].quantile(0.95) }),
        consignments: Double(used.reduce(0) { $0 + $1.corridorTransit[c].count })
          / Double(used.count))
    }
  }

  /// Utilisation of each gauge-change yard that traffic uses, as 95 % intervals.
  public var gaugeChanges: [(node: NodeID, utilization: ConfidenceInterval)] {
    plan.gaugeChanges.enumerated().map { g, node in
      (
        scenario.nodes[node].id,
        ConfidenceInterval(observations: replications.map { $0.gaugeUtilization[g] })
      )
    }
  }

  /// Sailings and cancelled sailings over the recorded period, summed over replications.
  public var sailings: (total: Int, cancelled: Int) {
    (
      replications.reduce(0) { $0 + $1.sailings },
      replications.reduce(0) { $0 + $1.cancelledSailings }
    )
  }
}
