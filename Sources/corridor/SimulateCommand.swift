import ArgumentParser
import CorridorAssignment
import CorridorModel
import CorridorReports
import CorridorScenario
import CorridorSimulation
import Foundation

/// `corridor simulate FILE`: consignments through the scenario's equilibrium routes.
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Simulate consignments through checkpoints, gauge changes, ferries and hubs.",
    discussion: """
      Routes come from the scenario's freight-flow equilibrium. Prints, with 95 % intervals \
      over replications, the time to clear each border checkpoint against the CAREC CPMM \
      figure, stage utilisation and queues, where transit time goes, and transit times by \
      OD pair.
      """)

  @Argument(help: "A scenario file (YAML).")
  var file: String

  @Option(help: "Independent replications (run in parallel).")
  var replications: Int = 5

  @Option(help: "Days recorded after the warm-up.")
  var days: Double = 365

  @Option(name: .customLong("warm-up-days"), help: "Days simulated before recording.")
  var warmUpDays: Double = 30

  @Option(help: "Random seed.")
  var seed: UInt64 = 1

  @Option(
    name: .customLong("sailing-cancellation"),
    help: "Chance that a ferry sailing is cancelled (0 to 1).")
  var sailingCancellation: Double = 0

  @Option(
    name: .customLong("electronic-queue"),
    help: "Checkpoint node run on electronic appointments (repeatable).")
  var electronicQueue: [String] = []

  @Flag(
    name: .customLong("scheduled-departures"),
    help: "Evenly spaced departures instead of Poisson arrivals.")
  var scheduledDepartures = false

  @Flag(
    name: .customLong("ferries-leave-when-full"),
    help: "Ferries also sail as soon as a vessel-load waits.")
  var ferriesLeaveWhenFull = false

  @OptionGroup var overload: OverloadArguments

  func validate() throws {
    guard (1...200).contains(replications) else {
      throw ValidationError("--replications must be from 1 to 200")
    }
    guard days >= 0.01, days <= 36_500 else {
      throw ValidationError("--days must be from 0.01 to 36500")
    }
    guard warmUpDays >= 0, warmUpDays <= 3650 else {
      throw ValidationError("--warm-up-days must be from 0 to 3650")
    }
    guard (0...1).contains(sailingCancellation) else {
      throw ValidationError("--sailing-cancellation is a probability: from 0 to 1")
    }
  }

  func run() throws {
    let scenario = try loadScenario(file)
    for name in electronicQueue where scenario.node(NodeID(name))?.checkpoint == nil {
      printError("corridor: error: --electronic-queue \(name): not a checkpoint node of \(file)")
      throw ExitCode.validationFailure
    }
    let options = SimulationOptions(
      days: days, warmUpDays: warmUpDays, replications: replications, seed: seed,
      scheduledDepartures: scheduledDepartures, sailingCancellation: sailingCancellation,
      ferriesLeaveWhenFull: ferriesLeaveWhenFull,
      electronicQueues: Set(electronicQueue.map { NodeID($0) }),
      queueLimit: overload.queueLimit)
    let (_, routes) = try simulationRoutes(scenario, file: file, options: options)
    let result = CorridorSimulation.run(scenario, routes: routes, options: options)
    print(SimulationReport.text(result, scenario: scenario), terminator: "")
  }
}
