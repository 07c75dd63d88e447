import CorridorRandom

/// A seedable stream of pseudo-random numbers: xoshiro256** (Blackman & Vigna, 2018),
/// seeded through SplitMix64.
///
/// Streams are identified by a seed, a replication and a stream number (one per source of
/// randomness: arrivals, service, routing…), so that a source draws the same numbers in every
/// scenario compared with the same seed: common random numbers. The Swift standard library
/// offers no seedable generator and the package set has none, so this small, well-studied one
/// is written here.
public struct RandomStream: RandomNumberGenerator, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// The stream for a seed, a replication and a source of randomness.
  public init(seed: UInt64, replication: Int = 0, stream: Int = 0) {
    var mixer = SplitMix64(
      state: seed ^ (UInt64(truncatingIfNeeded: replication) &* 0x9E37_79B9_7F4A_7C15)
        ^ (UInt64(truncatingIfNeeded: stream) &* 0xD1B5_4A32_D192_ED03))
    // Discard a few outputs so that nearby seeds start far apart.
    for _ in 0..<4 { _ = mixer.next() }
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
  }

  @inline(__always)
  private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// The next 64 random bits.
  @inline(__always)
  public mutating func next() -> UInt64 {
    let result = Self.rotl(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotl(s3, 45)
    return result
  }

  /// A uniform number in (0, 1]: never 0, so its logarithm is finite.
  @inline(__always)
  public mutating func uniform() -> Double {
    Double((next() >> 11) + 1) * 0x1.0p-53
  }
}
