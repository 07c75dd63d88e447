import CorridorModel
import CorridorSimulation
import CorridorStudy

/// The plain-text summary of a corridor simulation.
public enum SimulationReport {
  private static func interval(_ ci: ConfidenceInterval, decimals: Int = 1) -> String {
    guard ci.observations > 0 else { return "" }
    let mean = NumberFormat.fixed(ci.mean, decimals: decimals)
    return ci.halfWidth.isFinite
      ? "\(mean) ± \(NumberFormat.fixed(ci.halfWidth, decimals: decimals))" : mean
  }

  /// Renders the checkpoint table, the time use and the OD transit table.
  public static func text(_ run: ScenarioRun) -> String {
    text(run.simulation, scenario: run.scenario)
  }

  /// Renders the checkpoint table, the time use and the OD transit table of a simulation.
  static func text(_ result: SimulationResult, scenario: Scenario) -> String {
    var out: [String] = []
    out.append(
      "\(Names.scenario(scenario)): \(result.replicationCount) replications of "
        + "\(NumberFormat.grouped(result.options.days)) days after \(NumberFormat.grouped(result.options.warmUpDays)) days of warm-up; "
        + "95 % intervals over replications")
    out.append(
      "Throughput: \(interval(result.throughputTEUPerYear, decimals: 0)) TEU/year delivered; "
        + "\(interval(result.inTransitTEUPerYear, decimals: 0)) TEU/year more set off and were "
        + "on the way when the run ended")
    out.append("")
    out.append("Border posts: time to clear one post and utilisation of the busiest stage")
    out.append(checkpoints(result).render())
    out.append("")
    out += RunScreen.wholeCrossings(result)
    if !result.gaugeChanges.isEmpty {
      out.append(
        "Gauge changes (utilisation of the transshipment crews): "
          + result.gaugeChanges.map {
            "\(Names.node($0.node, in: scenario)) \(interval($0.utilization, decimals: 2))"
          }
          .joined(separator: ", "))
      out.append("")
    }
    out.append("Where transit time goes (hours per consignment, mean over replications)")
    out.append(timeUse(result).render())
    out.append("")
    if !result.corridors.isEmpty {
      out.append("Transit by named corridor (hours per consignment)")
      out.append(corridors(result).render())
      out.append("")
    }
    out.append(
      "Transit by OD pair (hours; speeds in km/h with and without delay; money and CO2 per TEU)")
    out.append(odPairs(result).render())
    if let note = OverloadNote.text(result) {
      out.append("")
      out.append(note)
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func checkpoints(_ result: SimulationResult) -> TextTable {
    var table = TextTable(
      headers: [
        "border post", "mode", "direction", "consignments", "clear h", "p95 h", "units/day",
        "busiest",
        "util.", "mean queue", "max queue",
      ],
      alignments: [
        .left, .left, .left, .right, .right, .right, .right, .left, .right, .right, .right,
      ])
    for c in result.checkpoints {
      let busiest = c.stageUtilization.max { $0.utilization.mean < $1.utilization.mean }
      table.append([
        Names.node(c.node, in: result.scenario), BriefWords.family(c.mode),
        BriefWords.directionOrBoth(c.direction), NumberFormat.grouped(c.units),
        interval(c.clearanceHours, decimals: 2), interval(c.p95ClearanceHours, decimals: 1),
        NumberFormat.fixed(c.unitsPerDay.mean, decimals: 1),
        busiest?.stage ?? "",
        busiest.map { NumberFormat.fixed($0.utilization.mean, decimals: 2) } ?? "",
        interval(c.meanQueue, decimals: 1), "\(c.maxQueue)",
      ])
    }
    return table
  }

  static func timeUse(_ result: SimulationResult) -> TextTable {
    let mean = result.meanTimeUse
    var useTable = TextTable(
      headers: ["use", "hours", "share"], alignments: [.left, .right, .right])
    let transit = mean.transit
    for use in TimeUse.allCases {
      let hours = mean.uses[use] ?? 0
      useTable.append([
        BriefWords.timeUse(use), NumberFormat.fixed(hours, decimals: 1),
        NumberFormat.fixed(100 * hours / max(transit, 1e-12), decimals: 1) + " %",
      ])
    }
    useTable.append(["transit", NumberFormat.fixed(transit, decimals: 1), "100.0 %"])
    return useTable
  }

  static func corridors(_ result: SimulationResult) -> TextTable {
    var corridorTable = TextTable(
      headers: ["corridor", "consignments", "transit h", "days", "p95 h"],
      alignments: [.left, .right, .right, .right, .right])
    for kpi in result.corridors {
      corridorTable.append([
        Names.corridor(named: kpi.corridor, in: result.scenario),
        NumberFormat.grouped(kpi.consignments), interval(kpi.transitHours),
        NumberFormat.fixed(kpi.transitHours.mean / 24, decimals: 1),
        interval(kpi.p95TransitHours),
      ])
    }
    return corridorTable
  }

  static func odPairs(_ result: SimulationResult) -> TextTable {
    var odTable = TextTable(
      headers: [
        "commodity", "from", "to", "transit h", "p95 h", "SWD", "SWOD", "USD/TEU", "kg CO2/TEU",
      ],
      alignments: [.left, .left, .left, .right, .right, .right, .right, .right, .right])
    for od in result.odPairs {
      odTable.append([
        result.scenario.commodities.first { $0.id == od.commodity }.map(Names.of)
          ?? od.commodity.rawValue,
        Names.node(od.origin, in: result.scenario), Names.node(od.destination, in: result.scenario),
        interval(od.transitHours),
        interval(od.p95TransitHours), NumberFormat.fixed(od.speedWithDelayKmh, decimals: 1),
        NumberFormat.fixed(od.speedWithoutDelayKmh, decimals: 1),
        NumberFormat.grouped(od.moneyUSDPerTEU),
        NumberFormat.grouped(od.co2KgPerTEU),
      ])
    }
    return odTable
  }
}
