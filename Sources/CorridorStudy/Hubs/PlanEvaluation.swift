import CorridorModel
import CorridorScenario
import CorridorSimulation
import Foundation
import HubLocationExact

/// Hub plans run through the equilibrium and the simulation beside their base scenario, all
/// with the same random streams, so that their effects can be told apart.
public struct PlanEvaluation: Sendable {
  /// One plan and its effects.
  public struct Plan: Sendable {
    /// Its place in the optimizer's ranking, from 1.
    public var rank: Int
    /// The hubs it opens.
    public var hubs: [NodeID]
    /// The optimizer's cost of the plan (the objective, US$ a year for a scenario).
    public var optimizerCost: Double
    /// The plan's scenario against the base: KPIs with paired 95 % intervals.
    public var comparison: Comparison
    /// The plan's run.
    public var run: ScenarioRun

    /// A KPI of the comparison, when both runs measured it.
    public func row(_ key: ResultKey) -> Comparison.Row? {
      comparison.rows.first { $0.key == key }
    }

    /// TEU a year that ride a consolidated service.
    public var consolidatedTEUPerYear: Double {
      run.routes.reduce(0) { $0 + ($1.serviceLegs.isEmpty ? 0 : $1.teuPerYear) }
    }

    /// The crossing whose time to clear changed most, significantly, if any.
    public var largestClearanceChange: Comparison.Row? {
      Self.largestClearanceChange(in: comparison.rows)
    }

    /// Among `rows`, the crossing's time to clear that changed most, significantly; a
    /// crossing's other figures (its cost and CO2 a year, its cost per TEU) are not times.
    static func largestClearanceChange(in rows: [Comparison.Row]) -> Comparison.Row? {
      rows.filter {
        guard case .crossing = $0.key.subject, $0.key.measure == .clearanceHours else {
          return false
        }
        return $0.isSignificant
      }.max { abs($0.difference.mean) < abs($1.difference.mean) }
    }
  }

  /// The base scenario's run.
  public var base: ScenarioRun
  /// The plans in the optimizer's order.
  public var plans: [Plan]

  /// The plan with the lowest simulated generalized cost per TEU, and whether its lead over
  /// the next is significant (the paired interval of their difference excludes zero).
  public var chosen: (index: Int, isSignificant: Bool)? {
    let costs = plans.map { $0.run.replicationKPIs[.networkCost] ?? [] }
    let means = costs.map { values -> Double in
      let finite = values.filter(\.isFinite)
      return finite.isEmpty ? .infinity : finite.reduce(0, +) / Double(finite.count)
    }
    guard let best = means.indices.min(by: { means[$0] < means[$1] }), means[best].isFinite
    else { return nil }
    let others = means.indices.filter { $0 != best }
    // A single plan leads nothing.
    guard let next = others.min(by: { means[$0] < means[$1] }) else { return (best, false) }
    let pairs = zip(costs[best], costs[next]).filter { $0.0.isFinite && $0.1.isFinite }
    let difference = ConfidenceInterval(observations: pairs.map { $0.0 - $0.1 })
    return (best, difference.observations > 1 && difference.upper < 0)
  }
}

extension HubStudy {
  /// Runs each plan, written as the scenario `--write-scenario` would write, and the base
  /// scenario through the equilibrium and the simulation with the same settings and random
  /// streams.
  ///
  /// - Throws: ``StudyError`` when the data is not a scenario, a plan's scenario does not
  ///   load, or a run fails.
  public func evaluatePlans(
    _ results: [ExactHubResult], settings: RunSettings, progress: StudyProgress = .silent
  ) throws(StudyError) -> PlanEvaluation {
    guard let (scenario, hubs) = scenario else {
      throw .invalidRequest("only a scenario's plans can be simulated; give a scenario file")
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("corridor-plans-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    var variants: [Scenario] = []
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for (i, result) in results.enumerated() {
        let path = folder.appendingPathComponent("plan-\(i + 1).yaml").path
        guard let text = scenarioPlan(result, outPath: path) else { continue }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        variants.append(try ScenarioLoader.load(path: path).scenario)
      }
    } catch let error as ScenarioError {
      throw .unreadable(error.description)
    } catch {
      throw .cannotWrite("the plans' scenarios in \(folder.path): \(error.localizedDescription)")
    }
    let (runs, comparisons) = try Study.compare(
      base: scenario, variants: variants, settings: settings, progress: progress)
    let plans = zip(results, zip(comparisons, runs.dropFirst())).enumerated().map {
      i, item in
      PlanEvaluation.Plan(
        rank: i + 1, hubs: item.0.hubs.map { hubs.nodes[$0] },
        optimizerCost: item.0.objective ?? .nan, comparison: item.1.0, run: item.1.1)
    }
    return PlanEvaluation(base: runs[0], plans: plans)
  }
}
