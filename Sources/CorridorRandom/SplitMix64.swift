/// SplitMix64 (Steele, Lea & Flood, 2014): a small, fast, seedable generator.
///
/// The simulation uses it to expand a seed into the state of its streams, and the hub
/// searches draw from it directly. It is written out here, rather than taken from the
/// standard library, whose generator cannot be seeded, so that a seed gives the same
/// numbers on every platform and toolchain.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The generator's whole state.
  public var state: UInt64

  /// A generator starting from `state`.
  public init(state: UInt64) {
    self.state = state
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `0..<bound` (`bound` > 0), by multiply-and-shift.
  public mutating func below(_ bound: Int) -> Int {
    Int((UInt64(bound).multipliedFullWidth(by: next())).high)
  }
}
