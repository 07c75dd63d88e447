import Foundation

/// The hub sets a problem allows: every subset of the candidates that holds the forced hubs,
/// of size `p` or (fixed costs) of any non-zero size.
struct HubSetSequence: Sequence {
  let free: [Int]
  let forced: [Int]
  /// The allowed sizes of the free part.
  let sizes: ClosedRange<Int>

  init(problem: HubProblem) {
    forced = problem.fixedOpen.sorted()
    free = problem.candidateNodes.filter { !problem.fixedOpen.contains($0) }
    switch problem.hubCount {
    case .exactly(let p): sizes = (p - forced.count)...(p - forced.count)
    case .fixedCosts: sizes = (forced.isEmpty ? 1 : 0)...free.count
    }
  }

  /// How many sets there are, and an upper bound on the single-allocation leaves
  /// (`sum over sets of |H|^(n - |H|)`), both saturating at `Double.greatestFiniteMagnitude`.
  func counts(nodeCount n: Int) -> (sets: Double, leaves: Double) {
    var sets = 0.0
    var leaves = 0.0
    for size in sizes {
      let count = Self.binomial(free.count, size)
      let hubs = Double(size + forced.count)
      sets += count
      leaves += count * Foundation.pow(hubs, Double(n - size - forced.count))
    }
    return (sets, leaves)
  }

  static func binomial(_ n: Int, _ k: Int) -> Double {
    guard k >= 0, k <= n else { return 0 }
    var result = 1.0
    for i in 0..<Swift.min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
    return result
  }

  func makeIterator() -> Iterator { Iterator(sequence: self) }

  /// Steps through the subsets size by size, each in lexicographic order.
  struct Iterator: IteratorProtocol {
    let sequence: HubSetSequence
    var size: Int
    var positions: [Int]?

    init(sequence: HubSetSequence) {
      self.sequence = sequence
      size = sequence.sizes.lowerBound
      positions = size <= sequence.free.count ? Array(0..<size) : nil
    }

    mutating func next() -> [Int]? {
      guard let current = positions else { return nil }
      let set = sequence.forced + current.map { sequence.free[$0] }
      positions = Self.advance(current, count: sequence.free.count)
      if positions == nil, size < sequence.sizes.upperBound, size + 1 <= sequence.free.count {
        size += 1
        positions = Array(0..<size)
      }
      return set
    }

    /// The next combination of `current.count` positions out of `count`, or `nil`.
    static func advance(_ current: [Int], count: Int) -> [Int]? {
      var next = current
      let k = next.count
      var i = k - 1
      while i >= 0, next[i] == count - k + i { i -= 1 }
      guard i >= 0 else { return nil }
      next[i] += 1
      for j in (i + 1)..<Swift.max(i + 1, k) { next[j] = next[j - 1] + 1 }
      return next
    }
  }
}
