import ArgumentParser
import CorridorSimulation

/// The simulation options shared by `run` and `compare`.
struct SimulationArguments: ParsableArguments {
  @Option(help: "Independent replications (1 to 200).")
  var replications: Int = 10

  @Option(help: "Random seed, shared by every scenario of a run.")
  var seed: UInt64 = 1

  @Option(help: "Days recorded after the warm-up.")
  var days: Double = 365

  @OptionGroup var overload: OverloadArguments

  /// The simulation options these arguments give.
  var options: SimulationOptions {
    SimulationOptions(
      days: days, replications: replications, seed: seed,
      queueLimit: overload.queueLimit)
  }

  func validate() throws {
    guard (1...200).contains(replications) else {
      throw ValidationError("--replications must be from 1 to 200")
    }
    guard days >= 0.01, days <= 36_500 else {
      throw ValidationError("--days must be from 0.01 to 36500")
    }
  }
}
