import HubLocation

/// Where an exact hub solve stands, for a progress display.
///
/// Costs are in the problem's own units. The bound is always a proven one: during the root
/// of a restricted master it is the pricing's Lagrangian bound, not the restricted LP's.
public struct ExactHubProgress: Sendable, Hashable {
  /// The stages of a solve, in order.
  public enum Phase: Int, Sendable, Hashable, Comparable {
    /// The starting heuristic (variable neighbourhood search).
    case heuristic
    /// The root: the master's LP with its cut loop and pricing.
    case root
    /// Branch and cut, or the enumeration of hub sets.
    case search

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The stage the solve is in.
  public var phase: Phase
  /// The cost of the best plan found so far, if any.
  public var incumbent: Double?
  /// The best proven lower bound so far, if any.
  public var bound: Double?
  /// Branch-and-cut nodes created so far.
  public var nodes: Int
  /// Seconds since the solve started.
  public var seconds: Double

  /// The relative gap between the plan and the bound, when both are known.
  public var gap: Double? {
    guard let incumbent, let bound else { return nil }
    return max(0, incumbent - bound) / max(1e-10, abs(incumbent))
  }
}
