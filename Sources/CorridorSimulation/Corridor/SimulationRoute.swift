import CorridorModel

/// One step of a consignment's route.
enum Leg: Sendable, Hashable {
  /// Running over a link (index in ``Scenario/links``).
  case run(link: Int)
  /// Waiting for a sailing of a ferry link, then sailing.
  case ferry(link: Int)
  /// Passing a checkpoint process (index in the facility list).
  case checkpoint(Int)
  /// Transshipment between gauges (index in the facility list).
  case gaugeChange(Int)
  /// Dwelling at a hub or terminal (index in ``Scenario/nodes``).
  case dwell(node: Int)
  /// Passing a hub's terminal on the way (index in ``SimulationPlan/terminals``): the queue
  /// for its handling capacity, then its dwell.
  case terminal(Int)
  /// Waiting at a hub for a departure of a consolidated service with room (index in
  /// ``SimulationPlan/services``); its run is the legs that follow.
  case service(Int)
  /// Waiting, as a truck, for a train to be formed at a rail terminal (index in
  /// ``SimulationPlan/trainFormations``); the train runs the legs that follow.
  case formTrain(Int)
  /// Where a route leaves the rail for the road for good: a train's boxes go on as trucks,
  /// and a train formed of trucks lets them go on alone.
  case splitTrain
}

/// A route with its annual TEU, as the simulation runs it.
struct SimulationRoute: Sendable {
  var commodity: Int
  var origin: Int
  var destination: Int
  var legs: [Leg]
  var teuPerYear: Double
  /// TEU per consignment: a train-load when the route runs by rail anywhere outside its
  /// consolidated services and does not start by road, else a truck (a service batches the
  /// trucks into its trains, and a route that takes the rail after the road forms them at a
  /// ``Leg/formTrain(_:)`` leg).
  ///
  /// A train-load passes road posts as trucks and rail posts, gauge changes and rail ferries
  /// as one train, so each facility counts the unit of its own mode (see
  /// ``CheckpointCrossing``).
  var teuPerConsignment: Double
  var km: Double
  var moneyUSD: Double
  var co2KgPerTEU: Double
  /// The named corridors the route follows.
  var corridors: [Int]
  /// Per leg: the crossing facility whose time starts at this checkpoint leg, and the one
  /// whose time ends when it clears (-1: none).
  var crossingStart: [Int32] = []
  var crossingEnd: [Int32] = []
  /// Per leg: the crossing side (index in ``SimulationPlan/crossingSides``) whose time starts
  /// at this leg, and the one whose time ends when it is done (-1: none).
  var sideStart: [Int32] = []
  var sideEnd: [Int32] = []
  /// Per leg: for a checkpoint leg, the checkpoint facility the route reaches next with only
  /// links between (the post whose holding area can block this one), else -1.
  var nextPost: [Int32] = []
}

/// The facilities of a scenario that hold queues, and the routes through them.
struct SimulationPlan: Sendable {
  /// A checkpoint process at a node.
  struct CheckpointFacility: Sendable, Hashable {
    var node: Int
    var process: Int
  }

  /// A crossing in one direction: its index in ``Scenario/crossings`` and the countries left
  /// and entered.
  struct CrossingFacility: Sendable, Hashable {
    var crossing: Int
    var direction: BorderDirection
  }

  var checkpoints: [CheckpointFacility] = []
  var crossings: [CrossingFacility] = []
  /// Each side of a crossing facility that routes pass: the facility and the side's country.
  var crossingSides: [(crossing: Int, country: String)] = []
  var gaugeChanges: [Int] = []
  var ferries: [Int] = []
  /// The consolidated services the routes ride.
  var services: [ConsolidatedService] = []
  /// The hubs with a handling capacity that routes pass on their way (node indices).
  var terminals: [Int] = []
  /// Where trucks wait for trains, one entry per pool of routes that share the legs after it
  /// (the node index of its rail terminal).
  var trainFormations: [Int] = []
  var routes: [SimulationRoute] = []
}

extension SimulationPlan {
  /// Per leg, the checkpoint facility reached next from a checkpoint leg with only links
  /// between, or -1.
  static func nextPosts(_ legs: [Leg]) -> [Int32] {
    var next = Array(repeating: Int32(-1), count: legs.count)
    var ahead: Int32 = -1
    for l in legs.indices.reversed() {
      switch legs[l] {
      case .checkpoint(let f):
        next[l] = ahead
        ahead = Int32(f)
      case .run: break
      default: ahead = -1
      }
    }
    return next
  }
}
