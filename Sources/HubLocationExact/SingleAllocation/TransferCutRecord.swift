import HubLocation

/// Where a Benders cut came from: its origin and the LP point (by its supports) it was
/// separated at, enough to build it again over another set of columns.
struct TransferCutRecord: Sendable, Hashable {
  /// The origin `i` of the cut on `η_i`.
  let origin: Int
  /// The index of the point in a ``TransferCutPoints`` store.
  let point: Int
}

/// The LP points the cuts were separated at, stored as supports (the positive allocation
/// values of each node), which do not depend on the columns of the master.
struct TransferCutPoints {
  private(set) var supports: [[[(Int, Double)]]] = []

  /// Stores a point and returns its index.
  mutating func add(_ point: [[(Int, Double)]]) -> Int {
    supports.append(point)
    return supports.count - 1
  }
}
