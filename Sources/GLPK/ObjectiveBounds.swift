/// Arithmetic on objective values and bounds that depends on the direction of
/// optimisation.
struct ObjectiveBounds {
  /// Whether the objective is maximised.
  let maximize: Bool

  /// The stronger of two valid bounds: the larger when minimising.
  func stronger(_ first: Double, _ second: Double) -> Double {
    maximize ? Swift.min(first, second) : Swift.max(first, second)
  }

  /// `bound`, limited by the objective of a known solution, which no valid bound can
  /// pass beyond tolerances.
  func limited(_ bound: Double?, by objective: Double?) -> Double? {
    guard let bound else { return nil }
    guard let objective else { return bound }
    return maximize ? Swift.max(bound, objective) : Swift.min(bound, objective)
  }

  /// A bound reported by GLPK, or nil when it is GLPK's "none" (±`DBL_MAX`) or not finite.
  static func usable(_ value: Double) -> Double? {
    value.isFinite && value.magnitude < Double.greatestFiniteMagnitude ? value : nil
  }

  /// GLPK's relative gap, `|objective − bound| / (|objective| + DBL_EPSILON)`.
  static func relativeGap(objective: Double?, bound: Double?) -> Double? {
    guard let objective, let bound else { return nil }
    return (objective - bound).magnitude / (objective.magnitude + Double.ulpOfOne)
  }
}
