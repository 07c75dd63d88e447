/// A solution found by a search, with its independent evaluation.
public struct HubSolution: Sendable, Hashable {
  /// The hubs, 0-based, ascending.
  public var hubs: [Int]
  /// The hub of each node, 0-based (single allocation), or `nil` (multiple allocation: every
  /// flow takes its cheapest hubs).
  public var allocation: [Int]?
  /// The solution as costed and checked by ``HubEvaluator``.
  public var evaluation: HubEvaluation
  /// Whether the method proves the solution optimal (exhaustive search).
  public var isProvenOptimal: Bool
  /// Shaking rounds (heuristics) or hub sets examined (exhaustive search).
  public var iterations: Int
  /// Wall-clock time of the search, in seconds.
  public var seconds: Double

  /// The objective, from the evaluation.
  public var cost: Double { evaluation.cost }
}
