/// The free slots of a store whose entries are reused (events, consignments): a stack, so the
/// slot freed last is taken first.
///
/// Not generic and never shrinking, so that taking and giving back a slot is plain array
/// access, in debug builds too.
struct FreeSlots {
  private var slots: [Int32] = []
  private var count = 0

  /// Gives a slot back.
  mutating func push(_ slot: Int32) {
    if count == slots.count {
      slots.append(slot)
    } else {
      slots[count] = slot
    }
    count += 1
  }

  /// Takes the slot given back last, if any.
  mutating func pop() -> Int32? {
    guard count > 0 else { return nil }
    count -= 1
    return slots[count]
  }
}
