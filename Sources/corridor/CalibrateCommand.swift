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
    abstract: "Fit a scenario to observed figures, and check it against held-out ones.",
    discussion: """
      With 'matrix_estimation:' in FILE, first adjusts the demand to the counts for \
      calibration; then fits the parameters FILE declares under 'parameters:' (service times \
      at checkpoints, demand, the route-choice scale, crossings' route-choice constants, each \
      within bounds) to the observations for calibration, \
      by NLopt's BOBYQA over runs of the scenario with common random numbers, then sets every \
      observation beside the fitted run, the calibration and validation sets apart. Writes \
      calibrated.yaml (extending the scenario) and fit.csv to \
      Reports/<scenario>/calibration/ (or --out). --evaluate-only fits nothing and compares \
      the scenario as it is. With --require-fit, exits 2 when an observation of the \
      validation set is outside its tolerance.
      """)

  @Argument(help: "A scenario file (YAML).")
  var file: String

  @Option(help: "The observations file (YAML).")
  var observations: String

  @Flag(help: "Fit nothing: compare the scenario as it is with the observations.")
  var evaluateOnly = false

  @Option(help: "The most runs of the scenario while fitting.")
  var maxEvaluations = 60

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
    guard (1...10_000).contains(maxEvaluations) else {
      throw ValidationError("--max-evaluations must be from 1 to 10,000")
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
    let report = try ReportFolder.open(
      folder, isOwn: { ["fit.csv", "calibrated.yaml"].contains($0) })
    let settings = simulation.settings
    var files: [(name: String, text: String)] = []
    let table: FitTable
    if evaluateOnly {
      display.stage("running \(scenario.id)")
      let run = try study(file) { () throws(StudyError) in
        try Study.run(scenario, settings: settings)
      }
      table = FitTable(observations: observed.observations, run: run)
    } else {
      display.stage(
        observed.matrixPriorWeight == nil
          ? "fitting \(plural(observed.parameters.count, "parameter"))"
          : "adjusting the demand to the counts")
      let result = try fit(scenario, observed, settings: settings, display: display)
      table = result.table
      let base = relativePath(from: folder, to: file)
      files.append(
        (
          "calibrated.yaml",
          CalibratedScenario.yaml(
            result, base: base, scenario: scenario, observations: observations,
            runSettings:
              "--seed \(settings.seed) --replications \(settings.replications) "
              + "--days \(NumberFormat.grouped(settings.days))")
        ))
      if !json { print(FitReport.parameters(result, names: scenario)) }
    }
    files.append(("fit.csv", FitReport.csv(table)))
    try report.write(files)
    let seconds = (clock.now - start).inSeconds
    display.finish("done in \(NumberFormat.fixed(seconds, decimals: 1)) s")
    if json {
      try printJSON(
        CalibrateJSON(scenario: scenario.id, table: table, seconds: seconds, folder: folder))
    } else {
      print(
        FitReport.text(table, names: scenario)
          + "Files: \(files.map { "\(folder)/\($0.name)" }.joined(separator: ", "))")
    }
    let validation = table.summary(.validate)
    if requireFit && validation.withinTolerance < validation.count {
      printError(
        "corridor: \(validation.count - validation.withinTolerance) of \(validation.count) "
          + "observations to validate are outside their tolerance")
      throw ExitCode.notFitted
    }
  }

  /// Fits the declared parameters, showing each run's objective; exit 65 when there is
  /// nothing to fit or the fitted scenario cannot run.
  private func fit(
    _ scenario: Scenario, _ observed: ObservationSet, settings: RunSettings,
    display: ProgressDisplay
  ) throws -> Calibration.Result {
    do {
      return try Calibration.fit(
        scenario, observations: observed.observations, parameters: observed.parameters,
        settings: settings, maximumEvaluations: maxEvaluations,
        matrixPriorWeight: observed.matrixPriorWeight
      ) { evaluation, objective in
        display.stage(
          "fitting: run \(evaluation), objective \(NumberFormat.significant(objective))")
      }
    } catch .nothingToFit(let why) {
      printError("corridor: error: \(observations): nothing to fit: \(why); or use --evaluate-only")
      throw ExitCode.dataError
    } catch .study(let error, let matrix) {
      if let matrix {
        // What the counts asked of the demand, though the scenario cannot carry it.
        FileHandle.standardError.write(Data(FitReport.matrix(matrix, scenario: scenario).utf8))
      }
      return try study(file) { () throws(StudyError) in throw error }
    }
  }
}

/// The path of `target` as seen from the folder `folder`, both relative to the working
/// directory or absolute.
func relativePath(from folder: String, to target: String) -> String {
  let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
  let goal = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
  var common = 0
  while common < min(base.count, goal.count) && base[common] == goal[common] { common += 1 }
  let up = Array(repeating: "..", count: base.count - common)
  return (up + goal[common...]).joined(separator: "/")
}

/// Loads an observations file for a scenario: exit 66 when it is missing, its diagnostics on
/// standard error and exit 65 when it has errors.
func loadObservations(_ path: String, for scenario: Scenario) throws -> ObservationSet {
  if !missingInputs([path]).isEmpty { throw ExitCode.noInput }
  let (set, diagnostics) = ObservationLoader.validate(path: path, for: scenario)
  for diagnostic in diagnostics { printError(diagnostic.description) }
  guard !diagnostics.contains(where: { $0.severity == .error }) else { throw ExitCode.dataError }
  return set
}
