import ArgumentParser
import CorridorCalibration
import CorridorModel
import CorridorReports
import CorridorStudy
import Foundation

/// `corridor run FILE`: validation, assignment, simulation and the report, in one go.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a scenario end to end: equilibrium routes, consignment simulation, report.",
    discussion: """
      Writes summary.md, brief.html, CSV tables, report.xlsx (the tables as an Excel \
      workbook) and network.geojson to Reports/<scenario>/ \
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

  @Option(help: "Observed figures to set the run beside: fit.csv and a section of the brief.")
  var observations: String?

  @Flag(help: "No progress messages on standard error.")
  var quiet = false

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let display = ProgressDisplay(enabled: !quiet, stages: 4)
    display.stage("validating \(file)")
    let (scenario, files) = try loadScenarioWithFiles(file)
    let agenda = try brief.agendaCorridors(of: scenario)
    let observed = try observations.map { try loadObservations($0, for: scenario) }
    let folder = out ?? "Reports/\(scenario.id)"
    let report = try ReportFolder.open(folder, isOwn: RunReport.isOwnFile)
    let settings = simulation.settings
    let progress = StudyProgress.display(display, file: file) { step in
      switch step {
      case .equilibrium(let scenario):
        "equilibrium: assigning \(NumberFormat.grouped(scenario.totalTEUPerYear)) TEU/year to routes"
      case .simulation:
        "simulating \(settings.replications) replications of \(NumberFormat.grouped(settings.days)) days"
      }
    }
    let run = try study(file) { () throws(StudyError) in
      try Study.run(scenario, settings: settings, progress: progress)
    }
    display.stage("writing the report to \(folder)/")
    let fit = observed.map { FitTable(observations: $0.observations, run: run) }
    let metadata = brief.metadata(files: files)
    let html = Brief.html(
      base: run, variants: [], metadata: metadata, fit: fit,
      phrasebook: try brief.phrasebook(), agendaCorridors: agenda)
    let tables = RunReport.tables(run) + (fit.map { [FitReport.namedTable($0)] } ?? [])
    try report.write(
      RunReport.files(run, tables: tables) + [("brief.html", html)],
      binary: [try brief.workbook(tables, metadata: metadata, title: scenario.name)])
    let seconds = (clock.now - start).inSeconds
    display.finish("done in \(NumberFormat.fixed(seconds, decimals: 1)) s")
    if json {
      try printJSON(RunJSON(run, seconds: seconds, folder: folder))
    } else {
      print(RunScreen.text(run, folder: folder), terminator: "")
      if let fit {
        print("\nFit to observations\n" + FitReport.text(fit, names: scenario), terminator: "")
      }
    }
  }
}
