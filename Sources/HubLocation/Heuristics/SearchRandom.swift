import CorridorRandom

/// The seeded generator of the searches: SplitMix64 with the draws they need.
///
/// A seed gives the same search on every platform and toolchain.
struct SearchRandom {
  private var generator: SplitMix64

  init(seed: UInt64) {
    generator = SplitMix64(state: seed ^ 0x5DEE_CE66_D1CE_4E5B)
  }

  mutating func next() -> UInt64 { generator.next() }

  /// A whole number in `0..<bound` (`bound` > 0).
  mutating func below(_ bound: Int) -> Int { generator.below(bound) }

  /// A random element of a non-empty array.
  mutating func element<T>(of array: [T]) -> T { array[below(array.count)] }

  /// The array in a random order (Fisher–Yates).
  mutating func shuffled<T>(_ array: [T]) -> [T] {
    var copy = array
    var i = copy.count - 1
    while i > 0 {
      copy.swapAt(i, below(i + 1))
      i -= 1
    }
    return copy
  }
}
