import CorridorModel

/// The load that routes offer one queueing facility, as a share of what it can serve.
///
/// Above 1 the facility's queue grows for as long as the simulation runs: its waits then
/// depend on the simulated days rather than on the scenario, and the queue holds a growing
/// share of all consignments in memory.
public struct FacilityLoad: Sendable {
  /// The facility, for messages: "checkpoint 'IRK' road CN->KG, stage 'documents'".
  public var facility: String
  /// The node the facility is at (the ferry's departure port for a ferry).
  public var node: NodeID
  /// Offered work over capacity (utilisation; above 1 the queue grows without bound).
  public var load: Double
  /// The TEU a year the routes send through it.
  public var teuPerYear: Double
  /// What the planner can change to bring the load under capacity.
  public var remedy: String
}

extension CorridorSimulation {
  /// The load above which `run`, `simulate` and `compare` refuse to simulate: 1.
  ///
  /// A facility asked to serve more than it can has a queue that grows for as long as the
  /// run lasts, so its waits would measure the simulated days rather than the scenario, and
  /// the consignments held in it would fill the memory of a long run.
  public static let maximumLoad = 1.0

  /// The load of every checkpoint stage, gauge-change yard, hub with a capacity and ferry
  /// service on the routes, highest first.
  ///
  /// A checkpoint stage serves `lanes` units at a time during its opening hours; the work a
  /// route brings is its TEU over the TEU per unit, times the stage's probability and mean
  /// service time; a daily quota accepts its units a day. A yard has as many crews as the
  /// simulation gives it. A ferry carries a vessel-load per sailing that is not cancelled. A
  /// consolidated service leaves whenever a train-load waits, so it cannot be overloaded; nor
  /// can a rail terminal's trains formed from trucks (counted as full trains after it, a
  /// lower bound when a longest wait sends some out part-full).
  public static func facilityLoads(
    _ scenario: Scenario, routes: [AssignedRoute], options: SimulationOptions
  ) -> [FacilityLoad] {
    let plan = SimulationPlan(scenario: scenario, routes: routes)
    var checkpointTEU = [Double](repeating: 0, count: plan.checkpoints.count)
    // Units a quota counts, and consignments that each take a wagon set, per year: as the
    // simulation counts them (a consignment is at least one unit).
    var checkpointUnits = [Double](repeating: 0, count: plan.checkpoints.count)
    var gaugeTEU = [Double](repeating: 0, count: plan.gaugeChanges.count)
    var gaugeConsignments = [Double](repeating: 0, count: plan.gaugeChanges.count)
    var ferryTEU: [Int: Double] = [:]
    var hubTEU: [Int: Double] = [:]
    for route in plan.routes {
      // The TEU of the route's unit: its trucks', until they are formed into full trains.
      var unitTEU = route.teuPerConsignment
      for leg in route.legs {
        switch leg {
        case .checkpoint(let c):
          checkpointTEU[c] += route.teuPerYear
          checkpointUnits[c] += unitsPerYear(
            route, consignmentTEU: unitTEU, at: plan.checkpoints[c], scenario)
        case .gaugeChange(let g):
          gaugeTEU[g] += route.teuPerYear
          gaugeConsignments[g] += route.teuPerYear / unitTEU
        case .formTrain: unitTEU = scenario.settings.teuPerTrain
        case .splitTrain: unitTEU = min(unitTEU, scenario.settings.teuPerTruck)
        case .ferry(let l): ferryTEU[l, default: 0] += route.teuPerYear
        case .dwell(let n): hubTEU[n, default: 0] += route.teuPerYear
        case .terminal(let t): hubTEU[plan.terminals[t], default: 0] += route.teuPerYear
        case .run, .service: break
        }
      }
    }
    var loads: [FacilityLoad] = []
    for (c, facility) in plan.checkpoints.enumerated() {
      loads += checkpointLoads(
        scenario, facility: facility, teuPerYear: checkpointTEU[c],
        unitsPerYear: checkpointUnits[c])
    }
    for (g, n) in plan.gaugeChanges.enumerated() {
      loads += gaugeLoads(
        scenario.nodes[n], teuPerYear: gaugeTEU[g], consignmentsPerYear: gaugeConsignments[g],
        teuPerTrain: scenario.settings.teuPerTrain)
    }
    // A hub's capacity bounds what it handles: above it, its terminal's queue grows for ever.
    for (n, teu) in hubTEU.sorted(by: { $0.key < $1.key }) {
      guard let capacity = scenario.nodes[n].hub?.capacityTEUPerYear else { continue }
      loads.append(
        FacilityLoad(
          facility: "hub '\(scenario.nodes[n].id)'", node: scenario.nodes[n].id,
          load: teu / capacity, teuPerYear: teu,
          remedy: "raise capacity_teu_per_year, or lower the demand through it"))
    }
    // Ferries that also sail whenever a vessel-load waits cannot be overloaded.
    for (l, teu) in ferryTEU.sorted(by: { $0.key < $1.key }) where !options.ferriesLeaveWhenFull {
      let link = scenario.links[l]
      guard let ferry = link.ferry else { continue }
      let capacity =
        ferry.sailingsPerWeek * 365 / 7 * ferry.vesselCapacityTEU
        * (1 - options.sailingCancellation)
      loads.append(
        FacilityLoad(
          facility: "ferry '\(link.id)'", node: link.from,
          load: capacity > 0 ? teu / capacity : .infinity, teuPerYear: teu,
          remedy: "add sailings, larger vessels, or lower the demand"))
    }
    return loads.sorted { $0.load > $1.load }
  }

  /// The loads of a gauge-change yard: its wagon sets, when their supply is limited (each
  /// consignment holds a set for a cycle), and its crews.
  private static func gaugeLoads(
    _ node: Node, teuPerYear: Double, consignmentsPerYear: Double, teuPerTrain: Double
  ) -> [FacilityLoad] {
    var loads: [FacilityLoad] = []
    if let yard = node.gaugeChange, let sets = yard.wagonSets, let cycle = yard.wagonCycleHours {
      let trainsPerHour = consignmentsPerYear / 8760
      loads.append(
        FacilityLoad(
          facility: "gauge change '\(node.id)', its \(sets) wagon sets", node: node.id,
          load: trainsPerHour * cycle / Double(sets), teuPerYear: teuPerYear,
          remedy: "add wagon sets, shorten wagon_cycle_hours, or lower the demand"))
    }
    guard let yard = node.gaugeChange, let perDay = yard.capacityTEUPerDay else { return loads }
    let hours = yard.transshipmentHours.mean
    let crews = Double(gaugeCrews(perDay: perDay, hours: hours, teuPerTrain: teuPerTrain))
    loads.append(
      FacilityLoad(
        facility: "gauge change '\(node.id)'", node: node.id,
        load: teuPerYear / teuPerTrain * hours / (8760 * crews), teuPerYear: teuPerYear,
        remedy: "raise capacity_teu_per_day, shorten transshipment_hours, or lower the demand"))
    return loads
  }

  /// The crews of a gauge-change yard: enough parallel transshipments for its daily capacity.
  static func gaugeCrews(perDay: Double, hours: Double, teuPerTrain: Double) -> Int {
    (perDay * hours / (24 * teuPerTrain)).rounded(.up).clampedInt(1...100_000)
  }

  /// The load of each stage of a checkpoint process, and of its daily quota.
  private static func checkpointLoads(
    _ scenario: Scenario, facility: SimulationPlan.CheckpointFacility, teuPerYear: Double,
    unitsPerYear: Double
  ) -> [FacilityLoad] {
    let node = scenario.nodes[facility.node]
    guard let process = node.checkpoint?.processes[facility.process] else { return [] }
    let name =
      "checkpoint '\(node.id)' \(process.mode.rawValue) "
      + "\(process.direction?.description ?? "both ways")"
    let stages = process.stageUtilizations(
      teuPerYear: teuPerYear, defaultTEUPerUnit: scenario.teuPerUnit(of: process))
    var loads = stages.map { stage, load in
      FacilityLoad(
        facility: "\(name), stage '\(stage)'", node: node.id, load: load, teuPerYear: teuPerYear,
        remedy: "add lanes, shorten the service time, extend the opening hours, or lower "
          + "the demand through it")
    }
    if let quota = process.quotaUnitsPerDay {
      let unitsPerDay = unitsPerYear / 365
      loads.append(
        FacilityLoad(
          facility: "\(name), daily quota of \(quota) units", node: node.id,
          load: unitsPerDay / Double(quota), teuPerYear: teuPerYear,
          remedy: "raise the quota or lower the demand through it"))
    }
    return loads
  }

  /// The process units a route brings to a checkpoint a year, in consignments of `teu` TEU:
  /// each is as many units as it holds, and at least one, as the simulation counts them.
  private static func unitsPerYear(
    _ route: SimulationRoute, consignmentTEU teu: Double,
    at facility: SimulationPlan.CheckpointFacility, _ scenario: Scenario
  ) -> Double {
    guard let process = scenario.nodes[facility.node].checkpoint?.processes[facility.process]
    else { return 0 }
    let units = CheckpointCrossing.units(forTEU: teu, teuPerUnit: scenario.teuPerUnit(of: process))
    return route.teuPerYear / teu * Double(units)
  }
}
