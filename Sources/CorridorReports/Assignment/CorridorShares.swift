import CorridorAssignment
import CorridorModel

/// TEU per year on routes through each named corridor, and its share of all demand.
public struct CorridorShares: Sendable {
  /// Each corridor: its name, TEU per year and share of all demand.
  public var lines: [(name: String, teu: Double, share: Double)]

  /// The shares of the given routes.
  public init(routes: [AssignedRoute], scenario: Scenario) {
    let total = scenario.totalTEUPerYear
    lines = scenario.corridors.map { corridor in
      let teu = routes.teuPerYear(onCorridor: corridor.name)
      return (corridor.name, teu, total > 0 ? teu / total : 0)
    }
  }
}
