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
    guard let train = state.consignments.remove(id) else { return }
    for member in state.trainMembers.removeValue(forKey: id) ?? [] {
      guard let i = state.consignments.index(of: member) else { continue }
      state.consignments[i].uses.add(train.uses)
      state.consignments[i].running += train.running
      deliver(member, at: now)
    }
  }
}
