/// A small seeded generator (SplitMix64, Steele, Lea & Flood 2014) for the searches.
///
/// Written out here, with its own bounded draw, so that a seed gives the same search on every
/// platform and toolchain.
struct SearchRandom {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed ^ 0x5DEE_CE66_D1CE_4E5B
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `0..<bound` (`bound` > 0), by multiply-and-shift.
  mutating func below(_ bound: Int) -> Int {
    Int((UInt64(bound).multipliedFullWidth(by: next())).high)
  }

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
