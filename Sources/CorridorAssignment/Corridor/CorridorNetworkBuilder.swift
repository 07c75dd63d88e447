import CorridorModel

/// Builds the vertices and links of a ``CorridorNetwork``.
struct CorridorNetworkBuilder {
  let scenario: Scenario
  private(set) var vertexCount = 0
  private(set) var passable: [Bool] = []
  private(set) var from: [Int] = []
  private(set) var to: [Int] = []
  private(set) var delay: [VolumeDelay] = []
  private(set) var elements: [CorridorNetwork.Element] = []
  private(set) var money: [Double] = []
  private(set) var constant: [Double] = []
  private(set) var distance: [Double] = []
  private(set) var zone: [Int] = []
  private var arrive: [Int: [Mode: Int]] = [:]
  private var depart: [Int: [Mode: Int]] = [:]
  private var processEntry: [String: Int] = [:]
  private let nodeIndex: [NodeID: Int]
  /// The consolidated services between hubs, and at each hub the vertices where they leave
  /// and arrive.
  private(set) var services: [ConsolidatedService] = []
  private(set) var serviceDeparture: [Int: Int] = [:]
  private(set) var serviceArrival: [Int: Int] = [:]

  init(_ scenario: Scenario) {
    self.scenario = scenario
    nodeIndex = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  private mutating func vertex(passable isPassable: Bool = true) -> Int {
    vertexCount += 1
    passable.append(isPassable)
    return vertexCount - 1
  }

  private mutating func add(
    _ a: Int, _ b: Int, _ d: VolumeDelay, _ element: CorridorNetwork.Element, money m: Double = 0,
    km: Double = 0, constant c: Double = 0
  ) {
    from.append(a)
    to.append(b)
    delay.append(d)
    elements.append(element)
    money.append(m)
    distance.append(km)
    constant.append(c)
  }

  /// The route-choice constant of a link: its own, and that of the crossing whose nodes (posts
  /// and gauge change) it enters from outside them, so once per route in either direction
  /// when the crossing's nodes follow one another on it.
  private func choiceConstant(of link: Link, from u: Int, to v: Int) -> Double {
    var total = link.choiceConstantUSDPerTEU ?? 0
    let head = scenario.nodes[v].id
    if let crossing = scenario.crossings.first(where: { $0.posts.contains(head) }),
      let value = crossing.choiceConstantUSDPerTEU,
      !crossing.posts.contains(scenario.nodes[u].id)
    {
      total += value
    }
    return total
  }

  private mutating func arrival(_ n: Int, _ mode: Mode) -> Int {
    if let v = arrive[n]?[mode] { return v }
    let v = vertex()
    arrive[n, default: [:]][mode] = v
    return v
  }

  private mutating func departure(_ n: Int, _ mode: Mode) -> Int {
    if let v = depart[n]?[mode] { return v }
    let v = vertex()
    depart[n, default: [:]][mode] = v
    return v
  }

  mutating func build() {
    zone = scenario.nodes.indices.map { _ in vertex(passable: false) }
    for (l, link) in scenario.links.enumerated() {
      guard let u = nodeIndex[link.from], let v = nodeIndex[link.to] else { continue }
      let tail = departure(u, link.mode)
      let head = entry(into: v, by: link.mode, fromCountry: scenario.nodes[u].country)
      let running = link.runningHours.mean
      let constant = choiceConstant(of: link, from: u, to: v)
      if let ferry = link.ferry {
        let middle = vertex()
        add(
          tail, middle, .constant(running + ferry.meanHeadwayWaitHours), .link(l, part: 0),
          money: link.costUSDPerTEU, km: link.distanceKm, constant: constant)
        let capacity = link.effectiveCapacityTEUPerYear ?? ferry.capacityTEUPerYear
        add(middle, head, .queue(FacilityDelay.capacity(teuPerYear: capacity)), .link(l, part: 1))
      } else {
        add(
          tail, head,
          FacilityDelay.link(runningHours: running, capacityTEUPerYear: link.capacityTEUPerYear),
          .link(l, part: 0), money: link.costUSDPerTEU, km: link.distanceKm, constant: constant)
      }
    }
    addServices()
    for n in scenario.nodes.indices { connectInside(n) }
  }

  /// A link per consolidated service from its hub's departure vertex to the other hub's
  /// arrival vertex: the free-flow run and the mean wait for a departure, then the queue for
  /// its capacity, like a ferry's.
  private mutating func addServices() {
    services = scenario.consolidatedServices()
    // Every consolidating hub has its boarding and alighting vertices, with services or not,
    // so that a hub model can price freight into and out of it.
    for n in scenario.consolidationHubs where scenario.settings.consolidation != nil {
      serviceDeparture[n] = vertex()
      serviceArrival[n] = vertex()
    }
    for (s, service) in services.enumerated() {
      let tail =
        serviceDeparture[service.origin]
        ?? {
          let v = vertex()
          serviceDeparture[service.origin] = v
          return v
        }()
      let head =
        serviceArrival[service.destination]
        ?? {
          let v = vertex()
          serviceArrival[service.destination] = v
          return v
        }()
      let middle = vertex()
      add(
        tail, middle, .constant(service.freeFlowHours + service.terms.meanHeadwayWaitHours),
        .service(s, part: 0), money: service.moneyUSD, km: service.km)
      add(
        middle, head,
        .queue(FacilityDelay.capacity(teuPerYear: service.terms.capacityTEUPerYear)),
        .service(s, part: 1))
    }
  }

  /// The vertex a link of `mode` from `country` enters node `v` at: the start of the
  /// checkpoint process that controls it, or the node's arrival vertex for the mode.
  private mutating func entry(into v: Int, by mode: Mode, fromCountry country: String) -> Int {
    let node = scenario.nodes[v]
    guard let checkpoint = node.checkpoint, mode != .transfer,
      let process = checkpoint.process(for: mode.family, fromCountry: country),
      let p = checkpoint.processes.firstIndex(of: process)
    else { return arrival(v, mode) }
    let key = "\(v) \(mode.rawValue) \(p)"
    if let start = processEntry[key] { return start }
    let start = vertex()
    processEntry[key] = start
    var current = vertex()
    let calendar = process.calendar()
    add(
      start, current, .constant(calendar.meanClosureWaitHours),
      .checkpointEntry(node: v, process: p), money: process.feeUSDPerTEU)
    let unit = scenario.teuPerUnit(of: process)
    let openHours = calendar.openHoursPerYear
    for (s, stage) in process.stages.enumerated() {
      let next = s == process.stages.count - 1 ? arrival(v, mode) : vertex()
      add(
        current, next,
        .queue(FacilityDelay.stage(stage, teuPerUnit: unit, openHoursPerYear: openHours)),
        .stage(node: v, process: p, stage: s))
      current = next
    }
    if process.stages.isEmpty {
      add(current, arrival(v, mode), .constant(0), .through(node: v))
    }
    return start
  }

  /// Links inside node `n`: through traffic, gauge changes, terminal transfers, connectors.
  private mutating func connectInside(_ n: Int) {
    let node = scenario.nodes[n]
    let arrivals = (arrive[n] ?? [:]).sorted { $0.key.rawValue < $1.key.rawValue }
    let departures = (depart[n] ?? [:]).sorted { $0.key.rawValue < $1.key.rawValue }
    let dwell = node.hub?.dwellHours.mean ?? 0
    let handling = node.hub?.handlingUSDPerTEU ?? 0
    // A hub's mode changes share one terminal link (dwell, handling, capacity queue), unless
    // rail of both gauges meets there without a gauge change: then each allowed pair gets its
    // own dwell link, so the terminal cannot become a gauge change.
    let modes = Set(arrivals.map(\.key) + departures.map(\.key))
    let bothGauges = modes.contains(.rail1435) && modes.contains(.rail1520)
    var terminal: (in: Int, out: Int)?
    if node.hub != nil && node.gaugeChange == nil && !bothGauges {
      let a = vertex()
      let b = vertex()
      let queue: VolumeDelay =
        node.hub?.capacityTEUPerYear.map { .queue(FacilityDelay.capacity(teuPerYear: $0)) }
        ?? .constant(0)
      // Dwell and handling on one link, the capacity queue on the next.
      let middle = vertex()
      add(a, middle, .constant(dwell), .terminal(node: n), money: handling)
      add(middle, b, queue, .terminal(node: n))
      terminal = (a, b)
    }
    for (m1, a) in arrivals {
      for (m2, d) in departures where node.allowsModeChange(from: m1, to: m2) {
        switch node.modeChangeStop(from: m1, to: m2) {
        case nil:
          add(a, d, .constant(0), .through(node: n))
        case .gaugeChange(let gauge):
          add(
            a, d, FacilityDelay.gaugeChange(gauge, teuPerTrain: scenario.settings.teuPerTrain),
            .gaugeChange(node: n), money: gauge.costUSDPerTEU)
        case .terminal:
          // Through the shared terminal (joined below) when the node has one.
          if terminal == nil { add(a, d, .constant(dwell), .terminal(node: n), money: handling) }
        }
      }
      if let terminal { add(a, terminal.in, .constant(0), .through(node: n)) }
      add(a, zone[n], .constant(dwell), .connector(node: n, origin: false), money: handling)
    }
    for (_, d) in departures {
      if let terminal { add(terminal.out, d, .constant(0), .through(node: n)) }
      add(zone[n], d, .constant(dwell), .connector(node: n, origin: true), money: handling)
    }
    connectServices(
      n, arrivals: arrivals.map(\.value), departures: departures.map(\.value),
      terminal: terminal)
  }

  /// Joins a consolidation hub's services to it: freight boards after the hub's terminal
  /// (dwell, handling, capacity) or, without one, after its dwell and handling, and leaves the
  /// services the same way; demand may start or end at the hub itself.
  private mutating func connectServices(
    _ n: Int, arrivals: [Int], departures: [Int], terminal: (in: Int, out: Int)?
  ) {
    let hub = scenario.nodes[n].hub
    let dwell = hub?.dwellHours.mean ?? 0
    let handling = hub?.handlingUSDPerTEU ?? 0
    if let board = serviceDeparture[n] {
      if let terminal {
        add(terminal.out, board, .constant(0), .through(node: n))
      } else {
        for a in arrivals { add(a, board, .constant(dwell), .terminal(node: n), money: handling) }
      }
      add(zone[n], board, .constant(dwell), .connector(node: n, origin: true), money: handling)
    }
    if let alight = serviceArrival[n] {
      if let terminal {
        add(alight, terminal.in, .constant(0), .through(node: n))
      } else {
        for d in departures {
          add(alight, d, .constant(dwell), .terminal(node: n), money: handling)
        }
      }
      add(alight, zone[n], .constant(dwell), .connector(node: n, origin: false), money: handling)
    }
  }
}
