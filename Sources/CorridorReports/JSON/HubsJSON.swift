import CorridorModel
import CorridorStudy
import HubLocationExact

/// The result of `corridor hubs`, as JSON (the keys of DESIGN.md) and as text.
public struct HubsJSON: Encodable, Sendable {
  var problem: String
  var source: String
  var status: String
  var reason: String?
  var objective: Double?
  var bound: Double?
  var gap: Double?
  /// Hub nodes, numbered from 1.
  var hubs: [Int]
  /// The scenario node ids of the hubs, for a scenario.
  var hubNames: [String]?
  /// The hub (numbered from 1) of each node; for multiple allocation, absent.
  var allocation: [Int]?
  var nodes: Int
  var seconds: Double
  /// How the bound was proven: Benders branch and cut, enumeration, or the heuristic alone.
  var method: String
  var rootBound: Double?
  var heuristicObjective: Double?
  /// The problem in words.
  var problemWords: String
  /// The objective's unit: `usd_per_year` for a scenario, `data` for AP and CAB files.
  var objectiveUnit: String
  /// The hubs as people read them (a scenario's node names and ids).
  var hubLabels: [String]?
  /// The plans simulated with `--evaluate`.
  public var evaluation: PlanEvaluationJSON?

  enum CodingKeys: String, CodingKey {
    case problem, source, status, reason, objective, bound, gap, hubs, allocation, nodes, seconds
    case method
    case hubNames = "hub_names"
    case rootBound = "root_bound"
    case heuristicObjective = "heuristic_objective"
    case problemWords = "problem_words"
    case objectiveUnit = "objective_unit"
    case hubLabels = "hub_labels"
    case evaluation
  }

  /// The output of a study's solve that took `seconds`.
  public init(study input: HubStudy, result: ExactHubResult, seconds: Double) {
    problem = input.problem.variant.rawValue
    source = input.source
    status = result.status.name
    if case .infeasible(let why) = result.status { reason = why }
    objective = result.objective
    bound = result.bound
    gap = result.gap
    hubs = result.hubs.map { $0 + 1 }
    hubNames = input.names.map { names in result.hubs.map { names[$0] } }
    allocation = input.problem.allocation == .single ? result.allocation?.map { $0 + 1 } : nil
    nodes = result.nodes
    self.seconds = seconds
    method =
      switch result.statistics.method {
      case .bendersBranchAndCut: "benders_branch_and_cut"
      case .enumeration: "enumeration"
      case .heuristicOnly: "heuristic_only"
      }
    rootBound = result.statistics.rootBound
    heuristicObjective = result.statistics.heuristicObjective
    problemWords = input.problem.variant.words
    objectiveUnit = input.costsInUSD ? "usd_per_year" : "data"
    hubLabels =
      input.costsInUSD
      ? input.names.map { names in result.hubs.map { input.displayName(of: NodeID(names[$0])) } }
      : nil
  }

  /// A few lines for the terminal.
  public var text: String {
    var lines = [
      problemWords.prefix(1).uppercased() + problemWords.dropFirst() + " (\(problem)): "
        + (objectiveUnit == "usd_per_year"
          ? "choose the hubs that carry the scenario's freight at the least cost a year"
          : "choose the hubs that minimise the cost of all flow routed through hubs"),
      "data        \(source)",
    ]
    lines.append("status      \(status)" + (reason.map { " (\($0))" } ?? ""))
    func amount(_ value: Double) -> String {
      objectiveUnit == "usd_per_year"
        ? "US$\(NumberFormat.grouped(value)) a year"
        : "\(NumberFormat.grouped(value, decimals: 2)) (the data's units: flow × distance)"
    }
    if let objective { lines.append("cost        \(amount(objective))") }
    if let bound, let gap {
      lines.append(
        "bound       \(amount(bound)): "
          + (gap <= 1e-6
            ? "no plan can cost less, so this plan is optimal"
            : "no plan costs less than this; the plan may be up to "
              + "\(NumberFormat.significant(100 * gap)) % above the best"))
    }
    if !hubs.isEmpty {
      lines.append(
        "hubs        "
          + ((hubLabels ?? hubNames).map { $0.joined(separator: ", ") }
            ?? "nodes " + hubs.map(String.init).joined(separator: ", ")))
    }
    lines.append("method      \(method.replacingOccurrences(of: "_", with: " ")), \(nodes) nodes")
    lines.append("seconds     \(NumberFormat.fixed(seconds, decimals: 2))")
    return lines.joined(separator: "\n") + "\n"
  }
}
