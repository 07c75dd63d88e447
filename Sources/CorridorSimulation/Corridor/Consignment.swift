/// A truck or train on the way, with where its time has gone so far.
struct Consignment {
  var route: Int32
  /// The index of the route leg it is on.
  var leg: Int32 = 0
  var created: Double
  /// Whether it was generated after the warm-up, so its figures count.
  var recorded: Bool
  var teu: Double
  /// Where its units come in the queues (0 first; see ``Scenario/priorityRank(of:)``).
  var priority: Int32 = 0
  /// When it reached the first post of the crossing it is passing, and the first post or
  /// gauge change of the side it is on.
  var crossingStart = 0.0
  var sideStart = 0.0
  /// When it reached the current checkpoint.
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
  /// The checkpoint facility whose holding area it takes space in (-1: none), and how many
  /// units' space.
  var heldArea: Int32 = -1
  var heldUnits: Int32 = 0
  /// Hours running on links, sailing included.
  var running = 0.0
  /// Hours by ``TimeUse``.
  var uses = TimeUseHours()
  /// Whether it is a train formed of trucks at a rail terminal: it carries them (see
  /// ``ReplicationState/trainMembers``), which are counted and delivered in its stead.
  var isFormedTrain = false
  /// Whether it is a truck carrying part of a train broken up where the rail ended: it passes
  /// posts as itself, and its arrival counts in the train's (see
  /// ``ReplicationState/splitTrains``).
  var isSplitTruck = false

  /// Whether it is counted as itself in what is on the way: not a formed train (its trucks
  /// are) and not a truck of a broken-up train (the train is).
  var isCountedAlone: Bool { !isFormedTrain && !isSplitTruck }

  init(route: Int32, created: Double, recorded: Bool, teu: Double) {
    self.route = route
    self.created = created
    self.recorded = recorded
    self.teu = teu
  }

  /// Adds hours to one use of its time.
  mutating func charge(_ use: TimeUse, _ hours: Double) {
    uses[use] += hours
  }

  /// Adds hours of running, which count both as a use and towards the speed without delay.
  mutating func chargeRunning(_ hours: Double) {
    uses[.running] += hours
    running += hours
  }
}
