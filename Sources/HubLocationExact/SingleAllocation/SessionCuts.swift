import GLPK
import HubLocation

/// The transfer cuts of a problem session beyond the master's base rows, with what each was
/// built from, so that they can be re-lifted onto new columns (``AllocationPricing``), and
/// the separator that finds them.
struct SessionCuts: CutSeparation {
  /// The rows of the master without cuts; every later row is a cut or a priced column's
  /// linking row.
  let baseRows: Int
  /// The supports each cut was built from.
  var points: TransferCutPoints
  /// The origin and point of each row after the base rows; nil for a linking row.
  var records: [TransferCutRecord?] = []
  /// Finds the cuts, over the master's current columns.
  var separator: TransferCutSeparator

  init(baseRows: Int, points: TransferCutPoints, separator: TransferCutSeparator) {
    self.baseRows = baseRows
    self.points = points
    self.separator = separator
  }

  /// Adds the cuts that the session's LP solution violates, in place of the cuts it leaves
  /// slack, and returns how many were added (0 when none is violated; nothing changes
  /// then).
  mutating func addViolatedCuts(to session: inout ProblemSession) throws -> Int {
    let values = session.values()
    let found = separator.cutsWithOrigins(at: values)
    guard !found.isEmpty else { return 0 }
    // Cuts of earlier rounds that this LP leaves slack only slow the next ones down.
    try removeSlack(from: &session)
    let point = points.add(separator.supports(at: values))
    try session.addConstraints(found.map(\.cut))
    records += found.map { TransferCutRecord(origin: $0.origin, point: point) }
    return found.count
  }

  /// Removes the cuts that are slack (basic) in the session's LP solution, which leaves the
  /// solution and its basis as they are; the linking rows of priced columns stay.
  mutating func removeSlack(from session: inout ProblemSession) throws {
    let slack = records.indices.filter {
      records[$0] != nil && session.basisStatus(of: Constraint(index: baseRows + $0)) == .basic
    }
    guard !slack.isEmpty else { return }
    try session.removeConstraints(slack.map { Constraint(index: baseRows + $0) })
    let removed = Set(slack)
    records = records.indices.filter { !removed.contains($0) }.map { records[$0] }
  }
}
