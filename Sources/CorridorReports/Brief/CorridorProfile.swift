import CorridorModel
import CorridorSimulation

/// The UNESCAP time/cost-distance profile of a corridor: cumulative time and cost against
/// cumulative distance along its fastest free-flow route.
///
/// Running segments use each link's mean running time and its tariff; the steps at nodes are
/// the simulated mean time to clear each border crossing with its fee, the mean transshipment
/// time and cost at gauge changes, the mean dwell and handling at intermediate hubs, and half
/// the headway of a ferry before it sails.
public struct CorridorProfile: Sendable {
  /// One point of the profile.
  public struct Point: Sendable {
    /// Kilometres from the corridor's start.
    public var km: Double
    /// Hours from the start.
    public var hours: Double
    /// US$ per TEU from the start.
    public var usd: Double
    /// What the step ending here is: a checkpoint, gauge change, ferry wait or hub; `nil` for
    /// running.
    public var stop: String?
  }

  /// The corridor's name.
  public var corridor: String
  /// Points from the start to the end, a step at each stop.
  public var points: [Point]

  /// The profile of `corridor` with the simulated `checkpoints`, or `nil` when it has no route.
  public init?(
    _ corridor: Corridor, scenario: Scenario, routes: FreeFlowRoutes,
    checkpoints: [SimulationResult.CheckpointKPI]
  ) {
    guard let path = routes.fastestPath(through: corridor.waypoints), !path.links.isEmpty else {
      return nil
    }
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var clearance: [CheckpointKey: (hours: Double, fee: Double)] = [:]
    for c in checkpoints {
      clearance[c.key] = (
        c.clearanceHours.mean, c.feeUSDPerTEU
      )
    }
    var here = Point(km: 0, hours: 0, usd: 0, stop: nil)
    var points = [here]
    func step(_ hours: Double, _ usd: Double, _ label: String) {
      guard hours > 0 || usd > 0 else { return }
      here.hours += hours
      here.usd += usd
      here.stop = label
      points.append(here)
    }
    for (position, l) in path.links.enumerated() {
      let link = scenario.links[l]
      guard let f = index[link.from], let t = index[link.to] else { return nil }
      let from = scenario.nodes[f]
      let to = scenario.nodes[t]
      if let ferry = link.ferry, ferry.sailingsPerWeek > 0 {
        step(168 / (2 * ferry.sailingsPerWeek), 0, "ferry wait at \(from.id)")
      }
      here.km += link.distanceKm
      here.hours += link.runningHours.mean
      here.usd += link.costUSDPerTEU
      here.stop = nil
      points.append(here)
      let last = position == path.links.count - 1
      if let process = FreeFlowRoutes.process(at: to, by: link.mode, from: from) {
        let key = CheckpointKey(node: to.id, process: process)
        let simulated = clearance[key]
        step(
          simulated?.hours ?? process.meanServiceHours, simulated?.fee ?? process.feeUSDPerTEU,
          "\(to.id)")
      }
      if !last, let yard = to.gaugeChange {
        step(yard.transshipmentHours.mean, yard.costUSDPerTEU, "\(to.id) gauge change")
      }
      if !last, let hub = to.hub, to.gaugeChange == nil {
        step(hub.dwellHours.mean, hub.handlingUSDPerTEU, "\(to.id) hub")
      }
    }
    self.corridor = corridor.name
    self.points = points
  }

  /// The profile's end: total km, hours and US$ per TEU.
  public var total: Point { points.last ?? Point(km: 0, hours: 0, usd: 0, stop: nil) }

  /// The share of the profile's hours spent in stops rather than running.
  public var stopShare: Double {
    var stopped = 0.0
    for (a, b) in zip(points, points.dropFirst()) where b.km == a.km {
      stopped += b.hours - a.hours
    }
    return total.hours > 0 ? stopped / total.hours : 0
  }
}
