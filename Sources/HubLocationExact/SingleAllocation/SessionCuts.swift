import GLPK
import HubLocation

/// The transfer cuts of a problem session beyond the master's base rows, with what each was
/// built from, so that they can be re-lifted onto new columns (``AllocationPricing``).
struct SessionCuts {
  /// The rows of the master without cuts; every later row is a cut or a priced column's
  /// linking row.
  let baseRows: Int
  /// The supports each cut was built from.
  var points: TransferCutPoints
  /// The origin and point of each row after the base rows; nil for a linking row.
  var records: [TransferCutRecord?] = []

  /// Adds the cuts that the session's LP solution violates, in place of the cuts it leaves
  /// slack, and returns how many were added (0 when none is violated; nothing changes
  /// then).
  mutating func addViolated(
    to session: inout ProblemSession, separator: inout TransferCutSeparator
  ) throws -> Int {
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

  /// Runs rounds of cuts from `relaxation` until tailing off.
  ///
  /// The loop ends when no cut is violated, `outOfTime` says stop, or two rounds in a row
  /// move the objective by less than 10⁻⁵ (relative); each round adds the violated cuts
  /// (``addViolated(to:separator:)``) and re-solves with the dual simplex. `observe` sees
  /// every optimal LP objective, the first one included.
  ///
  /// - Returns: The last relaxation, the cuts added and the LP re-solves.
  mutating func separateUntilTailingOff(
    _ session: inout ProblemSession, from relaxation: RelaxationOutcome,
    separator: inout TransferCutSeparator, timeLimit: () -> Duration?,
    outOfTime: () -> Bool, observe: (Double) -> Void = { _ in }
  ) throws -> (relaxation: RelaxationOutcome, cuts: Int, resolves: Int) {
    var relaxation = relaxation
    var cuts = 0
    var resolves = 0
    var previous: Double?
    var stalled = 0
    while relaxation.termination == .optimal, let objective = relaxation.objective {
      if let previous, objective - previous < 1e-5 * max(1, abs(objective)) {
        stalled += 1
      } else {
        stalled = 0
      }
      previous = objective
      observe(objective)
      if outOfTime() || stalled >= 2 { break }
      let added = try addViolated(to: &session, separator: &separator)
      if added == 0 { break }
      cuts += added
      relaxation = try session.solveRelaxation(method: .dual, timeLimit: timeLimit())
      resolves += 1
    }
    return (relaxation, cuts, resolves)
  }
}
