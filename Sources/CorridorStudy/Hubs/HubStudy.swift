import CorridorModel
import Foundation
import HubLocation
import HubLocationExact

/// A hub-location problem built from a request, ready to solve or to evaluate plans on.
public struct HubStudy: Sendable {
  /// The problem.
  public let problem: HubProblem
  /// Where the data came from, for reports.
  public let source: String
  /// The main data file, which messages about the problem name.
  public let path: String
  /// Every file read, a scenario's bases included.
  public let files: [String]
  /// The scenario and its hub instance, when the data is a scenario.
  let scenario: (scenario: Scenario, hubs: ScenarioHubs)?

  /// Reads the request's data and builds its problem.
  ///
  /// - Throws: ``StudyError/unreadable(_:)`` with a message naming the file (and line) when
  ///   the data is malformed or does not make a valid problem.
  public init(_ request: HubRequest) throws(StudyError) {
    do {
      switch request.source {
      case .scenario(let scenario, let path, let files):
        let keep = request.keepOpen.map { NodeID($0) }
        let hubs = try Self.located(path) { () throws(HubModelError) in
          guard scenario.settings.consolidation != nil else {
            return try ScenarioHubs(scenario: scenario, keepOpen: keep)
          }
          let costs = try HubCosts(scenario: scenario, keepOpen: keep)
          return try ScenarioHubs(
            scenario: scenario, keepOpen: keep, costs: costs.matrix,
            valueOfTimeUSDPerTEUHour: costs.valueOfTime, keepsFlow: costs.goesThroughHubs)
        }
        let rule: HubCountRule = request.hubCount.map { .exactly($0) } ?? .fixedCosts
        problem = try Self.located(path) { () throws(HubModelError) in
          try HubProblem(
            instance: hubs.instance, allocation: request.allocation, hubCount: rule,
            capacitated: request.capacitated, fixedOpen: hubs.fixedOpen,
            candidates: hubs.candidates)
        }
        (source, self.path, self.files, self.scenario) = (path, path, files, (scenario, hubs))
      case .ap, .cab:
        let (problem, source) = try Self.fileProblem(request)
        (self.problem, self.source) = (problem, source)
        (path, files, scenario) = (request.path, request.dataFiles, nil)
      }
    } catch let error as HubDataError {
      throw .unreadable(error.description)
    } catch let error as HubModelError {
      throw .unreadable("corridor: error: \(error.message)")
    } catch {
      throw .unreadable("corridor: error: \(error)")
    }
  }

  /// The names of the nodes, when the problem has them (a scenario's node ids).
  public var names: [String]? { problem.instance.names }

  /// A scenario node as people read it, "Almaty logistics hub (ALM-LC)"; the id alone when
  /// the data is not a scenario or has no such node.
  public func displayName(of id: NodeID) -> String {
    guard let node = scenario?.scenario.node(id) else { return id.rawValue }
    return "\(node.name) (\(id))"
  }

  /// Whether the objective is in US$ a year (a scenario) rather than the data's own units.
  public var costsInUSD: Bool { scenario != nil }

  /// The problem of AP or CAB data, and a description of its source.
  private static func fileProblem(_ request: HubRequest) throws -> (HubProblem, String) {
    var instance: HubInstance
    var defaultP: Int?
    let source: String
    switch request.source {
    case .ap(let path):
      let file = try APFile(path: path)
      (instance, defaultP, source) = (file.instance, file.hubCount, path)
    case .cab(let path, let cities, let alpha):
      let file = try CABFile(path: path)
      instance = try located(path) { () throws(HubModelError) in
        try file.instance(cities: cities, alpha: alpha)
      }
      source = "\(path) (first \(cities) cities, alpha \(alpha))"
    case .scenario:
      throw HubModelError("a scenario's hubs are not read from files")
    }
    let count = instance.nodeCount
    if let costs = request.fixedCostsPath {
      let values = try NodeValuesFile(path: costs, count: count).values
      let base = instance
      instance = try located(costs) { () throws(HubModelError) in try base.withFixedCosts(values) }
    }
    if let capacities = request.capacitiesPath {
      let values = try NodeValuesFile(path: capacities, count: count).values
      let base = instance
      instance = try located(capacities) { () throws(HubModelError) in
        try base.withCapacities(values)
      }
    }
    let keep = try Set(
      request.keepOpen.map { try nodeNumber($0, count: count, what: "--keep-open") })
    let candidates = try request.candidates.map { list in
      try Set(
        list.split(separator: ",", omittingEmptySubsequences: false).map {
          try nodeNumber(String($0), count: count, what: "--candidates")
        })
    }
    let rule: HubCountRule =
      request.fixedCostsPath != nil ? .fixedCosts : .exactly(request.hubCount ?? defaultP ?? 0)
    let final = instance
    let problem = try located(request.path) { () throws(HubModelError) in
      try HubProblem(
        instance: final, allocation: request.allocation, hubCount: rule,
        capacitated: request.capacitiesPath != nil, fixedOpen: keep, candidates: candidates)
    }
    return (problem, source)
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

  /// A node number from 1 to `count`, as 0-based.
  private static func nodeNumber(_ text: String, count: Int, what: String) throws(HubModelError)
    -> Int
  {
    guard let number = Int(text.trimmingCharacters(in: .whitespaces)), (1...count).contains(number)
    else {
      throw HubModelError("\(what) takes node numbers from 1 to \(count); found '\(text)'")
    }
    return number - 1
  }
}

extension HubRequest {
  /// The allocation rule asked for.
  var allocation: HubAllocation { multipleAllocation ? .multiple : .single }
}
