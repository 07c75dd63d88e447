/// A reason a ``LinearModel`` cannot be handed to GLPK, with what to change.
///
/// Adding variables and constraints never fails; the first problem found while
/// building is kept and thrown by ``LinearModel/validate()``, which ``solve(_:options:callbacks:)``
/// and ``writeLP(_:to:)`` call before any GLPK function.
public struct ModelError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kinds of problem a model can have.
  public enum Kind: Sendable, Hashable {
    /// A coefficient, objective coefficient or constant is NaN or infinite.
    case notFinite
    /// A bound is NaN, a lower bound is +∞, an upper bound is −∞, or lower > upper.
    case invalidBounds
    /// An integer or binary variable has a bound that is not a whole number.
    case nonIntegralBounds
    /// A constraint refers to a variable the model does not have.
    case unknownVariable
    /// A constraint was given different numbers of variables and coefficients.
    case mismatchedTerms
    /// The model exceeds a size limit of GLPK.
    case tooLarge
  }

  /// What kind of problem this is.
  public let kind: Kind
  /// A sentence naming the variable or constraint at fault and what to do about it.
  public let message: String

  /// Creates an error of `kind` with `message`.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
