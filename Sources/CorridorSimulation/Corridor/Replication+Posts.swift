import CorridorModel

/// Units passing a post's stages, and the holding areas that block the post before.
extension Replication {
  /// Sends a unit on from stage `stage` (-1: arriving) to the next stage it is selected for;
  /// once it has cleared its last, the consignment goes on when all its units have and the
  /// next post has room, or keeps this lane until it has.
  mutating func send(unitOf id: ConsignmentID, crossing c: Int, after stage: Int, at now: Double) {
    if let next = crossings[c].nextStage(after: stage, routing: &routing) {
      if stage >= 0 { crossings[c].release(stage: stage, at: now, state: &state) }
      if !crossings[c].enter(
        unitOf: id, stage: next, at: now, queueLimit: options.queueLimit, state: &state)
      {
        state.turnAway(id)
      }
      return
    }
    if let (area, units) = blockingArea(of: id, lastUnitAt: c),
      holding[area]?.isHolding == true || holding[area]?.hasRoom(for: units) == false
    {
      holding[area]?.hold(
        HoldingArea.Held(
          consignment: id, crossing: Int32(c), stage: Int32(stage), units: units, since: now))
      return
    }
    if stage >= 0 { crossings[c].release(stage: stage, at: now, state: &state) }
    clear(unitOf: id, crossing: c, at: now)
  }

  /// The next post's holding area and the units the consignment takes there, when `id`'s
  /// last unit is clearing checkpoint facility `c` and the next post on its route has one.
  @inline(__always)
  private func blockingArea(of id: ConsignmentID, lastUnitAt c: Int) -> (Int, Int)? {
    guard let i = state.consignments.index(of: id), state.consignments[i].pending <= 1
    else { return nil }
    let next = routes.step(state.consignments[i].leg, ofRoute: state.consignments[i].route)
      .nextPost
    guard next >= 0, holding[Int(next)] != nil else { return nil }
    return (Int(next), crossings[Int(next)].units(forTEU: state.consignments[i].teu))
  }

  /// Counts a unit that has cleared; when it was its consignment's last, the consignment gives
  /// back its space here, takes space at the next post, and goes on.
  private mutating func clear(unitOf id: ConsignmentID, crossing c: Int, at now: Double) {
    guard crossings[c].clear(unitOf: id, at: now, state: &state),
      let i = state.consignments.index(of: id)
    else { return }
    let (leg, route, teu) =
      (state.consignments[i].leg, state.consignments[i].route, state.consignments[i].teu)
    if state.consignments[i].heldArea == Int32(c) {
      state.consignments[i].heldArea = -1
      giveBack(Int(state.consignments[i].heldUnits), to: c, at: now)
    }
    if let i = state.consignments.index(of: id) {
      let next = routes.step(leg, ofRoute: route).nextPost
      if next >= 0, holding[Int(next)] != nil {
        let units = crossings[Int(next)].units(forTEU: teu)
        holding[Int(next)]?.take(units)
        state.consignments[i].heldArea = next
        state.consignments[i].heldUnits = Int32(units)
      }
    }
    advance(id, at: now)
  }

  /// Takes space in a post's holding area for a consignment arriving there without having
  /// taken it at the post before (from an origin, a hub, a gauge change or a ferry): it is
  /// counted, though nothing could hold it back.
  mutating func occupyHoldingArea(_ i: Int, post c: Int) {
    guard holding[c] != nil, state.consignments[i].heldArea != Int32(c) else { return }
    let units = crossings[c].units(forTEU: state.consignments[i].teu)
    holding[c]?.take(units)
    state.consignments[i].heldArea = Int32(c)
    state.consignments[i].heldUnits = Int32(units)
  }

  /// Gives back space in a holding area, and lets the consignments held for it go on, first
  /// come first served, while they fit: each frees the lane it kept and clears.
  mutating func giveBack(_ units: Int, to area: Int, at now: Double) {
    holding[area]?.giveBack(units)
    while let held = holding[area]?.release(at: now, recordingFrom: warmUpEnd) {
      if let i = state.consignments.index(of: held.consignment) {
        state.consignments[i].unitQueueing += now - held.since
      }
      let c = Int(held.crossing)
      if held.stage >= 0 { crossings[c].release(stage: Int(held.stage), at: now, state: &state) }
      clear(unitOf: held.consignment, crossing: c, at: now)
    }
  }

  /// Gives back the space of consignments turned away since the last event.
  mutating func giveBackFreedSpace(at now: Double) {
    let freed = state.freedSpace
    state.freedSpace = []
    for (area, units) in freed { giveBack(Int(units), to: Int(area), at: now) }
  }

  /// When consignment `i`, on a link that would bring it to a post at `arrival`, reaches the
  /// post: at `arrival`, or, when the post's units plan to arrive while it is open and it is
  /// closed then, at its next opening, the wait charged as spent before the link.
  mutating func plannedArrival(_ i: Int, at arrival: Double) -> Double {
    let next = routes.step(state.consignments[i].leg + 1, ofRoute: state.consignments[i].route)
    guard case .checkpoint(let c) = next.leg, let calendar = arrivalCalendars[c] else {
      return arrival
    }
    let opening = calendar.nextOpening(atOrAfter: arrival)
    guard opening > arrival else { return arrival }
    state.consignments[i].charge(.waitingForOpening, opening - arrival)
    return opening
  }

  /// The working calendar of each checkpoint facility of `plan` whose units plan to arrive
  /// while it is open, or `nil` when they do not or it never closes.
  static func arrivalCalendars(scenario: Scenario, plan: SimulationPlan, yearStart: Double)
    -> [ServiceCalendar?]
  {
    plan.checkpoints.map { facility in
      guard let process = scenario.nodes[facility.node].checkpoint?.processes[facility.process],
        process.arrivesWhenOpen
      else { return nil }
      let calendar = process.calendar(yearStart: yearStart)
      return calendar.isAlwaysOpen ? nil : calendar
    }
  }

  /// The holding area of each checkpoint facility of `plan` that has one.
  static func holdingAreas(scenario: Scenario, plan: SimulationPlan) -> [HoldingArea?] {
    plan.checkpoints.map { facility in
      let process = scenario.nodes[facility.node].checkpoint?.processes[facility.process]
      return process?.holdingAreaUnits.map { HoldingArea(capacity: $0) }
    }
  }
}
