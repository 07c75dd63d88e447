import CorridorModel
import CorridorSimulation

/// The caveat reports carry when a run was simulated with capped queues (`--allow-overload`).
public enum OverloadNote {
  /// The caveat, or `nil` when the run had no queue limit: the limits, and how many
  /// consignments found a queue, or the network, full.
  public static func text(_ simulation: SimulationResult) -> String? {
    guard let limit = simulation.options.queueLimit,
      let inSystem = simulation.options.inSystemLimit
    else { return nil }
    let away = simulation.turnedAway.reduce(0, +)
    let generated = simulation.generated.reduce(0, +)
    let perReplication = Double(away) / Double(max(1, simulation.replicationCount))
    let share = generated > 0 ? 100 * Double(away) / Double(generated) : 0
    let shareText =
      share > 0 && share < 0.05 ? "under 0.1" : NumberFormat.fixed(share, decimals: 1)
    return "Overloaded run (--allow-overload): every queue was capped at "
      + "\(NumberFormat.grouped(Double(limit))) units and the consignments on the way at "
      + "\(NumberFormat.grouped(Double(inSystem))); \(NumberFormat.grouped(perReplication)) "
      + "consignments a replication (\(shareText) % of those generated) found them full and "
      + "were turned away. Times at facilities loaded above capacity grow with the simulated "
      + "days: they are not steady-state figures."
  }
}
