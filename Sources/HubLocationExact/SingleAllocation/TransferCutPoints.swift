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
