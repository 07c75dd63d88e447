import ArgumentParser
import CorridorAssignment
import CorridorModel
import CorridorReports
import CorridorScenario
import CorridorSimulation
import Foundation

/// `corridor run FILE`: validation, assignment, simulation and the report, in one go.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a scenario end to end: equilibrium routes, consignment simulation, report.",
    discussion: """
      Writes summary.md, brief.html, CSV tables and network.geojson to Reports/<scenario>/ \
      (or --out), \
      each file written in full before it replaces an earlier one, and prints a one-screen \
      summary.
      """)

  @Argument(help: "A scenario file (YAML).")
  var file: String

  @OptionGroup var simulation: SimulationArguments

  @OptionGroup var brief: BriefArguments

  @Option(help: "Report folder (default Reports/<scenario>).")
  var out: String?

  @Flag(help: "No progress messages on standard error.")
  var quiet = false

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let progress = ProgressDisplay(enabled: !quiet, stages: 4)
    progress.stage("validating \(file)")
    let (scenario, files) = try loadScenarioWithFiles(file)
    let folder = out ?? "Reports/\(scenario.id)"
    let report = try ReportFolder.open(folder, isOwn: RunReport.isOwnFile)
    progress.stage(
      "equilibrium: assigning \(NumberFormat.grouped(scenario.totalTEUPerYear)) TEU/year to routes")
    let options = simulation.options
    let (assignment, routes) = try simulationRoutes(scenario, file: file, options: options)
    progress.stage(
      "simulating \(simulation.replications) replications of \(NumberFormat.grouped(simulation.days)) days"
    )
    let simulation = CorridorSimulation.run(
      scenario, routes: routes, options: options, progress: progress.replications)
    progress.stage("writing the report to \(folder)/")
    let run = BriefRun(scenario: scenario, assignment: assignment, simulation: simulation)
    let html = Brief.html(base: run, variants: [], metadata: brief.metadata(files: files))
    try report.write(
      RunReport.files(scenario: scenario, assignment: assignment, simulation: simulation)
        + [("brief.html", html)])
    let elapsed = clock.now - start
    let seconds =
      elapsed.inSeconds
    progress.finish("done in \(NumberFormat.fixed(seconds, decimals: 1)) s")
    if json {
      try printJSON(
        RunJSON(
          scenario: scenario, routes: routes, simulation: simulation, seconds: seconds,
          folder: folder))
    } else {
      print(
        RunScreen.text(scenario: scenario, routes: routes, simulation: simulation, folder: folder),
        terminator: "")
    }
  }
}
