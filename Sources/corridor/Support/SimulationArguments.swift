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

  @Flag(
    name: .customLong("allow-overload"),
    help: """
      Simulate even when a facility is loaded beyond what it can serve, with every queue \
      capped at 100,000 units and at most 500,000 consignments on the way (those turned away \
      are counted).
      """)
  var allowOverload = false

  /// The simulation options these arguments give.
  var options: SimulationOptions {
    SimulationOptions(
      days: days, replications: replications, seed: seed,
      queueLimit: allowOverload ? overloadQueueLimit : nil)
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
