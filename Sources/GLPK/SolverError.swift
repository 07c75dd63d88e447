/// A failure of a solve or an export that is not a problem with the model's data.
///
/// Errors thrown by your own callbacks are not wrapped: ``solve(_:options:callbacks:)``
/// rethrows them unchanged.
public struct SolverError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kinds of failure.
  public enum Kind: Sendable, Hashable {
    /// A ``SolverOptions`` value is out of range.
    case invalidOptions
    /// A callback returned something unusable, such as a heuristic solution of the wrong
    /// length or a lazy constraint with a NaN coefficient.
    case invalidCallbackResult
    /// GLPK reported an internal error. The solve was abandoned and GLPK's state on the
    /// calling thread was reset; other threads are not affected.
    case internalError
    /// GLPK could not write a model file.
    case fileWriteFailed
  }

  /// What kind of failure this is.
  public let kind: Kind
  /// A sentence saying what went wrong and what to do about it.
  public let message: String

  /// Creates an error of `kind` with `message`.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
