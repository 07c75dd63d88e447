/// The paths an OD pair of one class uses and the flow on each.
struct ODPaths: Sendable {
  /// The destination node.
  var destination: Int32
  /// The demand (units of the class).
  var demand: Double
  /// Each path as its links in order.
  var paths: [[Int32]]
  /// The flow on each path (units of the class).
  var flows: [Double]
}

/// The OD pairs of one class, grouped by origin.
struct ClassPaths: Sendable {
  /// The origins with demand, each with the range of its OD pairs in ``pairs``.
  var origins: [(node: Int, pairs: Range<Int>)]
  /// All OD pairs of the class.
  var pairs: [ODPaths]
}
