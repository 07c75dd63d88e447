import ArgumentParser
import CorridorModel
import CorridorScenario
import Foundation
import HubLocation
import HubLocationExact

/// `corridor hubs`: exact hub location on OR-Library AP or CAB data, or for a scenario.
struct HubsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hubs",
    abstract: "Place hubs: exact hub location, proven optimal or with its gap.",
    discussion: """
      Three sources of data: OR-Library AP files (--ap, with --fixed-costs and --capacities \
      files for the fixed-cost and capacitated variants), the CAB data (--cab with --n and \
      --alpha), or a scenario (its candidate hubs, demand and mode costs). Without --p the \
      number of hubs follows from the fixed costs. The status is optimal (the bound equals \
      the objective to 1e-6), feasible (a time limit stopped the search: see the gap), \
      infeasible (with the reason) or time_limit (no solution found in time). Hubs and \
      allocations are numbered from 1, as in the OR-Library files.
      """)

  @Argument(help: "A scenario file (YAML), instead of --ap or --cab.")
  var scenario: String?

  @Option(help: "An OR-Library AP file (n, coordinates, flows, p, chi, alpha, delta).")
  var ap: String?

  @Option(help: "The CAB data file (AMPL 'param: W C' table).")
  var cab: String?

  @Option(help: "CAB: the first N cities (2 to 25).")
  var n: Int?

  @Option(help: "CAB: the inter-hub transfer discount factor alpha.")
  var alpha: Double?

  @Option(help: "The number of hubs (AP: default from the file when no fixed costs are given).")
  var p: Int?

  @Option(name: .customLong("fixed-costs"), help: "A file of hub fixed costs, one per node.")
  var fixedCosts: String?

  @Option(help: "A file of hub capacities on collected flow, one per node.")
  var capacities: String?

  @Flag(help: "Scenario: bound each hub's load by its capacity_teu_per_year.")
  var capacitated = false

  @Option(help: "single or multiple allocation.")
  var allocation: HubAllocationArgument = .single

  @Option(
    name: .customLong("keep-open"),
    help: "A hub that must stay open: a node number from 1 (AP, CAB) or a node id (scenario).")
  var keepOpen: [String] = []

  @Option(help: "Only these nodes may become hubs, numbers from 1, comma-separated (AP, CAB).")
  var candidates: String?

  @Option(name: .customLong("time-limit"), help: "Seconds before returning the best plan found.")
  var timeLimit: Double?

  @Option(
    name: .customLong("write-lp"),
    help: "Write the branch-and-cut master model, before it is solved (CPLEX LP format).")
  var writeLP: String?

  @Option(
    name: .customLong("write-scenario"),
    help: "Scenario: write the plan as a scenario that extends the input (its id: the file name).")
  var writeScenario: String?

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  @Flag(help: "Show no progress on standard error.")
  var quiet = false

  func validate() throws {
    let sources = [scenario != nil, ap != nil, cab != nil].filter { $0 }.count
    guard sources == 1 else {
      throw ValidationError("give exactly one of: a scenario file, --ap FILE, --cab FILE")
    }
    if cab != nil && (n == nil || alpha == nil || p == nil) {
      throw ValidationError("--cab needs --n, --p and --alpha")
    }
    if cab == nil && (n != nil || alpha != nil) {
      throw ValidationError(
        "--n and --alpha are for --cab; an AP file or a scenario brings its own")
    }
    if let alpha, !HubDataLimits.factor.contains(alpha) {
      throw ValidationError("--alpha must be a number from 0 to 1000, found \(alpha)")
    }
    if let timeLimit, !(0...ExactHubOptions.maximumTimeLimit).contains(timeLimit) {
      throw ValidationError(
        "--time-limit must be a number of seconds from 0 to 10^9, found \(timeLimit)")
    }
    if p != nil && fixedCosts != nil {
      throw ValidationError(
        "--p and --fixed-costs choose different problems: p hubs, or as many as the fixed costs make worth it"
      )
    }
    if capacitated && scenario == nil {
      throw ValidationError("--capacitated is for a scenario; give --capacities FILE with --ap")
    }
    if writeScenario != nil && scenario == nil {
      throw ValidationError("--write-scenario needs a scenario file")
    }
    if scenario != nil && (fixedCosts != nil || capacities != nil || candidates != nil) {
      throw ValidationError(
        "a scenario brings its own fixed costs, capacities and candidates; use --capacitated")
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let input = try HubInput.load(self)
    // Every file read is an input, a scenario's bases included.
    if let writeScenario {
      try checkOutputFile(writeScenario, option: "--write-scenario", inputs: input.files)
    }
    if let writeLP { try checkOutputFile(writeLP, option: "--write-lp", inputs: input.files) }
    var options = ExactHubOptions(timeLimit: timeLimit)
    options.lpExportPath = writeLP
    let result: ExactHubResult
    do {
      let display = ProgressDisplay(enabled: !quiet, stages: 3)
      var phase: ExactHubProgress.Phase?
      result = try ExactHubSolver(problem: input.problem, options: options).solve { report in
        if report.phase != phase {
          phase = report.phase
          display.stage(report.phase.rawValue + 1, HubProgressText.stage(report.phase))
        }
        display.status(HubProgressText.status(report))
      }
      display.finish(HubProgressText.summary(result))
    } catch let error as HubModelError {
      printError("corridor: error: \(input.path): \(error.message)")
      throw ExitCode.dataError
    } catch let error as ModelExportError {
      printError("corridor: error: --write-lp: \(error.description)")
      throw ExitCode(73)
    }
    if let writeLP, result.statistics.method != .bendersBranchAndCut {
      printError(
        "corridor: no model written to \(writeLP): the problem was settled without branch and "
          + "cut (by enumeration, or before the search), which builds no model")
    }
    if case .infeasible(let reason) = result.status {
      printError("corridor: the problem is infeasible: \(reason)")
    }
    if let writeScenario, let plan = input.scenarioPlan(result, outPath: writeScenario) {
      do {
        try FileManager.default.createDirectory(
          at: URL(fileURLWithPath: writeScenario).deletingLastPathComponent(),
          withIntermediateDirectories: true)
        try writeAtomically(plan, to: writeScenario)
      } catch {
        printError(
          "corridor: error: cannot write the plan to \(writeScenario): \(error.localizedDescription)"
        )
        throw ExitCode(73)
      }
    }
    let seconds = (clock.now - start).inSeconds
    let output = HubsJSON(input: input, result: result, seconds: seconds)
    if json {
      try printJSON(output)
    } else {
      print(output.text, terminator: "")
    }
  }
}

/// `--allocation single|multiple`.
enum HubAllocationArgument: String, ExpressibleByArgument, CaseIterable {
  case single, multiple

  var allocation: HubAllocation { self == .single ? .single : .multiple }
}
