import CorridorModel

/// One replication of a corridor simulation: the facilities, and the event loop driving them.
///
/// Each facility (a ``CheckpointCrossing``, a ``GaugeYard``, a ``FerryBerth``, a
/// ``TrainFormation``) keeps its own
/// state and statistics; the loop takes the next event and hands it to the facility it
/// concerns or moves the consignment on (see `Replication+Legs.swift`). Random streams:
/// 1000 + r generates route r's departures, 1 draws running and dwell times, 2 routes units
/// over stages, 3 cancels sailings, 10,000 + i serves station i (the crossings' stages in
/// plan order, then the gauge yards), and 20,000 + t serves terminal t.
struct Replication {
  let scenario: Scenario
  let plan: SimulationPlan
  /// The plan's routes, leg by leg.
  let routes: RouteTable
  let options: SimulationOptions
  var state: ReplicationState
  var crossings: [CheckpointCrossing] = []
  /// The holding area of each checkpoint facility that has one.
  var holding: [HoldingArea?] = []
  /// The working calendar of each checkpoint facility whose units plan to arrive while it is
  /// open (``CheckpointProcess/arrivesWhenOpen``), when it ever closes.
  var arrivalCalendars: [ServiceCalendar?] = []
  /// Whether any facility has an arrival calendar.
  var plansArrivals = false
  var yards: [GaugeYard] = []
  /// The handling capacity of each terminal of the plan: one server taking 8,760 / capacity
  /// hours per TEU.
  var terminals: [ServerStation] = []
  var berths: [FerryBerth] = []
  /// The berth of each link (by index in ``Scenario/links``) that is a ferry.
  var berthIndex: [Int?]
  /// The berth of each consolidated service of the plan.
  var serviceBerth: [Int] = []
  /// The pools where trucks wait for trains, in plan order.
  var formations: [TrainFormation] = []
  /// The queue priority of each commodity's units (by index in ``Scenario/commodities``).
  let priorities: [Int32]
  /// The hours each route's consignments leave in: its demand's, else its commodity's (`nil`:
  /// any time).
  let departureHours: [OpeningHours?]
  /// Consignments generated so far, recorded or not, started or not.
  var created = 0
  var generators: [RandomStream]
  var running: RandomStream
  var routing: RandomStream
  var weather: RandomStream
  var statistics: ReplicationStatistics
  /// Recorded consignments on the way, over time.
  var inSystem: TimeAverage
  let warmUpEnd: Double
  let end: Double

  init(scenario: Scenario, plan: SimulationPlan, options: SimulationOptions, replication: Int) {
    self.scenario = scenario
    self.plan = plan
    routes = RouteTable(plan.routes)
    self.options = options
    let seed = options.seed
    priorities = scenario.commodities.map { Int32(scenario.priorityRank(of: $0)) }
    departureHours = Self.departureHours(scenario: scenario, plan: plan)
    func stream(_ number: Int) -> RandomStream {
      RandomStream(seed: seed, replication: replication, stream: number)
    }
    generators = plan.routes.indices.map { stream(1000 + $0) }
    running = stream(1)
    routing = stream(2)
    weather = stream(3)
    let warmUpEnd = options.warmUpDays * 24
    self.warmUpEnd = warmUpEnd
    end = warmUpEnd + options.days * 24
    berthIndex = Array(repeating: nil, count: scenario.links.count)
    state = ReplicationState(warmUpEnd: warmUpEnd)
    inSystem = TimeAverage(recordingFrom: warmUpEnd)
    var stations = 0
    for (c, facility) in plan.checkpoints.enumerated() {
      let node = scenario.nodes[facility.node]
      guard let process = node.checkpoint?.processes[facility.process] else {
        crossings.append(CheckpointCrossing(stages: [], probabilities: [], electronic: false))
        continue
      }
      let stages = process.stages.enumerated().map { s, stage in
        ServerStation(
          id: .stage(crossing: Int32(c), stage: Int32(s)), servers: stage.lanes,
          service: stage.serviceHours, calendar: process.calendar(yearStart: warmUpEnd),
          teuPerUnit: scenario.teuPerUnit(of: process), servesUnits: true,
          stream: stream(10_000 + stations + s), recordingFrom: warmUpEnd)
      }
      stations += stages.count
      crossings.append(
        CheckpointCrossing(
          stages: stages, probabilities: process.stages.map(\.probability),
          electronic: process.electronicQueue || options.electronicQueues.contains(node.id),
          quota: process.quotaUnitsPerDay, calendar: process.calendar(yearStart: warmUpEnd)))
      crossings[crossings.count - 1].recordsQuantiles = options.recordsQuantiles
    }
    holding = Self.holdingAreas(scenario: scenario, plan: plan)
    arrivalCalendars = Self.arrivalCalendars(scenario: scenario, plan: plan, yearStart: warmUpEnd)
    plansArrivals = arrivalCalendars.contains { $0 != nil }
    for (g, node) in plan.gaugeChanges.enumerated() {
      yards.append(
        GaugeYard(
          scenario.nodes[node].gaugeChange, index: g, teuPerTrain: scenario.settings.teuPerTrain,
          stream: stream(10_000 + stations), recordingFrom: warmUpEnd))
      stations += 1
    }
    terminals = plan.terminals.enumerated().map { t, node in
      Self.terminal(
        t, capacity: scenario.nodes[node].hub?.capacityTEUPerYear ?? .infinity,
        stream: stream(20_000 + t), recordingFrom: warmUpEnd)
    }
    for (f, link) in plan.ferries.enumerated() {
      berthIndex[link] = f
      berths.append(FerryBerth(scenario.links[link], index: f))
    }
    formations = plan.trainFormations.indices.map {
      TrainFormation(
        index: $0, teuPerTrain: scenario.settings.teuPerTrain,
        maxWaitHours: scenario.settings.trainFormationMaxHours)
    }
    for service in plan.services {
      serviceBerth.append(berths.count)
      berths.append(FerryBerth(service: service, index: berths.count))
    }
    statistics = ReplicationStatistics(
      checkpoints: crossings.map(\.stages.count), gauges: plan.gaugeChanges.count,
      routes: plan.routes.count, corridors: scenario.corridors.count)
    statistics.crossingClearance = plan.crossings.map { _ in RunningStatistics() }
    statistics.crossingQuantiles = plan.crossings.map { _ in QuantileSketch() }
    statistics.sideClearance = plan.crossingSides.map { _ in RunningStatistics() }
  }

  /// Runs the replication and returns its statistics.
  mutating func run() -> ReplicationStatistics {
    for r in plan.routes.indices {
      state.events.schedule(at: nextDeparture(route: r, after: 0), .generate(route: Int32(r)))
    }
    for (f, berth) in berths.enumerated() {
      state.events.schedule(at: berth.firstSailing, .sailing(ferry: Int32(f), version: 0))
    }
    while let (now, event) = state.events.next(), now <= end {
      handle(event, at: now)
      if !state.freedSpace.isEmpty { giveBackFreedSpace(at: now) }
      let onTheWay = statistics.generated - statistics.delivered - state.turnedAway
      inSystem.update(to: Double(onTheWay), at: now)
    }
    inSystem.close(at: end)
    for c in crossings.indices { crossings[c].finish(at: end) }
    for c in holding.indices { holding[c]?.finish(at: end, recordingFrom: warmUpEnd) }
    for g in yards.indices { yards[g].finish(at: end) }
    for t in terminals.indices { terminals[t].finish(at: end) }
    finishStatistics()
    return statistics
  }

  private mutating func handle(_ event: ReplicationEvent, at now: Double) {
    switch event {
    case .generate(let r):
      generate(route: Int(r), at: now)
    case .advance(let id):
      advance(id, at: now)
    case .appointment(let id):
      guard let i = state.consignments.index(of: id),
        case .checkpoint(let c) = routes.step(
          state.consignments[i].leg, ofRoute: state.consignments[i].route
        ).leg
      else { return }
      beginCrossing(id, crossing: c, at: now)
    case .served(.stage(let c, let s), let id):
      send(unitOf: id, crossing: Int(c), after: Int(s), at: now)
    case .served(.yard(let g), let id):
      yards[Int(g)].release(at: now, state: &state)
      advance(id, at: now)
    case .served(.terminal(let t), let id):
      terminals[Int(t)].release(at: now, state: &state)
      dwell(id, at: plan.terminals[Int(t)], now: now)
    case .reopen(.terminal(let t)):
      terminals[Int(t)].reopen(at: now, state: &state)
    case .reopen(.stage(let c, let s)):
      crossings[Int(c)].reopen(stage: Int(s), at: now, state: &state)
    case .reopen(.yard(let g)):
      yards[Int(g)].reopen(at: now, state: &state)
    case .sailing(let f, let version):
      guard version == berths[Int(f)].version else { return }
      berths[Int(f)].sail(
        at: now, cancellation: options.sailingCancellation, running: &running,
        weather: &weather, state: &state)
    case .wagonReturn(let g):
      if let full = yards[Int(g)].wagonReturned(
        at: now, queueLimit: options.queueLimit, state: &state)
      {
        state.turnAway(full)
      }
    case .trainDeadline(let f, let version):
      if formations[Int(f)].isForming(version) { dispatchTrain(from: Int(f), at: now) }
    }
  }

  /// The hours each route's freight leaves in: its demand entry's, else its commodity's;
  /// `nil` for all week.
  private static func departureHours(scenario: Scenario, plan: SimulationPlan) -> [OpeningHours?] {
    var demandHours: [String: OpeningHours] = [:]
    for demand in scenario.demand {
      guard let hours = demand.departureHours else { continue }
      let key = "\(demand.origin)>\(demand.destination):\(demand.commodity)"
      if demandHours[key] == nil { demandHours[key] = hours }
    }
    return plan.routes.map { route in
      let key =
        "\(scenario.nodes[route.origin].id)>\(scenario.nodes[route.destination].id):"
        + "\(scenario.commodities[route.commodity].id)"
      let hours = demandHours[key] ?? scenario.commodities[route.commodity].departureHours
      return hours.flatMap { $0.isAlwaysOpen ? nil : $0 }
    }
  }

  /// Terminal `t` of the plan: one server taking 8,760 / `capacity` hours per TEU.
  private static func terminal(
    _ t: Int, capacity: Double, stream: RandomStream, recordingFrom: Double
  ) -> ServerStation {
    ServerStation(
      id: .terminal(Int32(t)), servers: 1, service: .fixed(8760 / capacity),
      calendar: .weekly(.always), teuPerUnit: 1, servesUnits: false, stream: stream,
      recordingFrom: recordingFrom)
  }

  /// Copies the facilities' figures into the statistics.
  private mutating func finishStatistics() {
    let recordedHours = end - warmUpEnd
    statistics.inSystemHours = inSystem.area
    statistics.recordedHours = recordedHours
    statistics.turnedAway = state.turnedAway
    for (c, crossing) in crossings.enumerated() {
      statistics.checkpointClearance[c] = crossing.clearance
      statistics.checkpointQuantiles[c] = crossing.clearanceQuantiles
      statistics.checkpointUtilization[c] = crossing.utilizations(recordedHours: recordedHours)
      statistics.checkpointMeanQueue[c] = crossing.meanQueue(recordedHours: recordedHours)
      statistics.checkpointMaxQueue[c] = crossing.maxQueue
      statistics.checkpointUnits[c] = crossing.unitsCleared
      statistics.checkpointBlockedHours[c] = holding[c]?.blockedHours ?? 0
    }
    for (g, yard) in yards.enumerated() {
      statistics.gaugeUtilization[g] = yard.utilization(recordedHours: recordedHours)
    }
    statistics.sailings = berths.reduce(0) { $0 + $1.sailings }
    statistics.cancelledSailings = berths.reduce(0) { $0 + $1.cancelledSailings }
    // A formed train's trucks are counted, not the train.
    statistics.inSystemAtEnd = state.consignments.count {
      $0.recorded && $0.isCountedAlone
    }
    statistics.teuInTransitAtEnd = state.consignments.teu {
      $0.recorded && $0.isCountedAlone
    }
  }
}
