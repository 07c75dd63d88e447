import CorridorModel
import CorridorScenario
import Foundation
import HubLocation
import HubLocationExact

extension HubStudy {
  /// Places the hubs: the exact solver, proven optimal or with its gap when the time limit
  /// stops it.
  ///
  /// - Parameters:
  ///   - timeLimit: Seconds before returning the best plan found, or `nil` for none.
  ///   - lpExportPath: Where to write the branch-and-cut master model before it is solved.
  ///   - progress: Called with the solver's progress reports.
  /// - Throws: ``StudyError/invalidRequest(_:)`` when the solver refuses the problem,
  ///   ``StudyError/cannotWrite(_:)`` when the model cannot be written.
  public func placeHubs(
    timeLimit: Double? = nil, lpExportPath: String? = nil,
    progress: ((ExactHubProgress) -> Void)? = nil
  ) throws(StudyError) -> ExactHubResult {
    var options = ExactHubOptions(timeLimit: timeLimit)
    options.lpExportPath = lpExportPath
    do {
      return try ExactHubSolver(problem: problem, options: options).solve(progress: progress)
    } catch let error as HubModelError {
      throw .invalidRequest(error.message)
    } catch let error as ModelExportError {
      throw .cannotWrite("--write-lp: \(error.description)")
    } catch {
      throw .invalidRequest("\(error)")
    }
  }

  /// The annual cost of a plan, computed from the definitions independently of any solver,
  /// with the rules it breaks (capacities, the hub count, candidates, hubs kept open).
  ///
  /// - Parameter hubs: For single allocation, the hub of each node; for multiple allocation,
  ///   the hubs; numbered from 0.
  public func evaluate(_ hubs: [Int]) throws(StudyError) -> HubEvaluation {
    let evaluator = HubEvaluator(problem: problem)
    do {
      switch problem.allocation {
      case .single: return try evaluator.evaluate(singleAllocation: hubs)
      case .multiple: return try evaluator.evaluate(multipleAllocationHubs: hubs)
      }
    } catch {
      throw .invalidRequest(error.message)
    }
  }

  /// The evaluation of a solver's plan (see ``evaluate(_:)``), or `nil` when it has none.
  public func evaluate(_ result: ExactHubResult) throws(StudyError) -> HubEvaluation? {
    guard result.status.hasSolution else { return nil }
    switch problem.allocation {
    case .single:
      guard let allocation = result.allocation else { return nil }
      return try evaluate(allocation)
    case .multiple:
      return try evaluate(result.hubs)
    }
  }

  /// The plan as a scenario file that extends the input scenario, written to sit at `outPath`;
  /// `nil` when the data is not a scenario or the result has no solution.
  public func scenarioPlan(_ result: ExactHubResult, outPath: String) -> String? {
    guard let (scenario, hubs) = scenario, result.status.hasSolution else { return nil }
    let opened = result.hubs.map { hubs.nodes[$0] }
    let closed = hubs.candidates.subtracting(result.hubs).sorted().map { hubs.nodes[$0] }
    let base = URL(fileURLWithPath: path).standardizedFileURL
    let folder = URL(fileURLWithPath: outPath).standardizedFileURL.deletingLastPathComponent()
    let rule =
      switch problem.hubCount {
      case .exactly(let p): "\(p) hubs"
      case .fixedCosts: "as many hubs as their fixed costs pay for"
      }
    let words = problem.variant.words
    let proof =
      result.status == .optimal
      ? "no plan costs less (proven optimal)."
      : "no plan can cost less than US$\(NumberFormat.grouped(result.bound ?? .nan)) "
        + "(the search stopped before proving this plan the best)."
    let summary = [
      words.prefix(1).uppercased() + words.dropFirst() + " (\(problem.variant.rawValue)): "
        + "\(rule), among \(hubs.candidates.count) candidate sites, each place served by "
        + (problem.allocation == .single ? "one hub" : "any hub") + ", for "
        + Self.demandCovered(hubs, scenario: scenario) + ".",
      "Annual cost US$\(NumberFormat.grouped(result.objective ?? .nan)) " + Self.pricing(hubs)
        + "\(problem.paysFixedCosts ? ", hub fixed costs included" : "");",
      proof,
    ]
    return HubPlanFile(
      base: scenario, extendsPath: Self.relativePath(of: base, from: folder), opened: opened,
      closed: closed, summary: summary,
      scenarioID: URL(fileURLWithPath: outPath).deletingPathExtension().lastPathComponent
    ).text
  }

  /// The demand the instance routes through hubs, in words.
  static func demandCovered(_ hubs: ScenarioHubs, scenario: Scenario) -> String {
    let total = NumberFormat.grouped(scenario.totalTEUPerYear)
    guard hubs.valueOfTimeUSDPerTEUHour != nil else { return "\(total) TEU/year of demand" }
    return "the \(NumberFormat.grouped(hubs.instance.totalFlow)) TEU/year of its \(total) that "
      + "some hub route would carry more cheaply than its own best route"
  }

  /// How a scenario's instance prices freight, in words.
  static func pricing(_ hubs: ScenarioHubs) -> String {
    if let vot = hubs.valueOfTimeUSDPerTEUHour {
      return "in generalized cost (money plus US$\(NumberFormat.fixed(vot, decimals: 2)) per "
        + "TEU-hour), every TEU through the hubs by the equilibrium's routes and consolidated "
        + "services at free flow"
    }
    return "with collection and distribution at "
      + "US$\(NumberFormat.fixed(hubs.roadUSDPerTEUKm, decimals: 3))/TEU-km (road) and transfer "
      + "between hubs at US$\(NumberFormat.fixed(hubs.railUSDPerTEUKm, decimals: 3))/TEU-km (rail)"
  }

  /// Whether the data is a scenario, whose plan can be written as one.
  public var isScenario: Bool { scenario != nil }

  /// The path of `file` relative to `folder`, as `extends:` takes it.
  private static func relativePath(of file: URL, from folder: URL) -> String {
    let target = file.pathComponents
    let start = folder.pathComponents
    var common = 0
    while common < min(target.count, start.count) && target[common] == start[common] {
      common += 1
    }
    let up = Array(repeating: "..", count: start.count - common)
    return (up + target[common...]).joined(separator: "/")
  }
}

extension ExactHubStatus {
  /// The status word of the command-line contract: `optimal`, `feasible`, `infeasible` or
  /// `time_limit`.
  public var name: String {
    switch self {
    case .optimal: "optimal"
    case .feasible: "feasible"
    case .infeasible: "infeasible"
    case .timeLimitWithoutSolution: "time_limit"
    }
  }
}

extension HubRequest {
  /// The values the CAB inter-hub discount factor may take.
  public static let alphaRange = HubDataLimits.factor
  /// The longest time limit (seconds).
  public static let maximumTimeLimit = ExactHubOptions.maximumTimeLimit
}
