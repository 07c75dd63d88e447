import CorridorAssignment
import CorridorModel
import CorridorSimulation
import CorridorStudy

/// The key findings of a brief: three to five sentences written from the numbers.
enum BriefFindings {
  static func sentences(base: BriefRun, variants: [(run: BriefRun, comparison: Comparison)])
    -> [String]
  {
    var out: [String] = []
    let routes = base.routes
    let total = max(base.scenario.totalTEUPerYear, 1e-12)
    let kpis = Dictionary(
      base.simulation.corridors.map { ($0.corridor, $0) }, uniquingKeysWith: { a, _ in a })
    if let top = base.scenario.corridors.map({ ($0, routes.teuPerYear(onCorridor: $0.name)) })
      .max(by: { ($0.1, $1.0.name) < ($1.1, $0.0.name) }), top.1 > 0
    {
      var sentence =
        "\(top.0.name) carries \(NumberFormat.grouped(top.1)) TEU a year, "
        + "\(NumberFormat.fixed(100 * top.1 / total, decimals: 0)) % of the demand"
      if let kpi = kpis[top.0.name] {
        sentence +=
          "; a consignment takes \(NumberFormat.fixed(kpi.transitHours.mean / 24, decimals: 1)) days "
          + "on average, and 1 in 20 takes more than "
          + "\(NumberFormat.fixed(kpi.p95TransitHours.mean / 24, decimals: 1)) days"
      }
      out.append(sentence + ".")
    }
    if variants.isEmpty {
      out += runFindings(base)
    } else {
      for (run, comparison) in variants {
        out += comparisonFindings(
          name: run.scenario.name, comparison: comparison, single: variants.count == 1)
      }
    }
    return Array(out.prefix(5))
  }

  private static func label(_ c: SimulationResult.CheckpointKPI) -> String {
    "\(c.node) (\(c.mode.rawValue)\(c.direction.map { ", \($0)" } ?? ""))"
  }

  private static func runFindings(_ run: BriefRun) -> [String] {
    let checkpoints = run.checkpointsBySlowest
    return [
      slowestCrossing(checkpoints), timeUse(run.simulation.meanTimeUse),
      busiestStage(checkpoints),
      throughput(
        run.simulation.throughputTEUPerYear, inTransit: run.simulation.inTransitTEUPerYear.mean,
        demand: run.scenario.totalTEUPerYear),
    ].compactMap { $0 }
  }

  /// The border post slowest to clear, among those that clear at least a unit a day when any
  /// does (a post that a route-choice spread leaves a few trucks a year says little).
  static func slowestCrossing(_ checkpoints: [SimulationResult.CheckpointKPI]) -> String? {
    let busy = checkpoints.filter { $0.unitsPerDay.mean >= 1 }
    guard
      let slowest = (busy.isEmpty ? checkpoints : busy).max(by: {
        ($0.clearanceHours.mean, $1.node.rawValue) < ($1.clearanceHours.mean, $0.node.rawValue)
      })
    else { return nil }
    return
      (busy.isEmpty || busy.count == checkpoints.count
      ? "The slowest border post is "
      : "Of the posts that clear at least one truck or train a day, the slowest is ")
      + "\(label(slowest)), at "
      + "\(NumberFormat.fixed(slowest.clearanceHours.mean, decimals: 1)) hours to clear on average "
      + "(1 in 20 units waits more than \(NumberFormat.fixed(slowest.p95ClearanceHours.mean, decimals: 1)) hours)."
  }

  /// Where transit time goes: moving against each kind of stop.
  static func timeUse(_ mean: (uses: [TimeUse: Double], transit: Double)) -> String? {
    guard mean.transit > 0 else { return nil }
    func share(_ use: TimeUse) -> String {
      NumberFormat.fixed(100 * (mean.uses[use] ?? 0) / mean.transit, decimals: 0) + " %"
    }
    return "Moving takes \(share(.running)) of transit time; the rest is stops: queueing "
      + "\(share(.queueing)), controls and transshipment \(share(.processing)), waiting for "
      + "sailings \(share(.waitingForSailing)) and dwelling at hubs \(share(.dwelling))."
  }

  /// The most loaded control stage of any crossing.
  static func busiestStage(_ checkpoints: [SimulationResult.CheckpointKPI]) -> String? {
    let stages = checkpoints.flatMap { c in
      c.stageUtilization.map { (c, $0.stage, $0.utilization.mean) }
    }
    guard
      let busiest = stages.max(by: { ($0.2, $1.0.node.rawValue) < ($1.2, $0.0.node.rawValue) })
    else { return nil }
    return "The most loaded control is the \(busiest.1) stage at \(label(busiest.0)), busy "
      + "\(NumberFormat.fixed(100 * busiest.2, decimals: 0)) % of its open hours"
      + (busiest.2 > 0.8 ? "; queues there grow fast with more traffic." : ".")
  }

  /// TEU delivered a year against the demand, and the freight still in transit at the end.
  static func throughput(_ throughput: ConfidenceInterval, inTransit: Double, demand: Double)
    -> String
  {
    "The simulated network delivers \(NumberFormat.grouped(throughput.mean)) TEU a year "
      + "(± \(NumberFormat.grouped(throughput.halfWidth.isFinite ? throughput.halfWidth : 0))) "
      + "against a demand of \(NumberFormat.grouped(demand)); another "
      + "\(NumberFormat.grouped(inTransit)) TEU a year set off and were still in transit when "
      + "the run ended."
  }

  /// One sentence per variant when there are several (the brief keeps five at most), two when
  /// there is one: the change in time to clear, and the largest shift of flow.
  static func comparisonFindings(name: String, comparison: Comparison, single: Bool)
    -> [String]
  {
    let crossings = comparison.rows.filter { $0.key.subject.checkpoint != nil }
    let faster = crossings.filter { $0.isSignificant && $0.difference.mean < 0 }
    let slower = crossings.filter { $0.isSignificant && $0.difference.mean > 0 }
    var clearance: String
    if let best = faster.min(by: { ($0.difference.mean, $0.key) < ($1.difference.mean, $1.key) }) {
      clearance =
        "\(name) shortens the time to clear at \(faster.count) of \(crossings.count) crossings "
        + "(95 % intervals exclude zero); most at \(best.key.subject.name): "
        + "\(NumberFormat.fixed(best.base, decimals: 1)) to \(NumberFormat.fixed(best.variant, decimals: 1)) hours "
        + "(\(NumberFormat.fixed(best.difference.mean, decimals: 1)) ± \(NumberFormat.fixed(best.difference.halfWidth, decimals: 1)), "
        + "\(NumberFormat.fixed(best.percent, decimals: 0)) %)"
    } else {
      clearance =
        "\(name) does not shorten the time to clear at any crossing by more than chance allows"
    }
    if !slower.isEmpty { clearance += "; it lengthens it at \(slower.count)" }
    var shift = "it moves no flow between the named corridors"
    if let largest = comparison.corridorFlows.max(by: {
      (abs($0.variant - $0.base), $1.corridor) < (abs($1.variant - $1.base), $0.corridor)
    }), abs(largest.variant - largest.base) >= 0.5 {
      shift =
        "flow on \(largest.corridor) \(largest.variant > largest.base ? "grows" : "falls") from "
        + "\(NumberFormat.grouped(largest.base)) to \(NumberFormat.grouped(largest.variant)) TEU a year"
    }
    let hubs = hubFinding(name: name, comparison: comparison).map { [$0] } ?? []
    if single {
      return hubs + [clearance + ".", shift.prefix(1).uppercased() + shift.dropFirst() + "."]
    }
    return hubs + [clearance + "; " + shift + "."]
  }

  /// For a variant whose hubs consolidate freight: the TEU through them and the change in
  /// generalized cost per TEU over all freight, with its interval.
  static func hubFinding(name: String, comparison: Comparison) -> String? {
    let hubs = comparison.hubFlows.filter { $0.variant > 0 }
    guard !hubs.isEmpty, let cost = comparison.rows.first(where: { $0.key == .networkCost })
    else { return nil }
    let busiest = hubs.map(\.variant).max() ?? 0
    let change =
      cost.isSignificant
      ? (cost.difference.mean < 0 ? "lowers" : "raises")
        + " the generalized cost of all freight by US$"
        + "\(NumberFormat.grouped(abs(cost.difference.mean))) ± "
        + "\(NumberFormat.fixed(cost.difference.halfWidth, decimals: 1)) per TEU"
      : "does not change the generalized cost of all freight by more than chance allows"
    return "\(name) consolidates up to \(NumberFormat.grouped(busiest)) TEU a year through its "
      + "hubs (\(hubs.map(\.hub.rawValue).joined(separator: ", "))) and \(change)."
  }
}
