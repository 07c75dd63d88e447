import GLPK

/// Finds the cuts that a problem session's LP solution violates and adds them to it.
protocol CutSeparation {
  /// Adds the cuts the session's LP solution violates and returns how many were added
  /// (0 when none is violated; nothing changes then).
  mutating func addViolatedCuts(to session: inout ProblemSession) throws -> Int
}
