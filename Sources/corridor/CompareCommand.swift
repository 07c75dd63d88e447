import ArgumentParser
import CorridorCalibration
import CorridorModel
import CorridorReports
import CorridorScenario
import CorridorStudy
import Foundation

/// `corridor compare BASE VARIANT...`: variants against a base, with common random numbers.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare variants with a base scenario, all run with the same random streams.",
    discussion: """
      For every checkpoint, corridor and OD pair: base, variant, the difference with its 95 % \
      interval over paired replications, and the percent change; and the shift of flow \
      between corridors. Writes comparison-<variant>.md and .csv, brief.html with every \
      variant, and report.xlsx with every table, to Reports/<base>/comparisons (or --out).
      """)

  @Argument(help: "The base scenario, then one or more variants (YAML).")
  var files: [String]

  @OptionGroup var simulation: SimulationArguments

  @OptionGroup var brief: BriefArguments

  @Option(help: "Report folder (default Reports/<base>/comparisons).")
  var out: String?

  @Option(help: "Observed figures to set the base beside: fit.csv and a section of the brief.")
  var observations: String?

  @Flag(help: "No progress messages on standard error.")
  var quiet = false

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  func validate() throws {
    guard files.count >= 2 else {
      throw ValidationError("give a base scenario and at least one variant")
    }
    guard simulation.replications >= 2 else {
      throw ValidationError("--replications must be at least 2 to give intervals of differences")
    }
  }

  func run() throws {
    let (scenarios, sourceFiles) = try loadAll()
    let agenda = try brief.agendaCorridors(of: scenarios[0])
    let observed = try observations.map { try loadObservations($0, for: scenarios[0]) }
    let folder = out ?? "Reports/\(scenarios[0].id)/comparisons"
    let report = try ReportFolder.open(folder) {
      $0 == "brief.html" || $0 == "fit.csv" || $0.hasPrefix("comparison-")
        || $0 == ReportWorkbook.fileName
    }
    let settings = simulation.settings
    let display = ProgressDisplay(enabled: !quiet, stages: 2 * scenarios.count + 1)
    var runs: [ScenarioRun] = []
    for (file, scenario) in zip(files, scenarios) {
      let progress = StudyProgress.display(display, file: file) { step in
        switch step {
        case .equilibrium(let scenario): "\(scenario.id): equilibrium routes"
        case .simulation(let scenario):
          "\(scenario.id): simulating \(settings.replications) replications"
        }
      }
      runs.append(
        try study(file) { () throws(StudyError) in
          try Study.run(scenario, settings: settings, progress: progress)
        })
    }
    let comparisons = Study.compare(base: runs[0], variants: runs.dropFirst())
    display.stage("writing the comparison to \(folder)/")
    var files: [(name: String, text: String)] = []
    var tables: [NamedTable] = []
    for (comparison, variant) in zip(comparisons, runs.dropFirst()) {
      files.append(
        (
          "comparison-\(comparison.variant).md",
          comparison.markdown(base: runs[0].scenario, variant: variant.scenario)
        ))
      tables.append(NamedTable("comparison-\(comparison.variant).csv", comparison.table))
    }
    let fit = observed.map { FitTable(observations: $0.observations, run: runs[0]) }
    let metadata = brief.metadata(files: sourceFiles)
    let html = Brief.html(
      base: runs[0], variants: zip(runs.dropFirst(), comparisons).map { (run: $0, comparison: $1) },
      metadata: metadata, fit: fit, phrasebook: try brief.phrasebook(), agendaCorridors: agenda)
    files.append(("brief.html", html))
    if let fit { tables.append(FitReport.namedTable(fit)) }
    let title = runs[0].scenario.name + " · " + comparisons.map(\.variant).joined(separator: ", ")
    try report.write(
      files + tables.map(\.file),
      binary: [try brief.workbook(tables, metadata: metadata, title: title)])
    if json {
      try printJSON(CompareJSON(base: runs[0].scenario.id, comparisons: comparisons))
    } else {
      print(
        ComparisonScreen.text(runs: runs, comparisons: comparisons, folder: folder),
        terminator: "")
    }
  }

  /// Loads every scenario, printing all their diagnostics, and checks that the variants'
  /// ids differ (their tables are named by them).
  private func loadAll() throws -> (scenarios: [Scenario], files: [String]) {
    if !missingInputs(files).isEmpty { throw ExitCode.noInput }
    var scenarios: [Scenario] = []
    var sourceFiles: [String] = []
    var failed = false
    for file in files {
      let report = ScenarioLoader.validate(path: file)
      for diagnostic in report.diagnostics { printError(diagnostic.description) }
      if let scenario = report.scenario, report.errors.isEmpty {
        scenarios.append(scenario)
        sourceFiles += report.files
      } else {
        failed = true
      }
    }
    if failed { throw ExitCode.dataError }
    var seen: [String: String] = [:]
    for (file, scenario) in zip(files, scenarios).dropFirst() {
      if let other = seen[scenario.id] {
        printError(
          "corridor: error: \(file): variant '\(scenario.id)' has the same scenario id as \(other); "
            + "each variant's tables are named by its id, so give each its own 'scenario:'")
        throw ExitCode.dataError
      }
      seen[scenario.id] = file
    }
    return (scenarios, sourceFiles)
  }
}
