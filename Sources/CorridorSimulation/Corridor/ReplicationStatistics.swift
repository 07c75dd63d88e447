/// What one replication measured, over the recorded period.
struct ReplicationStatistics: Sendable {
  var generated = 0
  var delivered = 0
  /// Recorded consignments still on the way when the run ends.
  var inSystemAtEnd = 0
  /// Recorded consignments turned away at a full queue (only with a queue limit).
  var turnedAway = 0
  var teuDelivered = 0.0
  /// TEU of the recorded consignments that set off.
  var teuGenerated = 0.0
  /// TEU of the recorded consignments still on the way when the run ends.
  var teuInTransitAtEnd = 0.0
  /// Hours by ``TimeUse`` summed over delivered consignments.
  var timeUse = [Double](repeating: 0, count: TimeUse.allCases.count)
  /// Transit hours summed over delivered consignments.
  var transitHours = 0.0
  var checkpointClearance: [RunningStatistics]
  var checkpointQuantiles: [QuantileSketch]
  var checkpointUtilization: [[Double]]
  var checkpointMeanQueue: [Double]
  var checkpointMaxQueue: [Int]
  /// Process units (trucks, trains) cleared at each checkpoint process.
  var checkpointUnits: [Double]
  /// Lane hours held at the post before each checkpoint process by its full holding area.
  var checkpointBlockedHours: [Double]
  var gaugeUtilization: [Double]
  var routeTransit: [RunningStatistics]
  var routeQuantiles: [QuantileSketch]
  var routeRunning: [RunningStatistics]
  var corridorTransit: [RunningStatistics]
  var corridorQuantiles: [QuantileSketch]
  /// Hours to clear each crossing in each direction, both posts together.
  var crossingClearance: [RunningStatistics] = []
  var crossingQuantiles: [QuantileSketch] = []
  /// Hours at each side of each crossing (see ``SimulationPlan/crossingSides``).
  var sideClearance: [RunningStatistics] = []
  var sailings = 0
  var cancelledSailings = 0
  /// The time integral of recorded consignments on the way, over the recorded period.
  var inSystemHours = 0.0
  /// The length of the recorded period (hours).
  var recordedHours = 0.0

  init(checkpoints: [Int], gauges: Int, routes: Int, corridors: Int) {
    corridorTransit = (0..<corridors).map { _ in RunningStatistics() }
    corridorQuantiles = (0..<corridors).map { _ in QuantileSketch() }
    checkpointClearance = checkpoints.map { _ in RunningStatistics() }
    checkpointQuantiles = checkpoints.map { _ in QuantileSketch() }
    checkpointUtilization = checkpoints.map { Array(repeating: 0, count: $0) }
    checkpointMeanQueue = checkpoints.map { _ in 0 }
    checkpointMaxQueue = checkpoints.map { _ in 0 }
    checkpointUnits = checkpoints.map { _ in 0 }
    checkpointBlockedHours = checkpoints.map { _ in 0 }
    gaugeUtilization = Array(repeating: 0, count: gauges)
    routeTransit = (0..<routes).map { _ in RunningStatistics() }
    routeQuantiles = (0..<routes).map { _ in QuantileSketch() }
    routeRunning = (0..<routes).map { _ in RunningStatistics() }
  }
}
