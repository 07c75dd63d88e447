import ArgumentParser
import CorridorModel
import CorridorStudy

/// `--allow-overload`, shared by `run`, `compare` and `simulate`.
struct OverloadArguments: ParsableArguments {
  @Flag(
    name: .customLong("allow-overload"),
    help: ArgumentHelp(
      "Simulate even when a facility is loaded beyond what it can serve, with every queue "
        + "capped at \(NumberFormat.grouped(Double(RunSettings.overloadQueueLimit))) units and at most "
        + "\(NumberFormat.grouped(Double(RunSettings.overloadInSystemLimit))) consignments on the way (those turned "
        + "away are counted)."))
  var allowOverload = false
}
