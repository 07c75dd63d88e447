import CorridorAssignment
import CorridorModel
import CorridorSimulation
import CorridorStudy

/// `summary.md`: the run's key tables in Markdown.
enum RunSummary {
  static func markdown(
    scenario: Scenario, assignment: CorridorAssignmentResult,
    routes: [AssignedRoute],
    simulation: SimulationResult, gateways: GatewayFlows
  ) -> String {
    var out = header(scenario: scenario, assignment: assignment, simulation: simulation)
    out += corridors(scenario: scenario, routes: routes, simulation: simulation)
    out += GatewayTables.markdown(gateways, scenario: scenario)
    out += CrossingTables.markdown(simulation)
    out += crossings(simulation)
    out += timeUse(simulation)
    out.append("")
    out.append(
      "Tables: `corridors.csv`, `gateways.csv`, `crossings.csv`, `checkpoints.csv`, `od-pairs.csv`, `time-use.csv`, `link-flows.csv`, "
        + "`routes.csv`, `skims.csv`; map layers: `network.geojson`. Methods: docs/methods.md.")
    return out.joined(separator: "\n") + "\n"
  }

  /// The title, the run's settings, any overload caveat and the measures applied.
  private static func header(
    scenario: Scenario, assignment: CorridorAssignmentResult, simulation: SimulationResult
  ) -> [String] {
    var out: [String] = []
    out.append("# \(scenario.name)")
    out.append("")
    if !scenario.description.isEmpty {
      out.append(scenario.description)
      out.append("")
    }
    let options = simulation.options
    out.append(
      "Scenario `\(scenario.id)`\(scenario.year.map { ", year \($0)" } ?? ""). Demand "
        + "\(NumberFormat.grouped(scenario.totalTEUPerYear)) TEU/year. Routes: freight-flow equilibrium at relative gap "
        + "\(NumberFormat.scientific(assignment.equilibrium.final?.relativeGap ?? .nan)). Simulation: "
        + "\(simulation.replicationCount) replications of \(NumberFormat.grouped(options.days)) days after "
        + "\(NumberFormat.grouped(options.warmUpDays)) days of warm-up, seed \(options.seed); ± is the half-width of "
        + "the 95 % interval over replications.")
    if let note = OverloadNote.text(simulation) {
      out.append("")
      out.append("**\(note)**")
    }
    if !scenario.appliedMeasures.isEmpty {
      out.append("")
      let list = scenario.appliedMeasures.map {
        "**\($0.name)**" + ($0.description.isEmpty ? "" : " — \($0.description)")
      }.joined(separator: "; ")
      out.append("Measures: " + list + (list.hasSuffix(".") ? "" : "."))
    }
    return out
  }

  /// Flow and transit per named corridor.
  private static func corridors(
    scenario: Scenario, routes: [AssignedRoute], simulation: SimulationResult
  ) -> [String] {
    var out: [String] = []
    out.append("")
    out.append("## Corridors")
    out.append("")
    out.append(
      "A route counts on a corridor when it passes the corridor's defining segment in order, "
        + "wherever it starts and ends; routes that pass it in reverse count the other way. "
        + "Corridors may share routes, so their shares need not add up; the gateway table "
        + "partitions the demand.")
    out.append("")
    out.append("| corridor | TEU/year | share | transit days | p95 days | other way TEU/year |")
    out.append("|---|---:|---:|---:|---:|---:|")
    let kpis = Dictionary(
      simulation.corridors.map { ($0.corridor, $0) }, uniquingKeysWith: { a, _ in a })
    for corridor in scenario.corridors {
      let teu = routes.teuPerYear(onCorridor: corridor.name)
      let kpi = kpis[corridor.name]
      out.append(
        "| \(Names.of(corridor)) | \(NumberFormat.grouped(teu)) | "
          + "\(NumberFormat.fixed(100 * teu / max(scenario.totalTEUPerYear, 1e-12), decimals: 1)) % | "
          + (kpi.map {
            "\(NumberFormat.fixed($0.transitHours.mean / 24, decimals: 1)) ± \(NumberFormat.fixed($0.transitHours.halfWidth / 24, decimals: 1))"
          } ?? "–")
          + " | "
          + (kpi.map { NumberFormat.fixed($0.p95TransitHours.mean / 24, decimals: 1) } ?? "–")
          + " | \(NumberFormat.grouped(routes.teuPerYear(against: corridor))) |")
    }
    return out
  }

  /// Time and cost to clear each crossing, slowest first.
  private static func crossings(_ simulation: SimulationResult) -> [String] {
    var out: [String] = []
    out.append("")
    out.append("## Border posts, one by one (time and cost to clear one post)")
    out.append("")
    out.append(
      "| border post | mode | direction | hours to clear | p95 hours | units/day | fee USD/TEU | busiest stage load | mean queue |"
    )
    out.append("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for c in simulation.checkpoints.sorted(by: { $0.clearanceHours.mean > $1.clearanceHours.mean })
    {
      let busiest = c.stageUtilization.max { $0.utilization.mean < $1.utilization.mean }
      let cleared = c.units > 0
      out.append(
        "| \(Names.node(c.node, in: simulation.scenario)) | \(BriefWords.family(c.mode)) | "
          + "\(BriefWords.directionOrBoth(c.direction)) | "
          + (cleared
            ? "\(NumberFormat.fixed(c.clearanceHours.mean, decimals: 2)) ± \(NumberFormat.fixed(c.clearanceHours.halfWidth.isFinite ? c.clearanceHours.halfWidth : 0, decimals: 2)) | "
              + "\(NumberFormat.fixed(c.p95ClearanceHours.mean, decimals: 1)) | "
            : "none cleared | – | ")
          + NumberFormat.fixed(c.unitsPerDay.mean, decimals: 1) + " | "
          + "\(NumberFormat.grouped(c.feeUSDPerTEU)) | "
          + (busiest.map {
            "\($0.stage) \(NumberFormat.fixed(100 * $0.utilization.mean, decimals: 0)) %"
          } ?? "–") + " | "
          + "\(NumberFormat.fixed(c.meanQueue.mean, decimals: 1)) |")
    }
    return out
  }

  /// Hours per consignment by use.
  private static func timeUse(_ simulation: SimulationResult) -> [String] {
    var out: [String] = []
    out.append("")
    out.append("## Where transit time goes (hours per consignment)")
    out.append("")
    out.append("| use | hours | share |")
    out.append("|---|---:|---:|")
    let mean = simulation.meanTimeUse
    let transit = mean.transit
    for use in TimeUse.allCases {
      let hours = mean.uses[use] ?? 0
      out.append(
        "| \(BriefWords.timeUse(use)) | \(NumberFormat.fixed(hours, decimals: 1)) | \(NumberFormat.fixed(100 * hours / max(transit, 1e-12), decimals: 1)) % |"
      )
    }
    return out
  }
}
