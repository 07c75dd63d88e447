import ArgumentParser
import CorridorModel
import CorridorReports
import CorridorScenario
import CorridorStudy
import Foundation
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

  @Option(
    help: ArgumentHelp(
      "Scenario: simulate the K best plans (1 to 10) against the scenario as it is.",
      discussion:
        "The plans are the optimum and the next best, each found by excluding the plans found "
        + "before and solving again. Each is run through the equilibrium and the simulation "
        + "with the same random streams (--replications, --days, --seed); --write-scenario then "
        + "writes the plan with the lowest simulated cost per TEU."))
  var evaluate: Int?

  @OptionGroup var simulation: SimulationArguments

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
    if let alpha, !HubRequest.alphaRange.contains(alpha) {
      throw ValidationError("--alpha must be a number from 0 to 1000, found \(alpha)")
    }
    if let timeLimit, !(0...HubRequest.maximumTimeLimit).contains(timeLimit) {
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
    if let evaluate {
      guard scenario != nil else { throw ValidationError("--evaluate needs a scenario file") }
      guard (1...10).contains(evaluate) else {
        throw ValidationError("--evaluate takes 1 to 10 plans, found \(evaluate)")
      }
      guard simulation.replications >= 2 else {
        throw ValidationError("--replications must be at least 2 to give intervals of differences")
      }
    }
    if scenario != nil && (fixedCosts != nil || capacities != nil || candidates != nil) {
      throw ValidationError(
        "a scenario brings its own fixed costs, capacities and candidates; use --capacitated")
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let input = try hubStudy()
    // Every file read is an input, a scenario's bases included.
    if let writeScenario {
      try checkOutputFile(writeScenario, option: "--write-scenario", inputs: input.files)
    }
    if let writeLP { try checkOutputFile(writeLP, option: "--write-lp", inputs: input.files) }
    let display = ProgressDisplay(enabled: !quiet, stages: 3)
    var phase: Int?
    let result = try study(input.path) { () throws(StudyError) in
      try input.placeHubs(timeLimit: timeLimit, lpExportPath: writeLP) { report in
        if report.phase.rawValue != phase {
          phase = report.phase.rawValue
          display.stage(report.phase.rawValue + 1, HubProgressText.stage(report.phase))
        }
        display.status(HubProgressText.status(report))
      }
    }
    display.finish(HubProgressText.summary(result))
    if let writeLP, result.statistics.method != .bendersBranchAndCut {
      printError(
        "corridor: no model written to \(writeLP): the problem was settled without branch and "
          + "cut (by enumeration, or before the search), which builds no model")
    }
    if case .infeasible(let reason) = result.status {
      printError("corridor: the problem is infeasible: \(reason)")
    }
    let seconds = (clock.now - start).inSeconds
    var chosen = result
    var evaluation: (plans: [ExactHubResult], evaluation: PlanEvaluation)?
    if let evaluate, result.status.hasSolution {
      let evaluated = try evaluatePlans(input, count: evaluate, display: display)
      evaluation = evaluated
      if let best = evaluated.evaluation.chosen { chosen = evaluated.plans[best.index] }
    }
    if let writeScenario {
      try write(input.scenarioPlan(chosen, outPath: writeScenario), to: writeScenario)
    }
    var output = HubsJSON(study: input, result: result, seconds: seconds)
    if let evaluation {
      output.evaluation = PlanEvaluationJSON(evaluation.evaluation)
    }
    if json {
      try printJSON(output)
    } else {
      print(output.text, terminator: "")
      if let evaluation {
        print("")
        print(
          PlanEvaluationText.text(evaluation.evaluation) { input.displayName(of: $0) },
          terminator: "")
      }
    }
  }

  /// Writes the plan as a scenario, or says why there is none.
  private func write(_ plan: String?, to path: String) throws {
    guard let plan else {
      printError("corridor: no plan to write: the search found no solution")
      return
    }
    do {
      try FileManager.default.createDirectory(
        at: URL(fileURLWithPath: path).deletingLastPathComponent(),
        withIntermediateDirectories: true)
      try writeAtomically(plan, to: path)
    } catch {
      printError("corridor: error: cannot write the plan to \(path): \(error.localizedDescription)")
      throw ExitCode(73)
    }
  }
}

/// `--allocation single|multiple`.
enum HubAllocationArgument: String, ExpressibleByArgument, CaseIterable {
  case single, multiple
}
