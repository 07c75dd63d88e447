import CorridorModel
import CorridorSimulation

/// One checkpoint stage in isolation, for sizing lanes: Poisson arrivals, parallel lanes,
/// first come first served, opening hours.
public struct CheckpointStudy: Sendable {
  /// The checkpoint's model.
  let model: CheckpointModel

  /// A stage of `lanes` lanes with `arrivalsPerHour` Poisson arrivals and the given service.
  public init(
    lanes: Int, arrivalsPerHour: Double, service: Distribution,
    openingHours: OpeningHours = .always
  ) {
    model = CheckpointModel(
      lanes: lanes, arrivalsPerHour: arrivalsPerHour, service: service,
      openingHours: openingHours)
  }

  /// Arrivals × mean service / lanes: at 1 or more the queue grows without limit.
  public var offeredUtilization: Double { model.utilization }

  /// Simulates `trucks` recorded trucks after a warm-up of a tenth as many.
  public func run(trucks: Int, seed: UInt64) -> CheckpointRun {
    CheckpointSimulation.run(model, trucks: trucks, warmUp: trucks / 10, seed: seed)
  }
}
