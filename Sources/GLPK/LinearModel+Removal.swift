// Removing constraints, for problem sessions that delete rows and roll back rejected ones.

extension LinearModel {
  /// The record of broken rules, saved so that a rejected change can be undone.
  var issueState: (first: ModelError?, count: Int) {
    get { (firstIssue, issueCount) }
    set {
      firstIssue = newValue.first
      issueCount = newValue.count
    }
  }

  /// Drops the constraints from position `count` on.
  mutating func truncateConstraints(to count: Int) {
    guard count < constraintCount else { return }
    let end = rowStarts[count]
    entryColumns.removeSubrange(end...)
    entryCoefficients.removeSubrange(end...)
    rowStarts.removeSubrange((count + 1)...)
    rowNames.removeSubrange(count...)
    rowLowerBounds.removeSubrange(count...)
    rowUpperBounds.removeSubrange(count...)
  }

  /// Removes the constraints at `rows`, which must be distinct and in range; the others
  /// keep their order and move up.
  mutating func removeConstraints(at rows: Set<Int>) {
    guard !rows.isEmpty else { return }
    var write = 0
    var entryWrite = 0
    for row in 0..<constraintCount where !rows.contains(row) {
      let entries = rowStarts[row]..<rowStarts[row + 1]
      let start = entryWrite
      for entry in entries {
        entryColumns[entryWrite] = entryColumns[entry]
        entryCoefficients[entryWrite] = entryCoefficients[entry]
        entryWrite += 1
      }
      rowNames[write] = rowNames[row]
      rowLowerBounds[write] = rowLowerBounds[row]
      rowUpperBounds[write] = rowUpperBounds[row]
      rowStarts[write] = start
      write += 1
    }
    rowStarts[write] = entryWrite
    rowStarts.removeSubrange((write + 1)...)
    rowNames.removeSubrange(write...)
    rowLowerBounds.removeSubrange(write...)
    rowUpperBounds.removeSubrange(write...)
    entryColumns.removeSubrange(entryWrite...)
    entryCoefficients.removeSubrange(entryWrite...)
  }
}
