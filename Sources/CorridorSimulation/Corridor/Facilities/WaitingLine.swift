/// A queue of units of consignments, each with since when it has waited, served by priority
/// class and first come, first served within a class (a ``ServerStation``'s queue, or the
/// trains waiting for a ``WagonPool``'s sets).
///
/// One line per class, each an array read from a moving head and compacted once a thousand
/// units or more have been served and they outnumber those waiting. A unit in service is not
/// interrupted (non-preemptive priority). Not generic, so that unoptimised (debug) builds run
/// it as plain code.
struct WaitingLine {
  /// A unit in the queue: its consignment and since when it has waited.
  struct Unit {
    var consignment: ConsignmentID
    var since: Double
  }

  /// The units of one class, from a head.
  private struct Line {
    var units: [Unit] = []
    var head = 0
  }

  /// The lines by class, the first served first.
  private var lines = [Line()]

  /// The number of units waiting.
  private(set) var count = 0

  /// Whether no unit is waiting.
  var isEmpty: Bool { count == 0 }

  /// Puts a unit at the back of its class (0 is served first).
  mutating func append(_ unit: Unit, priority: Int = 0) {
    while lines.count <= priority { lines.append(Line()) }
    lines[priority].units.append(unit)
    count += 1
  }

  /// Takes the unit at the front of the first class that has one, if any.
  mutating func popFirst() -> Unit? {
    guard count > 0 else { return nil }
    for p in lines.indices where lines[p].head < lines[p].units.count {
      let unit = lines[p].units[lines[p].head]
      lines[p].head += 1
      count -= 1
      if lines[p].head >= 1024 && lines[p].head * 2 >= lines[p].units.count {
        lines[p].units.removeSubrange(0..<lines[p].head)
        lines[p].head = 0
      }
      return unit
    }
    return nil
  }
}
