/// A binary min-heap of wide event keys, for an ``EventQueue`` whose events do not all fit an
/// ``EventKey``.
///
/// The storage only grows: `count` keys are live.
struct WideEventHeap {
  private var keys: [WideEventKey] = []
  /// The number of keys.
  private(set) var count = 0

  /// Adds a key: placed as a leaf, then moved up past every parent it follows.
  mutating func insert(_ key: WideEventKey) {
    if count == keys.count { keys.append(key) }
    var hole = count
    count += 1
    while hole > 0 {
      let parent = (hole - 1) / 2
      guard key.precedes(keys[parent]) else { break }
      keys[hole] = keys[parent]
      hole = parent
    }
    keys[hole] = key
  }

  /// Removes and returns the first key: the last leaf fills the root and moves down past
  /// every child that precedes it.
  mutating func popMin() -> WideEventKey? {
    guard count > 0 else { return nil }
    count -= 1
    let first = keys[0]
    let last = keys[count]
    guard count > 0 else { return first }
    var hole = 0
    while true {
      var child = 2 * hole + 1
      guard child < count else { break }
      if child + 1 < count && keys[child + 1].precedes(keys[child]) { child += 1 }
      guard keys[child].precedes(last) else { break }
      keys[hole] = keys[child]
      hole = child
    }
    keys[hole] = last
    return first
  }
}
