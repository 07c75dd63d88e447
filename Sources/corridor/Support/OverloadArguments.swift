import ArgumentParser
import CorridorReports
import CorridorSimulation

/// `--allow-overload`, shared by `run`, `compare` and `simulate`.
struct OverloadArguments: ParsableArguments {
  @Flag(
    name: .customLong("allow-overload"),
    help: ArgumentHelp(
      "Simulate even when a facility is loaded beyond what it can serve, with every queue "
        + "capped at \(NumberFormat.grouped(Double(SimulationOptions.overloadQueueLimit))) units and at most "
        + "\(NumberFormat.grouped(Double(5 * SimulationOptions.overloadQueueLimit))) consignments on the way (those turned "
        + "away are counted)."))
  var allowOverload = false

  /// The queue limit these arguments ask for.
  var queueLimit: Int? { allowOverload ? SimulationOptions.overloadQueueLimit : nil }
}
