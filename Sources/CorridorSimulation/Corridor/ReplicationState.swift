/// Something that happens at a point of simulated time in a replication.
enum ReplicationEvent {
  /// A route's next consignment leaves its origin.
  case generate(route: Int32)
  /// A consignment has finished its leg (a link, a dwell, a sailing) and starts the next.
  case advance(consignment: ConsignmentID)
  /// A consignment's electronic-queue appointment has come.
  case appointment(consignment: ConsignmentID)
  /// A station has finished serving a unit of a consignment.
  case served(StationID, consignment: ConsignmentID)
  /// A station's posts open again.
  case reopen(StationID)
  /// A ferry sails, unless its schedule has changed since (an older `version`).
  case sailing(ferry: Int32, version: Int32)
  /// A wagon set comes back to a gauge-change yard.
  case wagonReturn(yard: Int32)
  /// A train being formed has waited its longest, unless it has left since (an older
  /// `version`).
  case trainDeadline(formation: Int32, version: Int32)
}

/// A queueing station of a replication.
enum StationID {
  /// A stage of a checkpoint crossing.
  case stage(crossing: Int32, stage: Int32)
  /// A gauge-change yard.
  case yard(Int32)
  /// The handling capacity of a hub's terminal (index in ``SimulationPlan/terminals``).
  case terminal(Int32)
}

/// What the facilities of a replication share: the future events and the consignments on the
/// way.
struct ReplicationState {
  var events = EventQueue<ReplicationEvent>()
  var consignments = ConsignmentTable()
  /// Recorded consignments turned away at full queues.
  private(set) var turnedAway = 0
  /// When the warm-up ends and recording starts.
  let warmUpEnd: Double
  /// Holding-area space of consignments turned away, to be given back (facility, units).
  var freedSpace: [(area: Int32, units: Int32)] = []
  /// The trucks each formed train carries (see ``Consignment/isFormedTrain``).
  var trainMembers: [ConsignmentID: [ConsignmentID]] = [:]
  /// Trains broken up into trucks where the rail ended, until their last truck arrives or is
  /// turned away; the train waits in ``consignments`` meanwhile.
  var splitTrains: [ConsignmentID: SplitTally] = [:]
  /// The train each truck of a broken-up train belongs to.
  var splitParents: [ConsignmentID: ConsignmentID] = [:]

  init(warmUpEnd: Double) {
    self.warmUpEnd = warmUpEnd
  }

  /// Whether figures at `now` count (after the warm-up).
  func isRecording(at now: Double) -> Bool { now >= warmUpEnd }

  /// Removes a consignment that found a queue full (see ``SimulationOptions/queueLimit``),
  /// with the trucks it carries when it is a formed train.
  mutating func turnAway(_ id: ConsignmentID) {
    guard let consignment = consignments.remove(id) else { return }
    if consignment.isFormedTrain {
      for member in trainMembers.removeValue(forKey: id) ?? [] { turnAway(member) }
    } else if consignment.isSplitTruck {
      // The train it belongs to is turned away once all its trucks are done.
      if let train = splitParents.removeValue(forKey: id), var tally = splitTrains[train] {
        tally.remaining -= 1
        tally.lost = true
        splitTrains[train] = tally.remaining > 0 ? tally : nil
        if tally.remaining == 0 { turnAway(train) }
      }
    } else if consignment.recorded {
      turnedAway += 1
    }
    if consignment.heldArea >= 0 {
      freedSpace.append((consignment.heldArea, consignment.heldUnits))
    }
  }

  /// Counts a recorded consignment that could not start at all (see
  /// ``SimulationOptions/inSystemLimit``).
  mutating func countTurnedAway() {
    turnedAway += 1
  }
}

/// What the trucks of a broken-up train have done so far.
struct SplitTally {
  /// Trucks still on the way.
  var remaining: Int
  /// The trucks there were.
  let trucks: Int
  /// Whether a truck was turned away (the train then is).
  var lost = false
  /// The arrived trucks' hours by use, their hours running, and the sum of their arrival times.
  var uses = TimeUseHours()
  var running = 0.0
  var arrivals = 0.0
}
