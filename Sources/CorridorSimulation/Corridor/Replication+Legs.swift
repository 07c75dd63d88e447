import CorridorModel

/// Consignments leaving their origins, moving from leg to leg, and arriving.
extension Replication {
  /// The hours to a route's next departure: exponential (Poisson departures) or the fixed
  /// headway of scheduled departures.
  mutating func departureGap(route r: Int) -> Double {
    let mean = routes.meanGap[r]
    return options.scheduledDepartures
      ? mean : Distribution.exponential(mean: mean).sample(&generators[r])
  }

  /// When a route's next consignment leaves after `now`: a gap later, or, for a commodity
  /// that leaves only in some hours, that gap's share of the week in those hours later, on a
  /// clock that runs only while they are open (the yearly volume is kept).
  mutating func nextDeparture(route r: Int, after now: Double) -> Double {
    let gap = departureGap(route: r)
    guard let hours = departureHours[r] else { return now + gap }
    return hours.adding(openHours: gap * hours.openFraction, to: now)
  }

  /// A route's consignment leaves its origin (unless the network is full), and the next
  /// departure is scheduled.
  mutating func generate(route r: Int, at now: Double) {
    let teu = routes.teuPerConsignment[r]
    created += 1
    let recorded = state.isRecording(at: now)
    if recorded {
      statistics.generated += 1
      statistics.teuGenerated += teu
    }
    if let limit = options.inSystemLimit, state.consignments.count >= limit {
      // The network is full: the consignment does not start (see the queue limit).
      if recorded { state.countTurnedAway() }
    } else {
      var consignment = Consignment(route: Int32(r), created: now, recorded: recorded, teu: teu)
      consignment.priority = priorities[routes.commodity[r]]
      let id = state.consignments.insert(consignment)
      startLeg(id, at: now)
    }
    let next = nextDeparture(route: r, after: now)
    if next <= end && created < CorridorSimulation.maximumConsignments {
      state.events.schedule(at: next, .generate(route: Int32(r)))
    }
  }

  /// Moves a consignment on to its next leg.
  mutating func advance(_ id: ConsignmentID, at now: Double) {
    guard let i = state.consignments.index(of: id) else { return }
    recordCrossing(i, at: now)
    state.consignments[i].leg += 1
    startLeg(id, at: now)
  }

  /// Starts a consignment's current leg, or delivers it when it has none left.
  mutating func startLeg(_ id: ConsignmentID, at now: Double) {
    guard let i = state.consignments.index(of: id) else { return }
    let step = routes.step(state.consignments[i].leg, ofRoute: state.consignments[i].route)
    guard let leg = step.leg else {
      deliver(id, at: now)
      return
    }
    switch leg {
    case .run(let l):
      let t = max(0, scenario.links[l].runningHours.sample(&running))
      state.consignments[i].chargeRunning(t)
      let arrival = plansArrivals ? plannedArrival(i, at: now + t) : now + t
      state.events.schedule(at: arrival, .advance(consignment: id))
    case .dwell(let n):
      dwell(id, at: n, now: now)
    case .terminal(let t):
      if !terminals[t].enter(id, since: now, at: now, limit: options.queueLimit, state: &state) {
        state.turnAway(id)
      }
    case .service(let s):
      let f = serviceBerth[s]
      if !berths[f].arrive(
        id, teu: state.consignments[i].teu, at: now, options: options, running: &running,
        weather: &weather, state: &state)
      {
        state.turnAway(id)
      }
    case .splitTrain:
      splitTrain(id, at: now)
    case .formTrain(let f):
      if formations[f].arrive(id, teu: state.consignments[i].teu, at: now, state: &state) {
        dispatchTrain(from: f, at: now)
      }
    case .ferry(let l):
      guard let f = berthIndex[l] else { return }
      if !berths[f].arrive(
        id, teu: state.consignments[i].teu, at: now, options: options, running: &running,
        weather: &weather, state: &state)
      {
        state.turnAway(id)
      }
    case .checkpoint(let c):
      startCrossingClocks(i, at: step, now: now)
      occupyHoldingArea(i, post: c)
      if crossings[c].arrive(id, at: now, state: &state) {
        beginCrossing(id, crossing: c, at: now)
      }
    case .gaugeChange(let g):
      startCrossingClocks(i, at: step, now: now)
      if !yards[g].enter(id, at: now, queueLimit: options.queueLimit, state: &state) {
        state.turnAway(id)
      }
    }
  }

  /// Dwells a consignment at hub `n`, every consignment at once, then moves it on.
  mutating func dwell(_ id: ConsignmentID, at n: Int, now: Double) {
    guard let i = state.consignments.index(of: id) else { return }
    let t = max(0, scenario.nodes[n].hub?.dwellHours.sample(&running) ?? 0)
    state.consignments[i].charge(.dwelling, t)
    state.events.schedule(at: now + t, .advance(consignment: id))
  }

  /// Sends every unit of a consignment into the first stage of its crossing it must pass.
  mutating func beginCrossing(_ id: ConsignmentID, crossing c: Int, at now: Double) {
    let units = crossings[c].beginUnits(of: id, at: now, state: &state)
    for _ in 0..<units { send(unitOf: id, crossing: c, after: -1, at: now) }
  }

  /// Records the time to clear a whole crossing, or one side of it, when the leg that ends
  /// it is done.
  mutating func recordCrossing(_ i: Int, at now: Double) {
    guard state.consignments[i].recorded else { return }
    let step = routes.step(state.consignments[i].leg, ofRoute: state.consignments[i].route)
    let side = step.sideEnd
    if side >= 0 {
      statistics.sideClearance[Int(side)].add(now - state.consignments[i].sideStart)
    }
    let facility = step.crossingEnd
    guard facility >= 0 else { return }
    let hours = now - state.consignments[i].crossingStart
    statistics.crossingClearance[Int(facility)].add(hours)
    if options.recordsQuantiles {
      statistics.crossingQuantiles[Int(facility)].add(hours: hours)
    }
  }

  /// Starts the clocks of the crossing and the side that begin at the consignment's current
  /// leg, `step`.
  mutating func startCrossingClocks(_ i: Int, at step: RouteTable.Step, now: Double) {
    if step.crossingStart >= 0 { state.consignments[i].crossingStart = now }
    if step.sideStart >= 0 { state.consignments[i].sideStart = now }
  }

  /// Records a consignment that has reached its destination.
  mutating func deliver(_ id: ConsignmentID, at now: Double) {
    guard let i = state.consignments.index(of: id) else { return }
    if state.consignments[i].isFormedTrain {
      deliverMembers(of: id, at: now)
      return
    }
    if state.consignments[i].isSplitTruck {
      deliverSplitTruck(id, at: now)
      return
    }
    defer { state.consignments.remove(at: i) }
    guard state.consignments[i].recorded else { return }
    let transit = now - state.consignments[i].created
    let r = Int(state.consignments[i].route)
    statistics.delivered += 1
    statistics.teuDelivered += state.consignments[i].teu
    statistics.transitHours += transit
    state.consignments[i].uses.add(to: &statistics.timeUse)
    statistics.routeTransit[r].add(transit)
    statistics.routeRunning[r].add(state.consignments[i].running)
    let quantiles = options.recordsQuantiles
    if quantiles { statistics.routeQuantiles[r].add(hours: transit) }
    for c in routes.corridors[r] {
      statistics.corridorTransit[c].add(transit)
      if quantiles { statistics.corridorQuantiles[c].add(hours: transit) }
    }
  }
}
