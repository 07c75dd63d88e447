/// A search that could not return a solution.
public struct HubSearchError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Why a search stopped without a solution.
  public enum Kind: Sendable, Hashable {
    /// No allocation respecting the capacities was found (the problem may be infeasible, or
    /// only too tight for the heuristic).
    case noFeasibleSolution
    /// The exhaustive search would take too long; use a heuristic or an exact method.
    case tooLarge
  }

  /// Why the search stopped.
  public var kind: Kind
  /// What happened and what to do.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// `error: MESSAGE`.
  public var description: String { "error: \(message)" }
}
