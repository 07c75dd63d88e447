// The checks and normalisations shared by model building and by lazy constraints.

/// The rules every variable and constraint must follow before it reaches GLPK.
enum ModelRules {
  /// GLPK's limit on the number of rows and on the number of columns.
  static let maximumDimension = 100_000_000
  /// GLPK's limit on the number of constraint coefficients.
  static let maximumNonzeros = 500_000_000

  /// Says what is wrong with the bounds `lower ≤ … ≤ upper`, or returns nil if nothing is.
  ///
  /// The text continues a sentence that names the variable or constraint.
  static func boundsProblem(lower: Double, upper: Double) -> String? {
    if lower.isNaN || upper.isNaN {
      return "has a NaN bound; use -Double.infinity or Double.infinity for a side without a limit"
    }
    if lower == .infinity {
      return "has lower bound +∞; use a finite lower bound, or -Double.infinity for none"
    }
    if upper == -.infinity {
      return "has upper bound −∞; use a finite upper bound, or Double.infinity for none"
    }
    if lower > upper {
      return "has lower bound \(lower) above its upper bound \(upper); correct one of them"
    }
    return nil
  }

  /// Whether `value` is a whole number or infinite, as integer bounds must be.
  static func isWholeOrInfinite(_ value: Double) -> Bool {
    value.isInfinite || value == value.rounded()
  }

  /// Adds up repeated columns among the entries from `start` on and drops zero sums.
  ///
  /// GLPK rejects a row that names a column twice by aborting the process, so every row
  /// passes through here. Rows whose columns already increase strictly are left as they
  /// are; short rows keep the order of first appearance; long rows end up sorted.
  ///
  /// - Returns: A column whose summed coefficient is no longer finite, if any.
  static func mergeRepeatedColumns(
    _ columns: inout [Int32], _ coefficients: inout [Double], from start: Int
  ) -> Int32? {
    let end = columns.count
    guard end - start > 1, !isStrictlyIncreasing(columns[start..<end]) else { return nil }
    var write = start
    if end - start <= 32 {
      for read in start..<end {
        let column = columns[read]
        if let earlier = (start..<write).first(where: { columns[$0] == column }) {
          coefficients[earlier] += coefficients[read]
        } else {
          columns[write] = column
          coefficients[write] = coefficients[read]
          write += 1
        }
      }
    } else {
      let order = (start..<end).sorted { (columns[$0], $0) < (columns[$1], $1) }
      let sortedColumns = order.map { columns[$0] }
      let sortedCoefficients = order.map { coefficients[$0] }
      for (column, coefficient) in zip(sortedColumns, sortedCoefficients) {
        if write > start && columns[write - 1] == column {
          coefficients[write - 1] += coefficient
        } else {
          columns[write] = column
          coefficients[write] = coefficient
          write += 1
        }
      }
    }
    var nonFinite: Int32?
    var keep = start
    for entry in start..<write where coefficients[entry] != 0 {
      if !coefficients[entry].isFinite && nonFinite == nil { nonFinite = columns[entry] }
      columns[keep] = columns[entry]
      coefficients[keep] = coefficients[entry]
      keep += 1
    }
    columns.removeSubrange(keep..<end)
    coefficients.removeSubrange(keep..<end)
    return nonFinite
  }

  private static func isStrictlyIncreasing(_ columns: ArraySlice<Int32>) -> Bool {
    zip(columns, columns.dropFirst()).allSatisfy { $0 < $1 }
  }
}
