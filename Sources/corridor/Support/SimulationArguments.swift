import ArgumentParser
import CorridorStudy

/// The run settings shared by `run`, `compare` and `simulate`, with the study's defaults.
struct SimulationArguments: ParsableArguments {
  @Option(help: "Independent replications (1 to 200).")
  var replications: Int = RunSettings().replications

  @Option(help: "Random seed, shared by every scenario of a run.")
  var seed: UInt64 = RunSettings().seed

  @Option(help: "Days recorded after the warm-up.")
  var days: Double = RunSettings().days

  @OptionGroup var overload: OverloadArguments

  /// The run settings these arguments give.
  var settings: RunSettings {
    var settings = RunSettings()
    settings.replications = replications
    settings.seed = seed
    settings.days = days
    settings.allowOverload = overload.allowOverload
    return settings
  }

  func validate() throws {
    guard RunSettings.replicationRange.contains(replications) else {
      throw ValidationError("--replications must be from 1 to 200")
    }
    guard RunSettings.dayRange.contains(days) else {
      throw ValidationError("--days must be from 0.01 to 36500")
    }
  }
}
