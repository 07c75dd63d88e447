import CorridorModel

extension BriefCharts {
  /// The label of a crossing's row in the clearance chart: its name, direction and the sides
  /// the figure covers, for example "Khorgos road (Horgos / Nur Zholy), CN→KZ, CN side".
  ///
  /// `direction` is written `CN->KZ` or `both`, `scope` `both sides` or `CN side`, as
  /// ``CrossingComparison`` gives them.
  static func crossingLabel(
    _ crossing: String, direction: String, scope: String, in scenario: Scenario
  ) -> String {
    let side =
      scope == "both sides"
      ? t("both sides")
      : scope.hasSuffix(" side") ? t("{0} side", String(scope.dropLast(5))) : scope
    return t(
      "{0}, {1}, {2}", Names.crossing(crossing, in: scenario), directionText(direction), side)
  }

  /// The label of a post's process in the clearance chart: the post's name, the mode and the
  /// direction, for example "Horgos rail port (CN side), rail, CN→KZ".
  static func postLabel(_ key: CheckpointKey, in scenario: Scenario) -> String {
    let mode =
      switch key.mode {
      case .road: t("road")
      case .rail: t("rail")
      case .water: t("water")
      }
    return t(
      "{0}, {1}, {2}", Names.node(key.node, in: scenario), mode,
      directionText(key.direction?.description ?? "both"))
  }

  /// `CN->KZ` as `CN→KZ`, and `both` as both directions.
  private static func directionText(_ direction: String) -> String {
    direction == "both" ? t("both directions") : direction.replacingOccurrences(of: "->", with: "→")
  }
}
