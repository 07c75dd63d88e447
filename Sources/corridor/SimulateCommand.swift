import ArgumentParser
import CorridorModel
import CorridorReports
import CorridorStudy
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

  @OptionGroup var simulation: SimulationArguments

  @Option(name: .customLong("warm-up-days"), help: "Days simulated before recording.")
  var warmUpDays: Double = RunSettings().warmUpDays

  @Option(
    name: .customLong("sailing-cancellation"),
    help: "Chance that a ferry sailing is cancelled (0 to 1).")
  var sailingCancellation: Double = RunSettings().sailingCancellation

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

  func validate() throws {
    guard RunSettings.warmUpRange.contains(warmUpDays) else {
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
    var settings = simulation.settings
    settings.warmUpDays = warmUpDays
    settings.sailingCancellation = sailingCancellation
    settings.scheduledDepartures = scheduledDepartures
    settings.ferriesLeaveWhenFull = ferriesLeaveWhenFull
    settings.electronicQueues = Set(electronicQueue.map { NodeID($0) })
    let progress = StudyProgress.display(ProgressDisplay(enabled: false, stages: 0), file: file)
    let run = try study(file) { () throws(StudyError) in
      try Study.run(scenario, settings: settings, progress: progress)
    }
    print(SimulationReport.text(run), terminator: "")
  }
}
