/// A consignment of a replication, as events and queues name it: its slot in the
/// ``ConsignmentTable`` and the slot's generation when it was created.
struct ConsignmentID: Hashable, Sendable {
  var slot: Int32
  var generation: UInt32
}
