/// The first-come-first-served queue of a ``ServerStation``: units of consignments, each with
/// since when it has waited.
///
/// An array read from a moving head, compacted once a thousand units or more have been served
/// and they outnumber those waiting. Not generic, so that unoptimised (debug) builds run it as
/// plain code.
struct WaitingLine {
  /// A unit in the queue: its consignment and since when it has waited.
  struct Unit {
    var consignment: ConsignmentID
    var since: Double
  }

  private var units: [Unit] = []
  /// The first unit still waiting.
  private var head = 0

  /// The number of units waiting.
  var count: Int { units.count - head }

  /// Whether no unit is waiting.
  var isEmpty: Bool { head == units.count }

  /// Puts a unit at the back.
  mutating func append(_ unit: Unit) {
    units.append(unit)
  }

  /// Takes the unit at the front, if any.
  mutating func popFirst() -> Unit? {
    guard head < units.count else { return nil }
    let unit = units[head]
    head += 1
    if head >= 1024 && head * 2 >= units.count {
      units.removeSubrange(0..<head)
      head = 0
    }
    return unit
  }
}
