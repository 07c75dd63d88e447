// Checking a model before it reaches GLPK.

extension LinearModel {
  /// Throws the first problem found while the model was built, or one in its scalar
  /// properties.
  ///
  /// ``solve(_:options:callbacks:)``, ``writeLP(_:to:)`` and ``writeMPS(_:to:)`` call this
  /// before any GLPK function, so no model can make GLPK abort the process. The check
  /// itself takes constant time: the rules are applied while the model is built.
  ///
  /// - Throws: ``ModelError``, whose message names the variable or constraint at fault
  ///   and what to change. When more than one rule was broken, the message says how many.
  public func validate() throws {
    if let firstIssue {
      guard issueCount > 1 else { throw firstIssue }
      throw ModelError(
        firstIssue.kind,
        firstIssue.message + " (the first of \(issueCount) problems found in this model)")
    }
    if !objectiveConstant.isFinite {
      throw ModelError(
        .notFinite,
        "the objective constant is \(objectiveConstant); it must be a finite number")
    }
  }

  /// Keeps `message` as the model's first problem unless one is already kept.
  mutating func record(_ kind: ModelError.Kind, _ message: String) {
    issueCount += 1
    if firstIssue == nil { firstIssue = ModelError(kind, message) }
  }
}
