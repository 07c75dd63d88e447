import CorridorModel
import CorridorSimulation

/// The UNESCAP time/cost-distance profile of a corridor: cumulative time and cost against
/// cumulative distance along its fastest free-flow route.
///
/// Running segments use each link's mean running time and its tariff; the steps at nodes are
/// the simulated mean time to clear each border crossing with its fee, the mean transshipment
/// time and cost at gauge changes, the mean dwell and handling at intermediate ports and hubs,
/// and half the headway of a ferry before it sails. Every segment and step belongs to one
/// ``Part``, so the profile's hours and US$ per TEU split into where they go.
public struct CorridorProfile: Sendable {
  /// Where a segment's or a step's time and money go.
  public enum Part: String, CaseIterable, Sendable {
    /// Running on road, rail or sea links without a ferry schedule.
    case running
    /// Clearing border posts: queues, controls, opening waits and fees.
    case border
    /// Transshipment between gauges.
    case gaugeChange
    /// Dwell and handling at sea ports' terminals.
    case port
    /// Waiting for a scheduled sailing and the sailing itself.
    case ferry
    /// Dwell and handling at inland hubs and dry ports.
    case hub
  }

  /// One point of the profile: the end of a segment (distance run) or of a step (a stop).
  public struct Point: Sendable {
    /// Kilometres from the corridor's start.
    public var km: Double
    /// Hours from the start.
    public var hours: Double
    /// US$ per TEU from the start.
    public var usd: Double
    /// What the segment or step ending here is.
    public var part: Part
    /// Whether it is a step at a node (no distance run), not a segment.
    public var isStop: Bool
    /// The node of the step, or the node the segment ends at.
    public var node: NodeID?
    /// The hours the segment or step adds.
    public var addedHours: Double
    /// The US$ per TEU the segment or step adds.
    public var addedUSD: Double
  }

  /// A place where the profile stops, as a chart labels it: one node, or the posts (and gauge
  /// change) of one border crossing passed one after another.
  public struct Stop: Sendable {
    /// The node of its first step.
    public var node: NodeID
    /// The crossing whose posts it is, if any.
    public var crossing: String?
    /// The indices in ``points`` of its steps' ends, first to last.
    public var points: [Int]
  }

  /// The corridor's name, in the report's language.
  public var corridor: String
  /// Points from the start to the end, a step at each stop; the first is the start.
  public var points: [Point]
  /// The places where the profile stops, in order.
  public var stops: [Stop]

  /// The profile of `corridor` with the simulated `checkpoints`, or `nil` when it has no route.
  public init?(
    _ corridor: Corridor, scenario: Scenario, routes: FreeFlowRoutes,
    checkpoints: [SimulationResult.CheckpointKPI]
  ) {
    guard let path = routes.fastestPath(through: corridor.waypoints), !path.links.isEmpty else {
      return nil
    }
    var clearance: [CheckpointKey: (hours: Double, fee: Double)] = [:]
    for c in checkpoints { clearance[c.key] = (c.clearanceHours.mean, c.feeUSDPerTEU) }
    guard
      let points = Self.points(
        path.links.map { scenario.links[$0] }, scenario: scenario, clearance: clearance)
    else { return nil }
    self.corridor = Names.of(corridor)
    self.points = points
    self.stops = Self.stops(points, scenario: scenario)
  }

  /// The points along `links`, or `nil` when a link's end is not a node of `scenario`.
  static func points(
    _ links: [Link], scenario: Scenario,
    clearance: [CheckpointKey: (hours: Double, fee: Double)]
  ) -> [Point]? {
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var here = Point(
      km: 0, hours: 0, usd: 0, part: .running, isStop: false, node: links.first?.from,
      addedHours: 0, addedUSD: 0)
    var points = [here]
    func add(_ hours: Double, _ usd: Double, _ part: Part, at node: NodeID, km: Double? = nil) {
      guard hours > 0 || usd > 0 || km != nil else { return }
      here.km += km ?? 0
      here.hours += hours
      here.usd += usd
      here.part = part
      here.isStop = km == nil
      here.node = node
      here.addedHours = hours
      here.addedUSD = usd
      points.append(here)
    }
    for (position, link) in links.enumerated() {
      guard let f = index[link.from], let t = index[link.to] else { return nil }
      let from = scenario.nodes[f]
      let to = scenario.nodes[t]
      let scheduled = link.ferry.map { $0.sailingsPerWeek > 0 } ?? false
      if let ferry = link.ferry, scheduled {
        add(168 / (2 * ferry.sailingsPerWeek), 0, .ferry, at: from.id)
      }
      add(
        link.runningHours.mean, link.costUSDPerTEU,
        scheduled || link.mode == .ferry
          ? .ferry : .running, at: to.id, km: link.distanceKm)
      if let process = FreeFlowRoutes.process(at: to, by: link.mode, from: from) {
        let simulated = clearance[CheckpointKey(node: to.id, process: process)]
        add(
          simulated?.hours ?? process.meanServiceHours, simulated?.fee ?? process.feeUSDPerTEU,
          .border, at: to.id)
      }
      guard position < links.count - 1 else { continue }
      if let yard = to.gaugeChange {
        add(yard.transshipmentHours.mean, yard.costUSDPerTEU, .gaugeChange, at: to.id)
      } else if let hub = to.hub {
        add(
          hub.dwellHours.mean, hub.handlingUSDPerTEU, to.kind == .seaPort ? .port : .hub,
          at: to.id)
      }
    }
    return points
  }

  /// The stops of `points`: consecutive steps at one node, or at the posts of one crossing
  /// with nothing but running between them, make one stop.
  static func stops(_ points: [Point], scenario: Scenario) -> [Stop] {
    var crossingOf: [NodeID: String] = [:]
    for crossing in scenario.crossings {
      for post in crossing.posts where crossingOf[post] == nil { crossingOf[post] = crossing.id }
    }
    var stops: [Stop] = []
    var steppedSince = false
    for (i, point) in points.enumerated() {
      guard point.isStop, let node = point.node else {
        if point.part != .running { steppedSince = true }
        continue
      }
      let crossing = crossingOf[node]
      if let last = stops.last, !steppedSince,
        last.node == node || (crossing != nil && last.crossing == crossing)
      {
        stops[stops.count - 1].points.append(i)
      } else {
        stops.append(Stop(node: node, crossing: crossing, points: [i]))
      }
      steppedSince = false
    }
    return stops
  }

  /// The profile's end: total km, hours and US$ per TEU.
  public var total: Point {
    points.last
      ?? Point(
        km: 0, hours: 0, usd: 0, part: .running, isStop: false, node: nil, addedHours: 0,
        addedUSD: 0)
  }

  /// The hours and US$ per TEU of each part, in ``Part`` order; they add up to ``total``.
  public var breakdown: [(part: Part, hours: Double, usd: Double)] {
    Part.allCases.map { part in
      var hours = 0.0
      var usd = 0.0
      for point in points.dropFirst() where point.part == part {
        hours += point.addedHours
        usd += point.addedUSD
      }
      return (part, hours, usd)
    }
  }

  /// The share of the profile's hours spent in stops rather than running.
  public var stopShare: Double {
    let stopped = points.filter(\.isStop).reduce(0) { $0 + $1.addedHours }
    return total.hours > 0 ? stopped / total.hours : 0
  }
}
