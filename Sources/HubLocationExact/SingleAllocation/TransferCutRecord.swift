import HubLocation

/// Where a Benders cut came from: its origin and the LP point (by its supports) it was
/// separated at, enough to build it again over another set of columns.
struct TransferCutRecord: Sendable, Hashable {
  /// The origin `i` of the cut on `η_i`.
  let origin: Int
  /// The index of the point in a ``TransferCutPoints`` store.
  let point: Int
}
