/// A hub-location model that cannot be built or solved as given: what is wrong and what to do.
///
/// Thrown when an instance, a problem or a solution handed to the evaluator does not satisfy
/// the rules of the model (a negative flow, a hub count larger than the number of candidate
/// nodes, an allocation of the wrong length…). Problems in data files are reported as
/// ``HubDataError`` instead, with the file and line.
public struct HubModelError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong and what was expected.
  public var message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }

  /// `error: MESSAGE`.
  public var description: String { "error: \(message)" }
}
