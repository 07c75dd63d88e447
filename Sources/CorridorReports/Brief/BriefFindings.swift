import CorridorAssignment
import CorridorModel
import CorridorSimulation
import CorridorStudy

/// The key findings of a brief: up to six sentences written from the numbers, each with its
/// interval, and the caveat it needs.
///
/// A finding that contradicts a plausibility rule (a what-if with more demand that shortens
/// the time to clear, say) is flagged as such rather than stated as a result.
enum BriefFindings {
  static func sentences(base: BriefRun, variants: [(run: BriefRun, comparison: Comparison)])
    -> [String]
  {
    var out: [String] = []
    if let top = busiestCorridor(base) { out.append(top) }
    if variants.isEmpty {
      out += runFindings(base)
    } else {
      for (run, comparison) in variants {
        out += comparisonFindings(
          base: base.scenario, variant: run.scenario, comparison: comparison,
          single: variants.count == 1)
      }
    }
    return Array(out.prefix(6))
  }

  /// The named corridor with most flow: its TEU, share and transit days with their interval.
  static func busiestCorridor(_ base: BriefRun) -> String? {
    let total = max(base.scenario.totalTEUPerYear, 1e-12)
    guard
      let top = base.scenario.corridors.map({ ($0, base.routes.teuPerYear(onCorridor: $0.name)) })
        .max(by: { ($0.1, $1.0.name) < ($1.1, $0.0.name) }), top.1 > 0
    else { return nil }
    let share = LocalNumber.fixed(100 * top.1 / total, decimals: 0)
    guard let kpi = base.simulation.corridors.first(where: { $0.corridor == top.0.name }) else {
      return t(
        "{0} carries {1} TEU a year, {2} % of the demand.", Names.of(top.0),
        LocalNumber.grouped(top.1), share)
    }
    return t(
      "{0} carries {1} TEU a year, {2} % of the demand; a consignment takes {3} days on average, and 1 in 20 takes more than {4} days.",
      Names.of(top.0), LocalNumber.grouped(top.1), share,
      BriefTables.plusMinus(kpi.transitHours, scale: 1 / 24, decimals: 1),
      LocalNumber.fixed(kpi.p95TransitHours.mean / 24, decimals: 1))
  }

  private static func runFindings(_ run: BriefRun) -> [String] {
    let checkpoints = run.checkpointsBySlowest
    return [
      slowestCrossing(checkpoints, scenario: run.scenario), timeUse(run.simulation.meanTimeUse),
      busiestStage(checkpoints, scenario: run.scenario),
      throughput(
        run.simulation.throughputTEUPerYear, inTransit: run.simulation.inTransitTEUPerYear.mean,
        demand: run.scenario.totalTEUPerYear),
    ].compactMap { $0 }
  }

  /// The border post slowest to clear, among those that clear at least a unit a day when any
  /// does (a post that a route-choice spread leaves a few trucks a year says little), with a
  /// caveat when its controls are the scenario's estimates.
  static func slowestCrossing(_ checkpoints: [SimulationResult.CheckpointKPI], scenario: Scenario)
    -> String?
  {
    let busy = checkpoints.filter { $0.unitsPerDay.mean >= 1 }
    guard
      let slowest = (busy.isEmpty ? checkpoints : busy).max(by: {
        ($0.clearanceHours.mean, $1.node.rawValue) < ($1.clearanceHours.mean, $0.node.rawValue)
      })
    else { return nil }
    let post = BriefTables.post(slowest, in: scenario)
    let hours = BriefTables.plusMinus(slowest.clearanceHours, decimals: 1)
    let p95 = LocalNumber.fixed(slowest.p95ClearanceHours.mean, decimals: 1)
    let sentence =
      busy.isEmpty || busy.count == checkpoints.count
      ? t(
        "The slowest border post is {0}, at {1} hours to clear on average (1 in 20 units waits more than {2} hours).",
        post, hours, p95)
      : t(
        "Of the posts that clear at least one truck or train a day, the slowest is {0}, at {1} hours to clear on average (1 in 20 units waits more than {2} hours).",
        post, hours, p95)
    guard scenario.provenance.estimated > 0 else { return sentence }
    return sentence + " "
      + t("Its controls and opening hours are the scenario's figures, some of them estimates.")
  }

  /// Where transit time goes: moving against each kind of stop.
  static func timeUse(_ mean: (uses: [TimeUse: Double], transit: Double)) -> String? {
    guard mean.transit > 0 else { return nil }
    func share(_ use: TimeUse) -> String {
      LocalNumber.percent(100 * (mean.uses[use] ?? 0) / mean.transit, decimals: 0)
    }
    return t(
      "Moving takes {0} of transit time; the rest is stops: queueing {1}, controls and transshipment {2}, waiting for sailings {3} and dwelling at hubs {4}.",
      share(.running), share(.queueing), share(.processing), share(.waitingForSailing),
      share(.dwelling))
  }

  /// The most loaded control stage of any border post.
  static func busiestStage(_ checkpoints: [SimulationResult.CheckpointKPI], scenario: Scenario)
    -> String?
  {
    let stages = checkpoints.flatMap { c in
      c.stageUtilization.map { (c, $0.stage, $0.utilization) }
    }
    guard
      let busiest = stages.max(by: {
        ($0.2.mean, $1.0.node.rawValue) < ($1.2.mean, $0.0.node.rawValue)
      })
    else { return nil }
    let text = t(
      "The most loaded control is {0} at {1}, busy {2} % of its open hours",
      t(busiest.1), BriefTables.post(busiest.0, in: scenario),
      BriefTables.plusMinus(busiest.2, scale: 100, decimals: 0))
    return text
      + (busiest.2.mean > 0.8 ? t("; queues there grow fast with more traffic.") : ".")
  }

  /// TEU delivered a year against the demand; the freight still on its way when the run ended
  /// is named as such, not as lost.
  static func throughput(_ throughput: ConfidenceInterval, inTransit: Double, demand: Double)
    -> String
  {
    t(
      "The simulated network delivers {0} TEU a year against a demand of {1}; the other {2} TEU a year had set off and were still on their way when the simulated period ended, which is not a loss.",
      BriefTables.plusMinus(throughput, decimals: 0), LocalNumber.grouped(demand),
      LocalNumber.grouped(inTransit))
  }
}
