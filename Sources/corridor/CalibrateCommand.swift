import ArgumentParser
import CorridorCalibration
import CorridorModel
import CorridorReports
import CorridorScenario
import CorridorStudy
import Foundation

/// `corridor calibrate SCENARIO --observations FILE`: the scenario against observed figures.
struct CalibrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calibrate",
    abstract: "Compare a scenario with observed figures: times to clear, flows, transit, shares.",
    discussion: """
      Runs the scenario (equilibrium and simulation) and sets each observation of FILE beside \
      what the run gives for it, with the error and whether it is within its tolerance, for \
      the calibration and the validation set apart. Writes fit.csv to \
      Reports/<scenario>/calibration/ (or --out). With --require-fit, exits 2 when an \
      observation of the validation set is outside its tolerance. Fitting the parameters an \
      observations file declares free is not available yet: give --evaluate-only.
      """)

  @Argument(help: "A scenario file (YAML).")
  var file: String

  @Option(help: "The observations file (YAML).")
  var observations: String

  @Flag(help: "Fit nothing: compare the scenario as it is with the observations.")
  var evaluateOnly = false

  @Flag(help: "Exit 2 when an observation to validate is outside its tolerance.")
  var requireFit = false

  @OptionGroup var simulation: SimulationArguments

  @Option(help: "Report folder (default Reports/<scenario>/calibration).")
  var out: String?

  @Flag(help: "No progress messages on standard error.")
  var quiet = false

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  func validate() throws {
    guard evaluateOnly else {
      throw ValidationError(
        "fitting parameters to observations is not available yet; give --evaluate-only to "
          + "compare the scenario as it is with the observations")
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let display = ProgressDisplay(enabled: !quiet, stages: 3)
    display.stage("validating \(file) and \(observations)")
    let scenario = try loadScenario(file)
    let observed = try loadObservations(observations, for: scenario)
    let folder = out ?? "Reports/\(scenario.id)/calibration"
    let report = try ReportFolder.open(folder, isOwn: { $0 == "fit.csv" })
    let settings = simulation.settings
    let progress = StudyProgress.display(display, file: file) { step in
      switch step {
      case .equilibrium: "equilibrium"
      case .simulation:
        "simulating \(settings.replications) replications of \(NumberFormat.grouped(settings.days)) days"
      }
    }
    let run = try study(file) { () throws(StudyError) in
      try Study.run(scenario, settings: settings, progress: progress)
    }
    let table = FitTable(observations: observed, run: run)
    try report.write([("fit.csv", FitReport.csv(table))])
    let seconds = (clock.now - start).inSeconds
    display.finish("done in \(NumberFormat.fixed(seconds, decimals: 1)) s")
    if json {
      try printJSON(
        CalibrateJSON(scenario: scenario.id, table: table, seconds: seconds, folder: folder))
    } else {
      print(FitReport.text(table) + "Table: \(folder)/fit.csv")
    }
    let validation = table.summary(.validate)
    if requireFit && validation.withinTolerance < validation.count {
      printError(
        "corridor: \(validation.count - validation.withinTolerance) of \(validation.count) "
          + "observations to validate are outside their tolerance")
      throw ExitCode.notFitted
    }
  }
}

/// Loads an observations file for a scenario: exit 66 when it is missing, its diagnostics on
/// standard error and exit 65 when it has errors.
func loadObservations(_ path: String, for scenario: Scenario) throws -> [Observation] {
  if !missingInputs([path]).isEmpty { throw ExitCode.noInput }
  let (observations, diagnostics) = ObservationLoader.validate(path: path, for: scenario)
  for diagnostic in diagnostics { printError(diagnostic.description) }
  guard !diagnostics.contains(where: { $0.severity == .error }) else { throw ExitCode.dataError }
  return observations
}
