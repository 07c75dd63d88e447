/// The consignments on the way in a replication, in slots reused as consignments leave.
///
/// A slot's generation changes when its consignment leaves, so that an event or a queue entry
/// still naming a consignment that has left finds nothing, as a lookup by a never-reused id
/// would; finding a consignment is an array access rather than a hash.
struct ConsignmentTable {
  /// Whose a slot is: the generation of its ids, and whether a consignment is in it.
  private struct Tenancy {
    /// Bumped as the consignment leaves, so that its ids go stale.
    var generation: UInt32 = 0
    var isOccupied = true
  }

  private var consignments: [Consignment] = []
  /// Per slot of `consignments`, kept apart so that checking an id copies no consignment.
  private var tenancies: [Tenancy] = []
  /// Slots whose consignment has left, for the next ones.
  private var freeSlots = FreeSlots()
  /// The consignments on the way.
  private(set) var count = 0

  /// Puts a consignment on the way and returns its id.
  mutating func insert(_ consignment: Consignment) -> ConsignmentID {
    count += 1
    guard let slot = freeSlots.pop() else {
      consignments.append(consignment)
      tenancies.append(Tenancy())
      return ConsignmentID(slot: Int32(consignments.count - 1), generation: 0)
    }
    consignments[Int(slot)] = consignment
    tenancies[Int(slot)].isOccupied = true
    return ConsignmentID(slot: slot, generation: tenancies[Int(slot)].generation)
  }

  /// Where a consignment is kept, for ``subscript(_:)``; `nil` once it has left.
  func index(of id: ConsignmentID) -> Int? {
    let index = Int(id.slot)
    guard index < tenancies.count else { return nil }
    let tenancy = tenancies[index]
    return tenancy.isOccupied && tenancy.generation == id.generation ? index : nil
  }

  /// The consignment at an index from ``index(of:)``, read or changed in place.
  subscript(index: Int) -> Consignment {
    get { consignments[index] }
    _modify { yield &consignments[index] }
  }

  /// The consignment with an id, unless it has left.
  subscript(id: ConsignmentID) -> Consignment? {
    guard let index = index(of: id) else { return nil }
    return consignments[index]
  }

  /// Takes a consignment off the way and returns it (`nil` if it had already left).
  mutating func remove(_ id: ConsignmentID) -> Consignment? {
    guard let index = index(of: id) else { return nil }
    let consignment = consignments[index]
    remove(at: index)
    return consignment
  }

  /// Takes the consignment at an index from ``index(of:)`` off the way, copying nothing.
  mutating func remove(at index: Int) {
    tenancies[index].isOccupied = false
    tenancies[index].generation &+= 1
    freeSlots.push(Int32(index))
    count -= 1
  }

  /// The TEU of the consignments on the way that satisfy a condition.
  func teu(where isIncluded: (Consignment) -> Bool) -> Double {
    var teu = 0.0
    for (consignment, tenancy) in zip(consignments, tenancies)
    where tenancy.isOccupied && isIncluded(consignment) {
      teu += consignment.teu
    }
    return teu
  }

  /// The consignments on the way that satisfy a condition.
  func count(where isIncluded: (Consignment) -> Bool) -> Int {
    var count = 0
    for (consignment, tenancy) in zip(consignments, tenancies)
    where tenancy.isOccupied && isIncluded(consignment) {
      count += 1
    }
    return count
  }
}
