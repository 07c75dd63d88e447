import CorridorModel

/// Trains formed of trucks at rail terminals: their departure, and their trucks' arrival.
extension Replication {
  /// Forms a train of the trucks waiting in pool `f` and sets it on the legs after the pool.
  ///
  /// The train is a consignment of its own: it runs the onward legs (all of the pool's routes
  /// share them) as one train, with the highest priority among its trucks, and carries them;
  /// each truck is charged its wait, and its figures count once the train arrives.
  mutating func dispatchTrain(from f: Int, at now: Double) {
    let trucks = formations[f].depart()
    guard let first = trucks.first.flatMap({ state.consignments.index(of: $0.consignment) })
    else { return }
    var train = Consignment(
      route: state.consignments[first].route, created: now, recorded: false, teu: 0)
    train.leg = state.consignments[first].leg
    train.priority = .max
    train.crossingStart = state.consignments[first].crossingStart
    train.sideStart = state.consignments[first].sideStart
    train.isFormedTrain = true
    var members: [ConsignmentID] = []
    for truck in trucks {
      guard let i = state.consignments.index(of: truck.consignment) else { continue }
      state.consignments[i].charge(.waitingForTrain, now - truck.since)
      train.teu += state.consignments[i].teu
      train.recorded = train.recorded || state.consignments[i].recorded
      train.priority = min(train.priority, state.consignments[i].priority)
      members.append(truck.consignment)
    }
    let id = state.consignments.insert(train)
    state.trainMembers[id] = members
    advance(id, at: now)
  }

  /// A formed train has arrived: each of its trucks takes the train's hours as its own and is
  /// delivered.
  mutating func deliverMembers(of id: ConsignmentID, at now: Double) {
    for member in releaseMembers(of: id) { deliver(member, at: now) }
  }

  /// Removes a formed train and gives each of its trucks the train's hours and its leg; returns
  /// the trucks.
  mutating func releaseMembers(of id: ConsignmentID) -> [ConsignmentID] {
    guard let train = state.consignments.remove(id) else { return [] }
    return (state.trainMembers.removeValue(forKey: id) ?? []).filter { member in
      guard let i = state.consignments.index(of: member) else { return false }
      state.consignments[i].uses.add(train.uses)
      state.consignments[i].running += train.running
      state.consignments[i].leg = train.leg
      return true
    }
  }

  /// A train leaves the rail for the road.
  ///
  /// A train formed of trucks lets each go on alone with the train's hours as its own; any
  /// other train's boxes go on as trucks, which pass posts one by one while the train waits
  /// for them, and it arrives when they all have (see ``deliverSplitTruck(_:at:)``). Every
  /// truck then takes the legs after this one.
  mutating func splitTrain(_ id: ConsignmentID, at now: Double) {
    guard let i = state.consignments.index(of: id) else { return }
    var trucks: [ConsignmentID] = []
    if state.consignments[i].isFormedTrain {
      trucks = releaseMembers(of: id)
    } else {
      let train = state.consignments[i]
      let count = CheckpointCrossing.units(
        forTEU: train.teu, teuPerUnit: scenario.settings.teuPerTruck)
      var truck = Consignment(
        route: train.route, created: train.created, recorded: train.recorded,
        teu: train.teu / Double(count))
      truck.leg = train.leg
      truck.priority = train.priority
      truck.crossingStart = train.crossingStart
      truck.sideStart = train.sideStart
      truck.isSplitTruck = true
      for _ in 0..<count {
        let t = state.consignments.insert(truck)
        state.splitParents[t] = id
        trucks.append(t)
      }
      state.splitTrains[id] = SplitTally(remaining: count, trucks: count)
    }
    for truck in trucks { advance(truck, at: now) }
  }

  /// A truck of a broken-up train has arrived; when it is the last, the train arrives with
  /// its trucks' mean hours, at their mean arrival time.
  mutating func deliverSplitTruck(_ id: ConsignmentID, at now: Double) {
    guard let truck = state.consignments.remove(id),
      let train = state.splitParents.removeValue(forKey: id),
      var tally = state.splitTrains.removeValue(forKey: train)
    else { return }
    tally.remaining -= 1
    tally.uses.add(truck.uses)
    tally.running += truck.running
    tally.arrivals += now
    guard tally.remaining == 0 else {
      state.splitTrains[train] = tally
      return
    }
    if tally.lost {
      state.turnAway(train)
      return
    }
    guard let t = state.consignments.index(of: train) else { return }
    let share = 1 / Double(tally.trucks)
    state.consignments[t].uses.add(tally.uses.scaled(by: share))
    state.consignments[t].running += tally.running * share
    deliver(train, at: tally.arrivals * share)
  }
}
