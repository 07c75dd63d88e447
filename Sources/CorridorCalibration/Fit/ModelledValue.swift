import CorridorModel
import CorridorSimulation
import CorridorStudy

/// What a run gives for an observation: the modelled value in the observation's unit, with
/// the half-width of its 95 % interval where the value is simulated.
public struct ModelledValue: Sendable, Hashable {
  /// The value, in the observation's unit.
  public var value: Double
  /// Half the width of the 95 % interval over replications (`nil` for equilibrium flows and
  /// shares, which have none, or a single replication).
  public var halfWidth: Double?

  /// The modelled value of `observation` in `run`, or `nil` when the run has none (no traffic
  /// where it was measured).
  public static func of(_ observation: Observation, in run: ScenarioRun) -> ModelledValue? {
    switch observation.quantity {
    case .clearanceHours(let crossing, let direction, let side):
      return clearance(run, crossing: crossing, direction: direction, side: side)
    case .flow(let place, let direction, let unit):
      let teu = FlowCount(run).teuPerYear(at: place, direction: direction)
      return ModelledValue(value: convert(teu, to: unit, settings: run.scenario.settings))
    case .transitDays(let origin, let destination, let commodity):
      return transit(run, origin: origin, destination: destination, commodity: commodity)
    case .share(let of, let among, let direction):
      let count = FlowCount(run)
      let total = count.teuPerYear(atAny: among, direction: direction)
      guard total > 0 else { return nil }
      return ModelledValue(value: count.teuPerYear(at: of, direction: direction) / total)
    }
  }

  /// TEU a year in a flow unit: trains or trucks of the scenario's size a day, or tonnes at its
  /// tonnes per TEU.
  static func convert(_ teuPerYear: Double, to unit: Observation.FlowUnit, settings: Settings)
    -> Double
  {
    switch unit {
    case .teuPerYear: teuPerYear
    case .trainsPerDay: teuPerYear / settings.teuPerTrain / 365
    case .trucksPerDay: teuPerYear / settings.teuPerTruck / 365
    case .tonnesPerYear: teuPerYear * settings.tonnesPerTEU
    }
  }

  private static func clearance(
    _ run: ScenarioRun, crossing: String, direction: BorderDirection?, side: String?
  ) -> ModelledValue? {
    run.simulation.clearanceHours(crossing: crossing, direction: direction, side: side).map {
      ModelledValue(value: $0.mean, halfWidth: $0.halfWidth.isFinite ? $0.halfWidth : nil)
    }
  }

  private static func transit(
    _ run: ScenarioRun, origin: NodeID, destination: NodeID, commodity: CommodityID?
  ) -> ModelledValue? {
    let pairs = run.simulation.odPairs.filter {
      $0.origin == origin && $0.destination == destination
        && (commodity == nil || $0.commodity == commodity)
        && $0.transitHours.observations > 0
    }
    guard !pairs.isEmpty else { return nil }
    if pairs.count == 1 {
      let hours = pairs[0].transitHours
      return ModelledValue(
        value: hours.mean / 24, halfWidth: hours.halfWidth.isFinite ? hours.halfWidth / 24 : nil)
    }
    // Several commodities: their means weighted by their demand.
    func demand(_ pair: SimulationResult.ODKPI) -> Double {
      run.scenario.demand.filter {
        $0.origin == origin && $0.destination == destination && $0.commodity == pair.commodity
      }.reduce(0) { $0 + $1.teuPerYear }
    }
    let weight = pairs.reduce(0) { $0 + demand($1) }
    guard weight > 0 else { return nil }
    let hours = pairs.reduce(0) { $0 + $1.transitHours.mean * demand($1) } / weight
    return ModelledValue(value: hours / 24)
  }
}
