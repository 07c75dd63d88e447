import CorridorModel
import DequeModule

/// One replication of a corridor simulation: the event loop and the facilities' state.
struct Replication {
  private enum Event {
    case generate(route: Int32)
    case advance(consignment: Int32)
    case appointment(consignment: Int32)
    case served(station: Int32, consignment: Int32)
    case reopen(station: Int32)
    case sailing(ferry: Int32, version: Int32)
  }

  private struct Consignment {
    var route: Int32
    var leg: Int32 = 0
    var created: Double
    var recorded: Bool
    var teu: Double
    var clearanceStart = 0.0
    /// Units of this consignment still passing the current checkpoint.
    var pending: Int32 = 0
    /// TEU of one unit at the current checkpoint.
    var unitTEU: Double = 0
    /// Queueing and processing hours of the units at the current checkpoint, summed over
    /// units; the checkpoint's elapsed time is split between the two in these proportions.
    var unitQueueing = 0.0
    var unitProcessing = 0.0
    /// When the units entered the current checkpoint (after any appointment wait).
    var unitsEntered = 0.0
    var running = 0.0
    var uses = [Double](repeating: 0, count: TimeUse.allCases.count)
  }

  let scenario: Scenario
  let plan: SimulationPlan
  let options: SimulationOptions
  private var events = EventQueue<Event>()
  private var stations: [ServerStation] = []
  /// For each checkpoint facility: its first station and the stages' probabilities.
  private var checkpointStations: [(first: Int, probabilities: [Double])] = []
  private var gaugeStations: [Int] = []
  private var stationOwner: [(checkpoint: Int, stage: Int)?] = []
  private var nextSlot: [Double] = []
  private var electronic: [Bool] = []
  private var ferryQueues: [Deque<(consignment: Int32, since: Double, remaining: Double)>] = []
  private var ferryIndex: [Int: Int] = [:]
  /// The current schedule of each ferry; sailings of an older schedule are void.
  private var ferryVersion: [Int32] = []
  private var ferryWaitingTEU: [Double] = []
  private var consignments: [Int32: Consignment] = [:]
  private var nextID: Int32 = 0
  private var generators: [RandomStream]
  private var serviceStreams: [RandomStream] = []
  private var running: RandomStream
  private var routing: RandomStream
  private var weather: RandomStream
  private var statistics: ReplicationStatistics
  private let warmUpEnd: Double
  private let end: Double

  init(scenario: Scenario, plan: SimulationPlan, options: SimulationOptions, replication: Int) {
    self.scenario = scenario
    self.plan = plan
    self.options = options
    let seed = options.seed
    generators = plan.routes.indices.map {
      RandomStream(seed: seed, replication: replication, stream: 1000 + $0)
    }
    running = RandomStream(seed: seed, replication: replication, stream: 1)
    routing = RandomStream(seed: seed, replication: replication, stream: 2)
    weather = RandomStream(seed: seed, replication: replication, stream: 3)
    warmUpEnd = options.warmUpDays * 24
    end = warmUpEnd + options.days * 24
    var stageCounts: [Int] = []
    for facility in plan.checkpoints {
      guard let process = scenario.nodes[facility.node].checkpoint?.processes[facility.process]
      else {
        stageCounts.append(0)
        checkpointStations.append((stations.count, []))
        nextSlot.append(0)
        electronic.append(false)
        continue
      }
      checkpointStations.append((stations.count, process.stages.map(\.probability)))
      for (s, stage) in process.stages.enumerated() {
        stations.append(
          ServerStation(
            servers: stage.lanes, service: stage.serviceHours, hours: process.openingHours,
            teuPerUnit: scenario.teuPerUnit(of: process)))
        stationOwner.append((checkpointStations.count - 1, s))
      }
      stageCounts.append(process.stages.count)
      nextSlot.append(0)
      electronic.append(
        process.electronicQueue
          || options.electronicQueues.contains(scenario.nodes[facility.node].id))
    }
    for node in plan.gaugeChanges {
      let facility = scenario.nodes[node].gaugeChange
      let hours = facility?.transshipmentHours ?? .fixed(0)
      let crews =
        facility?.capacityTEUPerDay.map {
          CorridorSimulation.gaugeCrews(
            perDay: $0, hours: hours.mean, teuPerTrain: scenario.settings.teuPerTrain)
        } ?? 1_000_000
      gaugeStations.append(stations.count)
      stations.append(
        ServerStation(
          servers: crews, service: hours, hours: .always, teuPerUnit: scenario.settings.teuPerTrain)
      )
      stationOwner.append(nil)
    }
    serviceStreams = stations.indices.map {
      RandomStream(seed: seed, replication: replication, stream: 10_000 + $0)
    }
    for (f, link) in plan.ferries.enumerated() {
      ferryIndex[link] = f
      ferryQueues.append([])
      ferryVersion.append(0)
      ferryWaitingTEU.append(0)
    }
    statistics = ReplicationStatistics(
      checkpoints: stageCounts, gauges: plan.gaugeChanges.count, routes: plan.routes.count,
      corridors: scenario.corridors.count)
  }

  /// Runs the replication and returns its statistics.
  mutating func run() -> ReplicationStatistics {
    for (r, route) in plan.routes.enumerated() {
      events.schedule(
        at: gap(route: r, mean: 8760 * route.teuPerConsignment / route.teuPerYear),
        .generate(route: Int32(r)))
    }
    for (f, link) in plan.ferries.enumerated() {
      let sailings = scenario.links[link].ferry?.sailingsPerWeek ?? 1
      events.schedule(at: 168 / sailings / 2, .sailing(ferry: Int32(f), version: 0))
    }
    var recordedOnTheWay = 0
    var lastTime = warmUpEnd
    while let (now, event) = events.next(), now <= end {
      if now > warmUpEnd {
        statistics.inSystemHours += Double(recordedOnTheWay) * (now - lastTime)
        lastTime = now
      }
      handle(event, at: now)
      recordedOnTheWay = statistics.generated - statistics.delivered - statistics.turnedAway
    }
    statistics.inSystemHours += Double(recordedOnTheWay) * (end - lastTime)
    statistics.recordedHours = end - warmUpEnd
    for s in stations.indices { stations[s].account(at: end, recording: true) }
    finishStatistics()
    statistics.inSystemAtEnd = consignments.values.count { $0.recorded }
    return statistics
  }

  private mutating func gap(route r: Int, mean: Double) -> Double {
    options.scheduledDepartures ? mean : Distribution.exponential(mean: mean).sample(&generators[r])
  }

  private mutating func handle(_ event: Event, at now: Double) {
    switch event {
    case .generate(let r):
      let route = plan.routes[Int(r)]
      let id = nextID
      nextID += 1
      let recorded = now >= warmUpEnd
      if recorded { statistics.generated += 1 }
      if let limit = options.inSystemLimit, consignments.count >= limit {
        // The network is full: the consignment does not start (see the queue limit).
        if recorded { statistics.turnedAway += 1 }
      } else {
        consignments[id] = Consignment(
          route: r, created: now, recorded: recorded, teu: route.teuPerConsignment)
        startLeg(id, at: now)
      }
      let next = now + gap(route: Int(r), mean: 8760 * route.teuPerConsignment / route.teuPerYear)
      if next <= end && Int(nextID) < CorridorSimulation.maximumConsignments {
        events.schedule(at: next, .generate(route: r))
      }
    case .advance(let id):
      advance(id, at: now)
    case .appointment(let id):
      guard let consignment = consignments[id],
        case .checkpoint(let c) = plan.routes[Int(consignment.route)].legs[Int(consignment.leg)]
      else { return }
      beginCheckpoint(id, checkpoint: c, at: now)
    case .served(let s, let id):
      served(station: Int(s), consignment: id, at: now)
    case .reopen(let s):
      stations[Int(s)].reopenPending = false
      startWaiting(station: Int(s), at: now)
    case .sailing(let f, let version):
      if version == ferryVersion[Int(f)] { sail(ferry: Int(f), at: now) }
    }
  }

  private mutating func startLeg(_ id: Int32, at now: Double) {
    guard let consignment = consignments[id] else { return }
    let legs = plan.routes[Int(consignment.route)].legs
    guard Int(consignment.leg) < legs.count else {
      deliver(id, at: now)
      return
    }
    switch legs[Int(consignment.leg)] {
    case .run(let l):
      let t = max(0, scenario.links[l].runningHours.sample(&running))
      consignments[id]?.uses[TimeUse.running.rawValue] += t
      consignments[id]?.running += t
      events.schedule(at: now + t, .advance(consignment: id))
    case .dwell(let n):
      let t = max(0, scenario.nodes[n].hub?.dwellHours.sample(&running) ?? 0)
      consignments[id]?.uses[TimeUse.dwelling.rawValue] += t
      events.schedule(at: now + t, .advance(consignment: id))
    case .ferry(let l):
      if let f = ferryIndex[l] {
        if let limit = options.queueLimit, ferryQueues[f].count >= limit {
          turnAway(id)
          return
        }
        ferryQueues[f].append((id, now, consignment.teu))
        ferryWaitingTEU[f] += consignment.teu
        if options.ferriesLeaveWhenFull,
          ferryWaitingTEU[f] >= scenario.links[l].ferry?.vesselCapacityTEU ?? .infinity
        {
          ferryVersion[f] += 1
          sail(ferry: f, at: now)
        }
      }
    case .checkpoint(let c):
      // A consignment larger than the process's unit (a train at a truck crossing) passes as
      // that many units, in parallel; it clears when its last unit has.
      let units = unitsAtCheckpoint(consignment.teu, checkpoint: c)
      consignments[id]?.clearanceStart = now
      consignments[id]?.pending = Int32(units)
      consignments[id]?.unitTEU = consignment.teu / Double(units)
      let first = checkpointStations[c].first
      if electronic[c] && !checkpointStations[c].probabilities.isEmpty {
        // Appointments are spaced at the first stage's capacity: one unit per mean service
        // time per lane.
        let slot = max(now, nextSlot[c])
        nextSlot[c] =
          slot + Double(units) * stations[first].service.mean / Double(stations[first].servers)
        if slot > now {
          consignments[id]?.uses[TimeUse.waitingForAppointment.rawValue] += slot - now
          events.schedule(at: slot, .appointment(consignment: id))
          return
        }
      }
      beginCheckpoint(id, checkpoint: c, at: now)
    case .gaugeChange(let g):
      enter(id, station: gaugeStations[g], since: now, at: now)
    }
  }

  private mutating func advance(_ id: Int32, at now: Double) {
    consignments[id]?.leg += 1
    startLeg(id, at: now)
  }

  /// How many process units a consignment of `teu` TEU makes at a checkpoint.
  private func unitsAtCheckpoint(_ teu: Double, checkpoint c: Int) -> Int {
    let first = checkpointStations[c].first
    guard !checkpointStations[c].probabilities.isEmpty, stations.indices.contains(first) else {
      return 1
    }
    let unit = stations[first].teuPerUnit
    return teu > unit ? (teu / unit).rounded(.up).clampedInt(1...100_000) : 1
  }

  /// Sends every unit of a consignment into its checkpoint's first stage it must pass.
  private mutating func beginCheckpoint(_ id: Int32, checkpoint c: Int, at now: Double) {
    let units = Int(consignments[id]?.pending ?? 1)
    consignments[id]?.unitsEntered = now
    consignments[id]?.unitQueueing = 0
    consignments[id]?.unitProcessing = 0
    for _ in 0..<units { nextStage(id, checkpoint: c, after: -1, at: now) }
  }

  /// Sends one unit to the next stage after `stage` that it is selected for; when there is
  /// none, the unit has cleared, and the consignment goes on once all its units have.
  private mutating func nextStage(_ id: Int32, checkpoint c: Int, after stage: Int, at now: Double)
  {
    let probabilities = checkpointStations[c].probabilities
    var next = stage + 1
    while next < probabilities.count {
      let p = probabilities[next]
      if p >= 1 || (p > 0 && routing.uniform() <= p) { break }
      next += 1
    }
    if next < probabilities.count {
      enter(id, station: checkpointStations[c].first + next, since: now, at: now)
      return
    }
    consignments[id]?.pending -= 1
    guard let consignment = consignments[id], consignment.pending <= 0 else { return }
    let elapsed = now - consignment.unitsEntered
    let total = consignment.unitQueueing + consignment.unitProcessing
    let queueShare = total > 0 ? consignment.unitQueueing / total : 0
    consignments[id]?.uses[TimeUse.queueing.rawValue] += elapsed * queueShare
    consignments[id]?.uses[TimeUse.processing.rawValue] += elapsed * (1 - queueShare)
    if consignment.recorded {
      statistics.checkpointClearance[c].add(now - consignment.clearanceStart)
      statistics.checkpointQuantiles[c].add(hours: now - consignment.clearanceStart)
    }
    consignments[id]?.leg += 1
    startLeg(id, at: now)
  }

  private mutating func enter(_ id: Int32, station s: Int, since: Double, at now: Double) {
    if let limit = options.queueLimit, stations[s].queue.count >= limit {
      turnAway(id)
      return
    }
    stations[s].account(at: now, recording: now >= warmUpEnd)
    stations[s].queue.append((id, since))
    if stations[s].queue.count > stations[s].maxQueue && now >= warmUpEnd {
      stations[s].maxQueue = stations[s].queue.count
    }
    startWaiting(station: s, at: now)
  }

  /// Starts service for queued units while lanes are free and the posts are open.
  private mutating func startWaiting(station s: Int, at now: Double) {
    guard !stations[s].queue.isEmpty, stations[s].busy < stations[s].servers else { return }
    guard stations[s].isOpen(at: now) else {
      if !stations[s].reopenPending {
        stations[s].reopenPending = true
        events.schedule(
          at: stations[s].hours.nextOpening(atOrAfter: now), .reopen(station: Int32(s)))
      }
      return
    }
    stations[s].account(at: now, recording: now >= warmUpEnd)
    while stations[s].busy < stations[s].servers, let (id, since) = stations[s].queue.popFirst() {
      // The other units of a consignment turned away elsewhere leave the queue unserved.
      guard consignments[id] != nil else { continue }
      let teu = stationOwner[s] == nil ? consignments[id]?.teu : consignments[id]?.unitTEU
      let size = (teu ?? stations[s].teuPerUnit) / stations[s].teuPerUnit
      let t = max(0, stations[s].service.sample(&serviceStreams[s])) * size
      stations[s].busy += 1
      if now >= warmUpEnd { stations[s].busyHours += t }
      if stationOwner[s] == nil {
        consignments[id]?.uses[TimeUse.queueing.rawValue] += now - since
        consignments[id]?.uses[TimeUse.processing.rawValue] += t
      } else {
        consignments[id]?.unitQueueing += now - since
        consignments[id]?.unitProcessing += t
      }
      events.schedule(at: now + t, .served(station: Int32(s), consignment: id))
    }
  }

  private mutating func served(station s: Int, consignment id: Int32, at now: Double) {
    stations[s].busy -= 1
    startWaiting(station: s, at: now)
    if let owner = stationOwner[s] {
      nextStage(id, checkpoint: owner.checkpoint, after: owner.stage, at: now)
    } else {
      consignments[id]?.leg += 1
      startLeg(id, at: now)
    }
  }

  private mutating func sail(ferry f: Int, at now: Double) {
    let link = scenario.links[plan.ferries[f]]
    let sailings = link.ferry?.sailingsPerWeek ?? 1
    events.schedule(at: now + 168 / sailings, .sailing(ferry: Int32(f), version: ferryVersion[f]))
    if now >= warmUpEnd { statistics.sailings += 1 }
    if options.sailingCancellation > 0 && weather.uniform() <= options.sailingCancellation {
      if now >= warmUpEnd { statistics.cancelledSailings += 1 }
      return
    }
    // Boxes board first come, first served; a consignment's boxes may spread over several
    // sailings, and it travels on when its last box has sailed.
    var room = link.ferry?.vesselCapacityTEU ?? .infinity
    while room > 0, let head = ferryQueues[f].first {
      let boarding = min(room, head.remaining)
      room -= boarding
      ferryWaitingTEU[f] -= boarding
      if boarding < head.remaining {
        ferryQueues[f][ferryQueues[f].startIndex].remaining -= boarding
        break
      }
      ferryQueues[f].removeFirst()
      let t = max(0, link.runningHours.sample(&running))
      consignments[head.consignment]?.uses[TimeUse.waitingForSailing.rawValue] += now - head.since
      consignments[head.consignment]?.uses[TimeUse.running.rawValue] += t
      consignments[head.consignment]?.running += t
      events.schedule(at: now + t, .advance(consignment: head.consignment))
    }
  }

  /// Removes a consignment that found a queue full (see ``SimulationOptions/queueLimit``).
  private mutating func turnAway(_ id: Int32) {
    guard let consignment = consignments.removeValue(forKey: id) else { return }
    if consignment.recorded { statistics.turnedAway += 1 }
  }

  private mutating func deliver(_ id: Int32, at now: Double) {
    guard let consignment = consignments.removeValue(forKey: id), consignment.recorded else {
      return
    }
    let transit = now - consignment.created
    let r = Int(consignment.route)
    statistics.delivered += 1
    statistics.teuDelivered += consignment.teu
    statistics.transitHours += transit
    for (u, hours) in consignment.uses.enumerated() { statistics.timeUse[u] += hours }
    statistics.routeTransit[r].add(transit)
    statistics.routeQuantiles[r].add(hours: transit)
    statistics.routeRunning[r].add(consignment.running)
    for c in plan.routes[r].corridors {
      statistics.corridorTransit[c].add(transit)
      statistics.corridorQuantiles[c].add(hours: transit)
    }
  }

  private mutating func finishStatistics() {
    let recordedHours = end - warmUpEnd
    for (c, facility) in checkpointStations.enumerated() {
      var queueArea = 0.0
      var maxQueue = 0
      for stage in facility.probabilities.indices {
        let s = facility.first + stage
        let open = recordedHours * stations[s].hours.openFraction
        statistics.checkpointUtilization[c][stage] =
          stations[s].busyHours / (Double(stations[s].servers) * max(open, 1e-12))
        queueArea += stations[s].queueArea
        maxQueue = max(maxQueue, stations[s].maxQueue)
      }
      statistics.checkpointMeanQueue[c] = queueArea / recordedHours
      statistics.checkpointMaxQueue[c] = maxQueue
    }
    for (g, s) in gaugeStations.enumerated() {
      statistics.gaugeUtilization[g] =
        stations[s].busyHours / (Double(stations[s].servers) * recordedHours)
    }
  }
}
