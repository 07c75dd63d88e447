/// A 4-ary min-heap of event keys, the ordering half of ``EventQueue``.
///
/// A node's four children lie side by side, in one or two cache lines, so that a heap of a
/// few thousand events is a few levels deep. Not generic, so that unoptimised (debug) builds
/// run it as plain code rather than through generic metadata; keys are unique (by sequence),
/// so the order they come out in does not depend on how the heap arranges ties. The storage
/// only grows: `count` keys are live.
struct EventHeap {
  private var keys: [EventKey] = []
  /// The number of keys.
  private(set) var count = 0

  /// Adds a key: placed as a leaf, then moved up past every parent it follows.
  mutating func insert(_ key: EventKey) {
    if count == keys.count { keys.append(key) }
    let size = count
    count += 1
    keys.withUnsafeMutableBufferPointer { keys in
      var hole = size
      while hole > 0 {
        let parent = (hole - 1) / 4
        guard key.precedes(keys[parent]) else { break }
        keys[hole] = keys[parent]
        hole = parent
      }
      keys[hole] = key
    }
  }

  /// Removes and returns the first key.
  ///
  /// The hole at the root moves down to a leaf, each time to the child that comes first, and
  /// the last leaf moves up from there to its place: it belongs near the bottom, so that
  /// seldom takes more than a step.
  mutating func popMin() -> EventKey? {
    guard count > 0 else { return nil }
    count -= 1
    let size = count
    return keys.withUnsafeMutableBufferPointer { keys in
      let first = keys[0]
      guard size > 0 else { return first }
      let last = keys[size]
      var hole = 0
      var child = 1
      while child + 3 < size {
        let a = keys[child + 1].precedes(keys[child]) ? child + 1 : child
        let b = keys[child + 3].precedes(keys[child + 2]) ? child + 3 : child + 2
        let best = keys[b].precedes(keys[a]) ? b : a
        keys[hole] = keys[best]
        hole = best
        child = 4 * hole + 1
      }
      if child < size {
        var best = child
        for other in (child + 1)..<size where keys[other].precedes(keys[best]) { best = other }
        keys[hole] = keys[best]
        hole = best
      }
      while hole > 0 {
        let parent = (hole - 1) / 4
        guard last.precedes(keys[parent]) else { break }
        keys[hole] = keys[parent]
        hole = parent
      }
      keys[hole] = last
      return first
    }
  }
}
