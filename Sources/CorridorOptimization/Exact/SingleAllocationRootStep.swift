/// What one build of the single-allocation master ended with.
enum SingleAllocationRootStep {
  /// The solve is over; the outcome holds its result.
  case finished
  /// Missing allocation variables (by pair `i·n + k`) must join the master, which is built
  /// again with the cuts `kept`.
  case expand(pairs: [Int], kept: [TransferCutRecord])
}
