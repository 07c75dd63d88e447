import CorridorModel
import CorridorSimulation

/// The caveat reports carry when a run was simulated with capped queues (`--allow-overload`).
public enum OverloadNote {
  /// The caveat, or `nil` when the run had no queue limit: the limits, and how many
  /// consignments found a queue, or the network, full; in the report's language, naming the
  /// option that allowed it when `namingOption` is set (screens and summaries; not the brief).
  public static func text(_ simulation: SimulationResult, namingOption: Bool = true) -> String? {
    guard let limit = simulation.options.queueLimit,
      let inSystem = simulation.options.inSystemLimit
    else { return nil }
    let away = simulation.turnedAway.reduce(0, +)
    let generated = simulation.generated.reduce(0, +)
    let perReplication = Double(away) / Double(max(1, simulation.replicationCount))
    let share = generated > 0 ? 100 * Double(away) / Double(generated) : 0
    let shareText =
      share > 0 && share < 0.05
      ? t("under {0}", LocalNumber.local("0.1")) : LocalNumber.fixed(share, decimals: 1)
    return t(
      "Overloaded run{0}: every queue was capped at {1} units and the consignments on the way at {2}; {3} consignments a replication ({4} % of those generated) found them full and were turned away. Times at facilities loaded above capacity grow with the simulated days: they are not steady-state figures.",
      namingOption ? " (--allow-overload)" : "", LocalNumber.grouped(Double(limit)),
      LocalNumber.grouped(Double(inSystem)), LocalNumber.grouped(perReplication), shareText)
  }
}
