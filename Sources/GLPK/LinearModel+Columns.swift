// Adding variables with coefficients in existing constraints, for problem sessions that
// generate columns.

extension LinearModel {
  /// Adds the coefficients of new variables to existing rows; `entries` lists, for each
  /// row, `(column, coefficient)` with columns above every column already in that row.
  mutating func appendColumnEntries(_ entries: [Int: [(column: Int32, coefficient: Double)]]) {
    guard !entries.isEmpty else { return }
    var columns: [Int32] = []
    var coefficients: [Double] = []
    columns.reserveCapacity(entryColumns.count + entries.values.reduce(0) { $0 + $1.count })
    coefficients.reserveCapacity(columns.capacity)
    var starts = [0]
    starts.reserveCapacity(rowStarts.count)
    for row in 0..<constraintCount {
      let range = rowStarts[row]..<rowStarts[row + 1]
      columns.append(contentsOf: entryColumns[range])
      coefficients.append(contentsOf: entryCoefficients[range])
      for (column, coefficient) in entries[row] ?? [] where coefficient != 0 {
        columns.append(column)
        coefficients.append(coefficient)
      }
      starts.append(columns.count)
    }
    entryColumns = columns
    entryCoefficients = coefficients
    rowStarts = starts
  }
}

extension LinearModel {
  /// Drops the variables from position `count` on; no constraint may use them.
  mutating func truncateVariables(to count: Int) {
    guard count < variableCount else { return }
    integerColumnCount -= columnKinds[count...].filter { $0 != .continuous }.count
    columnNames.removeSubrange(count...)
    columnKinds.removeSubrange(count...)
    objectiveCoefficients.removeSubrange(count...)
    columnLowerBounds.removeSubrange(count...)
    columnUpperBounds.removeSubrange(count...)
  }
}
