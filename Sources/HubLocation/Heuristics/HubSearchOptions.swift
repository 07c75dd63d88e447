/// Settings of the heuristic searches.
///
/// With no time limit a search is deterministic: the same problem, options and seed give the
/// same solution on every run.
public struct HubSearchOptions: Sendable, Hashable {
  /// The seed of the random choices (start and shaking moves).
  public var seed: UInt64
  /// The search stops after this many shaking rounds in a row that find nothing better.
  public var roundsWithoutImprovement: Int
  /// The search stops after this many shaking rounds in all.
  public var maximumRounds: Int
  /// An optional limit on the run time, in seconds.
  ///
  /// It is checked between shaking rounds (the first descent always completes). With it the
  /// result may depend on the machine's speed.
  public var timeLimit: Double?
  /// Optional hubs to start from (0-based), such as a solution found before.
  ///
  /// They are completed or cut to follow the problem's rules.
  public var initialHubs: [Int]?

  /// Creates options.
  public init(
    seed: UInt64 = 1, roundsWithoutImprovement: Int = 100, maximumRounds: Int = 2000,
    timeLimit: Double? = nil, initialHubs: [Int]? = nil
  ) {
    self.seed = seed
    self.roundsWithoutImprovement = roundsWithoutImprovement
    self.maximumRounds = maximumRounds
    self.timeLimit = timeLimit
    self.initialHubs = initialHubs
  }
}
