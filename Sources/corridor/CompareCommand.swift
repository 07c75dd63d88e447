import ArgumentParser
import CorridorAssignment
import CorridorModel
import CorridorReports
import CorridorScenario
import CorridorSimulation
import Foundation

/// `corridor compare BASE VARIANT...`: variants against a base, with common random numbers.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare variants with a base scenario, all run with the same random streams.",
    discussion: """
      For every checkpoint, corridor and OD pair: base, variant, the difference with its 95 % \
      interval over paired replications, and the percent change; and the shift of flow \
      between corridors. Writes comparison-<variant>.md and .csv, and brief.html with every \
      variant, to Reports/<base>/comparisons (or --out).
      """)

  @Argument(help: "The base scenario, then one or more variants (YAML).")
  var files: [String]

  @OptionGroup var simulation: SimulationArguments

  @OptionGroup var brief: BriefArguments

  @Option(help: "Report folder (default Reports/<base>/comparisons).")
  var out: String?

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

  struct Run {
    var scenario: Scenario
    var assignment: CorridorAssignmentResult
    var routes: [CorridorAssignmentResult.Route]
    var simulation: SimulationResult
  }

  func run() throws {
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
    let folder = out ?? "Reports/\(scenarios[0].id)/comparisons"
    let report = try ReportFolder.open(folder) {
      $0 == "brief.html" || $0.hasPrefix("comparison-")
    }
    let options = simulation.options
    var runs: [Run] = []
    let progress = ProgressDisplay(enabled: !quiet, stages: 2 * scenarios.count + 1)
    for (file, scenario) in zip(files, scenarios) {
      progress.stage("\(scenario.id): equilibrium routes")
      let (assignment, routes) = try simulationRoutes(scenario, file: file, options: options)
      progress.stage("\(scenario.id): simulating \(options.replications) replications")
      runs.append(
        Run(
          scenario: scenario, assignment: assignment, routes: routes,
          simulation: CorridorSimulation.run(
            scenario, routes: routes, options: options, progress: progress.replications)))
    }
    let base = runs[0]
    let comparisons = runs.dropFirst().map {
      Comparison(
        base: base.scenario, baseRoutes: base.routes, baseSimulation: base.simulation,
        variant: $0.scenario,
        variantRoutes: $0.routes, variantSimulation: $0.simulation)
    }
    progress.stage("writing the comparison to \(folder)/")
    var files: [(name: String, text: String)] = []
    for comparison in comparisons {
      files.append(("comparison-\(comparison.variant).md", comparison.markdown))
      files.append(("comparison-\(comparison.variant).csv", comparison.table.text))
    }
    func briefRun(_ run: Run) -> BriefRun {
      BriefRun(scenario: run.scenario, assignment: run.assignment, simulation: run.simulation)
    }
    files.append(
      (
        "brief.html",
        Brief.html(
          base: briefRun(base),
          variants: zip(runs.dropFirst(), comparisons).map { (briefRun($0), $1) },
          metadata: brief.metadata(files: sourceFiles))
      ))
    try report.write(files)
    if json {
      try printJSON(CompareJSON(base: base.scenario.id, comparisons: comparisons))
      return
    }
    for comparison in comparisons {
      print(
        "\(comparison.variant) against \(comparison.base) (difference ± 95 % interval; n.s. = not significant)"
      )
      var table = TextTable(
        headers: ["checkpoint", "base h", "variant h", "difference", "change"],
        alignments: [.left, .right, .right, .right, .right])
      for row in comparison.rows
      where row.key.hasPrefix("checkpoint") && (row.isSignificant || abs(row.percent) >= 1) {
        table.append([
          String(row.key.dropFirst("checkpoint ".count)), NumberFormat.fixed(row.base, decimals: 2),
          NumberFormat.fixed(row.variant, decimals: 2),
          "\(NumberFormat.fixed(row.difference.mean, decimals: 2)) ± \(NumberFormat.fixed(row.difference.halfWidth, decimals: 2))\(row.isSignificant ? "" : " n.s.")",
          NumberFormat.fixed(row.percent, decimals: 1) + " %",
        ])
      }
      print(table.render())
      let shifts = comparison.corridorFlows.filter { abs($0.variant - $0.base) >= 1 }
      if !shifts.isEmpty {
        print("")
        print("Flow shifts between corridors (TEU/year)")
        for shift in shifts {
          print(
            "  \(shift.corridor): \(NumberFormat.grouped(shift.base)) → \(NumberFormat.grouped(shift.variant))"
          )
        }
      }
      print("")
    }
    for run in runs {
      if let note = OverloadNote.text(run.simulation) { print("\(run.scenario.id): \(note)") }
    }
    print("Written to \(folder)/")
  }
}

/// The `--json` output of `corridor compare`.
struct CompareJSON: Encodable {
  struct Variant: Encodable {
    struct Row: Encodable {
      var key: String
      var base: Double
      var variant: Double
      var difference: Double
      var differenceCI95: Double?
      var percent: Double
      var significant: Bool
      enum CodingKeys: String, CodingKey {
        case key, base, variant, difference, percent, significant
        case differenceCI95 = "difference_ci95"
      }
    }
    var variant: String
    var rows: [Row]
  }

  var base: String
  var variants: [Variant]

  init(base: String, comparisons: [Comparison]) {
    self.base = base
    variants = comparisons.map { comparison in
      Variant(
        variant: comparison.variant,
        rows: comparison.rows.map {
          Variant.Row(
            key: $0.key, base: $0.base, variant: $0.variant, difference: $0.difference.mean,
            differenceCI95: $0.difference.halfWidth.isFinite ? $0.difference.halfWidth : nil,
            percent: $0.percent,
            significant: $0.isSignificant)
        })
    }
  }
}
