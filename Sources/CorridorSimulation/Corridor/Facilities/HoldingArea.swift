/// The finite space of a post (``CheckpointProcess/holdingAreaUnits``), and the consignments
/// held at the post before it until there is room.
///
/// Space is taken when a consignment clears the post before (its units are then on their way
/// here) and given back when it clears this post. A consignment that would overfill the area
/// keeps the lane of its last unit at the post before (blocking after service); held
/// consignments go on first come, first served as space frees. A consignment larger than the
/// whole area goes on when the area is empty, so that nothing waits for ever.
struct HoldingArea {
  /// A consignment held at the post before, with the lane it keeps.
  struct Held {
    var consignment: ConsignmentID
    /// The checkpoint facility and stage whose lane it keeps (stage -1: none).
    var crossing: Int32
    var stage: Int32
    /// Units it takes here.
    var units: Int
    var since: Double
  }

  let capacity: Int
  /// Units here or on their way here.
  private(set) var occupied = 0
  private var held: [Held] = []
  private var head = 0
  /// Lane hours kept at the post before, in the recorded period.
  private(set) var blockedHours = 0.0

  init(capacity: Int) {
    self.capacity = max(1, capacity)
  }

  /// Whether `units` more fit now (an empty area takes any consignment).
  func hasRoom(for units: Int) -> Bool {
    occupied == 0 || occupied + units <= capacity
  }

  /// Whether consignments are held waiting for room (they go first).
  var isHolding: Bool { head < held.count }

  /// Takes space for a consignment on its way here.
  mutating func take(_ units: Int) {
    occupied += units
  }

  /// Gives back a consignment's space.
  mutating func giveBack(_ units: Int) {
    occupied = max(0, occupied - units)
  }

  /// Holds a consignment at the post before until there is room.
  mutating func hold(_ consignment: Held) {
    held.append(consignment)
  }

  /// The first held consignment, taken off the list, if it now fits (it takes its space as it
  /// clears); the lane hours it kept count from `recordingFrom`.
  mutating func release(at now: Double, recordingFrom: Double) -> Held? {
    guard head < held.count, hasRoom(for: held[head].units) else { return nil }
    let next = held[head]
    head += 1
    if head >= 256 && head * 2 >= held.count {
      held.removeSubrange(0..<head)
      head = 0
    }
    if next.stage >= 0 { blockedHours += max(0, now - max(next.since, recordingFrom)) }
    return next
  }

  /// Counts the lane hours of the consignments still held when the run ends.
  mutating func finish(at end: Double, recordingFrom: Double) {
    for held in held[head...] where held.stage >= 0 {
      blockedHours += max(0, end - max(held.since, recordingFrom))
    }
  }
}
