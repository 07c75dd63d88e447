import ArgumentParser
import CorridorModel
import CorridorReports
import CorridorScenario
import Foundation
import HubLocation
import HubLocationExact

/// The hub problem a `corridor hubs` command describes, with what is needed to report it.
struct HubInput {
  /// The problem to solve.
  var problem: HubProblem
  /// Where the data came from, for the report.
  var source: String
  /// The main data file (AP, CAB or scenario), which messages about the problem name.
  var path: String
  /// Every file read, a scenario's bases included.
  var files: [String] = []
  /// The scenario and its hub instance, when the data is a scenario.
  var scenario: (scenario: Scenario, path: String, hubs: ScenarioHubs)?

  /// Reads the command's data and builds the problem; exit 66 for a missing file, 65 for bad
  /// data, each with a message.
  static func load(_ command: HubsCommand) throws -> HubInput {
    let files = [command.ap, command.cab, command.fixedCosts, command.capacities, command.scenario]
      .compactMap { $0 }
    if !missingInputs(files).isEmpty { throw ExitCode.noInput }
    do {
      if let path = command.scenario {
        return try fromScenario(path, command)
      }
      var instance: HubInstance
      var defaultP: Int?
      var source: String
      let path: String
      if let ap = command.ap {
        let file = try APFile(path: ap)
        instance = file.instance
        defaultP = file.hubCount
        source = ap
        path = ap
      } else if let cab = command.cab, let n = command.n, let alpha = command.alpha {
        let file = try CABFile(path: cab)
        instance = try located(cab) { () throws(HubModelError) in
          try file.instance(cities: n, alpha: alpha)
        }
        source = "\(cab) (first \(n) cities, alpha \(alpha))"
        path = cab
      } else {
        throw ValidationError("give a scenario, --ap or --cab")
      }
      let count = instance.nodeCount
      if let costs = command.fixedCosts {
        let values = try NodeValuesFile(path: costs, count: count).values
        let base = instance
        instance = try located(costs) { () throws(HubModelError) in
          try base.withFixedCosts(values)
        }
      }
      if let capacities = command.capacities {
        let values = try NodeValuesFile(path: capacities, count: count).values
        let base = instance
        instance = try located(capacities) { () throws(HubModelError) in
          try base.withCapacities(values)
        }
      }
      let keep = try Set(
        command.keepOpen.map { try nodeNumber($0, count: count, what: "--keep-open") })
      let candidates = try command.candidates.map { list in
        try Set(
          list.split(separator: ",", omittingEmptySubsequences: false).map {
            try nodeNumber(String($0), count: count, what: "--candidates")
          })
      }
      let rule: HubCountRule =
        command.fixedCosts != nil ? .fixedCosts : .exactly(command.p ?? defaultP ?? 0)
      let problem = try located(path) { () throws(HubModelError) in
        try HubProblem(
          instance: instance, allocation: command.allocation.allocation, hubCount: rule,
          capacitated: command.capacities != nil, fixedOpen: keep, candidates: candidates)
      }
      return HubInput(
        problem: problem, source: source, path: path,
        files: [command.ap, command.cab, command.fixedCosts, command.capacities].compactMap { $0 },
        scenario: nil)
    } catch let error as HubDataError {
      printError(error.description)
      throw ExitCode.dataError
    } catch let error as HubModelError {
      printError("corridor: error: \(error.message)")
      throw ExitCode.dataError
    }
  }

  /// Runs `body`, naming `path` in a model error it throws.
  private static func located<T>(_ path: String, _ body: () throws(HubModelError) -> T)
    throws(HubDataError) -> T
  {
    do {
      return try body()
    } catch {
      throw HubDataError(file: path, line: 0, error.message)
    }
  }

  private static func fromScenario(_ path: String, _ command: HubsCommand) throws -> HubInput {
    let (scenario, files) = try loadScenarioWithFiles(path)
    let keep = command.keepOpen.map { NodeID($0) }
    let hubs = try located(path) { () throws(HubModelError) in
      try ScenarioHubs(scenario: scenario, keepOpen: keep)
    }
    let rule: HubCountRule = command.p.map { .exactly($0) } ?? .fixedCosts
    let problem = try located(path) { () throws(HubModelError) in
      try HubProblem(
        instance: hubs.instance, allocation: command.allocation.allocation, hubCount: rule,
        capacitated: command.capacitated, fixedOpen: hubs.fixedOpen, candidates: hubs.candidates)
    }
    return HubInput(
      problem: problem, source: path, path: path, files: files, scenario: (scenario, path, hubs))
  }

  /// A node number from 1 to `count`, as 0-based.
  private static func nodeNumber(_ text: String, count: Int, what: String) throws -> Int {
    guard let number = Int(text.trimmingCharacters(in: .whitespaces)), (1...count).contains(number)
    else {
      throw HubModelError("\(what) takes node numbers from 1 to \(count); found '\(text)'")
    }
    return number - 1
  }

  /// The node names of the problem, when it has them (a scenario's node ids).
  var names: [String]? { problem.instance.names }

  /// The plan as a scenario file extending the input, or `nil` (reported) without a solution.
  func scenarioPlan(_ result: ExactHubResult, outPath: String) -> String? {
    guard let (scenario, path, hubs) = scenario else { return nil }
    guard result.status.hasSolution else {
      printError("corridor: no plan to write: the search found no solution")
      return nil
    }
    let opened = result.hubs.map { hubs.nodes[$0] }
    let closed = hubs.candidates.subtracting(result.hubs).sorted().map { hubs.nodes[$0] }
    let base = URL(fileURLWithPath: path).standardizedFileURL
    let folder = URL(fileURLWithPath: outPath).standardizedFileURL.deletingLastPathComponent()
    let rule =
      switch problem.hubCount {
      case .exactly(let p): "\(p) hubs"
      case .fixedCosts: "as many hubs as their fixed costs pay for"
      }
    let summary = [
      "\(problem.variant.rawValue): \(problem.allocation == .single ? "single" : "multiple") "
        + "allocation, \(rule), among \(hubs.candidates.count) candidate sites, for "
        + "\(NumberFormat.grouped(scenario.totalTEUPerYear)) TEU/year of demand.",
      "Annual cost US$\(NumberFormat.grouped(result.objective ?? .nan)) with collection and "
        + "distribution at US$\(NumberFormat.fixed(hubs.roadUSDPerTEUKm, decimals: 3))/TEU-km "
        + "(road) and transfer between hubs at US$\(NumberFormat.fixed(hubs.railUSDPerTEUKm, decimals: 3))/TEU-km "
        + "(rail)\(problem.paysFixedCosts ? ", hub fixed costs included" : "");",
      "status \(HubsJSON.statusName(result.status)), proven bound US$\(NumberFormat.grouped(result.bound ?? .nan)).",
    ]
    return HubPlanFile(
      base: scenario, extendsPath: relativePath(of: base, from: folder), opened: opened,
      closed: closed, summary: summary,
      scenarioID: URL(fileURLWithPath: outPath).deletingPathExtension().lastPathComponent
    ).text
  }

  /// The path of `file` relative to `folder`, as `extends:` takes it.
  private func relativePath(of file: URL, from folder: URL) -> String {
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
