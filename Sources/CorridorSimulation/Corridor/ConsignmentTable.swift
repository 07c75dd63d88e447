/// The consignments on the way in a replication, in slots reused as consignments leave.
///
/// A slot's generation changes when its consignment leaves, so that an event or a queue entry
/// still naming a consignment that has left finds nothing, as a lookup by a never-reused id
/// would; finding a consignment is an array access rather than a hash.
struct ConsignmentTable {
  /// A place for one consignment.
  private struct Slot {
    var consignment: Consignment
    /// Bumped as the consignment leaves, so that its ids go stale.
    var generation: UInt32 = 0
    var isOccupied = true
  }

  private var slots: [Slot] = []
  /// Slots whose consignment has left, for the next ones.
  private var freeSlots: [Int32] = []
  /// The consignments on the way.
  private(set) var count = 0

  /// Puts a consignment on the way and returns its id.
  mutating func insert(_ consignment: Consignment) -> ConsignmentID {
    count += 1
    if let slot = freeSlots.popLast() {
      slots[Int(slot)].consignment = consignment
      slots[Int(slot)].isOccupied = true
      return ConsignmentID(slot: slot, generation: slots[Int(slot)].generation)
    }
    slots.append(Slot(consignment: consignment))
    return ConsignmentID(slot: Int32(slots.count - 1), generation: 0)
  }

  /// Where a consignment is kept, for ``subscript(_:)``; `nil` once it has left.
  func index(of id: ConsignmentID) -> Int? {
    let index = Int(id.slot)
    guard index < slots.count, slots[index].generation == id.generation,
      slots[index].isOccupied
    else { return nil }
    return index
  }

  /// The consignment at an index from ``index(of:)``, read or changed in place.
  subscript(index: Int) -> Consignment {
    get { slots[index].consignment }
    _modify { yield &slots[index].consignment }
  }

  /// The consignment with an id, unless it has left.
  subscript(id: ConsignmentID) -> Consignment? {
    guard let index = index(of: id) else { return nil }
    return slots[index].consignment
  }

  /// Takes a consignment off the way and returns it (`nil` if it had already left).
  mutating func remove(_ id: ConsignmentID) -> Consignment? {
    guard let index = index(of: id) else { return nil }
    slots[index].isOccupied = false
    slots[index].generation &+= 1
    freeSlots.append(id.slot)
    count -= 1
    return slots[index].consignment
  }

  /// The consignments on the way that satisfy a condition.
  func count(where isIncluded: (Consignment) -> Bool) -> Int {
    slots.reduce(0) { $0 + ($1.isOccupied && isIncluded($1.consignment) ? 1 : 0) }
  }
}
