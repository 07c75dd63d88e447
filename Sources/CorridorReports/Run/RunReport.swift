import CorridorAssignment
import CorridorModel
import CorridorSimulation
import CorridorStudy

/// The files of a scenario run: summary.md and its CSV tables.
public enum RunReport {
  private static func cell(_ ci: ConfidenceInterval, decimals: Int = 2) -> [String] {
    [
      CSVTable.number(ci.mean, decimals: decimals),
      ci.halfWidth.isFinite ? CSVTable.number(ci.halfWidth, decimals: decimals) : "",
    ]
  }

  /// Named corridors: share of demand from the equilibrium, transit from the simulation.
  public static func corridors(
    _ scenario: Scenario, routes: [AssignedRoute], simulation: SimulationResult
  ) -> CSVTable {
    var table = CSVTable(
      header: [
        "corridor", "teu_per_year", "share_of_demand", "transit_hours", "transit_hours_ci95",
        "transit_days",
        "p95_transit_hours", "consignments_per_year", "teu_per_year_other_way",
      ])
    let kpis = Dictionary(
      simulation.corridors.map { ($0.corridor, $0) }, uniquingKeysWith: { a, _ in a })
    let total = scenario.totalTEUPerYear
    for corridor in scenario.corridors {
      let teu = routes.teuPerYear(onCorridor: corridor.name)
      let kpi = kpis[corridor.name]
      table.append(
        [
          corridor.name, CSVTable.number(teu, decimals: 0),
          CSVTable.number(total > 0 ? teu / total : 0, decimals: 4),
        ]
          + (kpi.map { cell($0.transitHours, decimals: 1) } ?? ["", ""])
          + [
            kpi.map { CSVTable.number($0.transitHours.mean / 24, decimals: 1) } ?? "",
            kpi.map { CSVTable.number($0.p95TransitHours.mean, decimals: 1) } ?? "",
            kpi.map {
              CSVTable.number($0.consignments * 365 / simulation.options.days, decimals: 0)
            } ?? "",
            CSVTable.number(routes.teuPerYear(against: corridor), decimals: 0),
          ])
    }
    return table
  }

  /// Checkpoints: the CAREC CPMM indicators (time and cost to clear) with utilisation and queues.
  public static func checkpoints(_ simulation: SimulationResult) -> CSVTable {
    var table = CSVTable(
      header: [
        "checkpoint", "mode", "direction", "clear_hours", "clear_hours_ci95", "p95_clear_hours",
        "fee_usd_per_teu", "busiest_stage", "busiest_utilization", "mean_queue", "max_queue",
        "consignments", "units_per_day", "blocking_lane_hours_per_day",
      ])
    for c in simulation.checkpoints {
      let busiest = c.stageUtilization.max { $0.utilization.mean < $1.utilization.mean }
      // No clearance time where no consignment cleared (an overloaded run): empty cells.
      let cleared = c.units > 0
      table.append(
        [c.node.rawValue, c.mode.rawValue, c.direction?.description ?? "both"]
          + (cleared ? cell(c.clearanceHours) : ["", ""])
          + [
            cleared ? CSVTable.number(c.p95ClearanceHours.mean, decimals: 2) : "",
            CSVTable.number(c.feeUSDPerTEU, decimals: 2), busiest?.stage ?? "",
            busiest.map { CSVTable.number($0.utilization.mean, decimals: 4) } ?? "",
            CSVTable.number(c.meanQueue.mean, decimals: 2), "\(c.maxQueue)",
            CSVTable.number(c.units, decimals: 0),
            CSVTable.number(c.unitsPerDay.mean, decimals: 2),
            CSVTable.number(c.blockingHoursPerDay, decimals: 2),
          ])
    }
    return table
  }

  /// OD pairs: transit time, speeds with and without delay, money and CO2 per TEU.
  public static func odPairs(_ simulation: SimulationResult) -> CSVTable {
    var table = CSVTable(
      header: [
        "commodity", "origin", "destination", "transit_hours", "transit_hours_ci95",
        "p95_transit_hours",
        "speed_with_delay_kmh", "speed_without_delay_kmh", "money_usd_per_teu", "co2_kg_per_teu",
      ])
    for od in simulation.odPairs {
      table.append(
        [od.commodity.rawValue, od.origin.rawValue, od.destination.rawValue]
          + cell(od.transitHours, decimals: 1)
          + [
            CSVTable.number(od.p95TransitHours.mean, decimals: 1),
            CSVTable.number(od.speedWithDelayKmh, decimals: 2),
            CSVTable.number(od.speedWithoutDelayKmh, decimals: 2),
            CSVTable.number(od.moneyUSDPerTEU, decimals: 2),
            CSVTable.number(od.co2KgPerTEU, decimals: 1),
          ])
    }
    return table
  }

  /// Where transit time goes, hours per consignment, mean over replications.
  public static func timeUse(_ simulation: SimulationResult) -> CSVTable {
    var table = CSVTable(header: ["use", "hours_per_consignment", "share"])
    let mean = simulation.meanTimeUse
    let transit = mean.transit
    for use in TimeUse.allCases {
      let hours = mean.uses[use] ?? 0
      table.append([
        use.name, CSVTable.number(hours, decimals: 3),
        CSVTable.number(transit > 0 ? hours / transit : 0, decimals: 4),
      ])
    }
    return table
  }

  /// Whether `name` is a file of a run's report (replaced or dropped by the next run).
  public static func isOwnFile(_ name: String) -> Bool {
    [
      "summary.md", "brief.html", "fit.csv", "corridors.csv", "gateways.csv", "crossings.csv",
      "checkpoints.csv", "od-pairs.csv",
      "time-use.csv", "link-flows.csv", "routes.csv", "skims.csv", "network.geojson",
      ReportWorkbook.fileName,
    ].contains(name)
  }

  /// The report's tables, each with its CSV file's name: the CSV files and the workbook's
  /// sheets are both made from them.
  public static func tables(_ run: ScenarioRun) -> [NamedTable] {
    let simulation = run.simulation
    return [
      NamedTable(
        "corridors.csv", corridors(run.scenario, routes: run.routes, simulation: simulation)),
      NamedTable("gateways.csv", GatewayTables.csv(run.gatewayFlows)),
      NamedTable("crossings.csv", CrossingTables.csv(simulation)),
      NamedTable("checkpoints.csv", checkpoints(simulation)),
      NamedTable("od-pairs.csv", odPairs(simulation)),
      NamedTable("time-use.csv", timeUse(simulation)),
      NamedTable("link-flows.csv", AssignmentTables.linkFlows(run.assignment)),
      NamedTable("routes.csv", AssignmentTables.routes(run.routes)),
      NamedTable("skims.csv", AssignmentTables.skims(run.routes)),
    ]
  }

  /// Every text file of the report, by name: summary.md, the CSV files of `tables` (by
  /// default ``tables(_:)``) and network.geojson.
  public static func files(_ run: ScenarioRun, tables: [NamedTable]? = nil) -> [(
    name: String, text: String
  )] {
    let summary = RunSummary.markdown(
      scenario: run.scenario, assignment: run.assignment, routes: run.routes,
      simulation: run.simulation, gateways: run.gatewayFlows)
    let geojson = NetworkGeoJSON.text(
      scenario: run.scenario, assignment: run.assignment, simulation: run.simulation)
    return [("summary.md", summary)] + (tables ?? Self.tables(run)).map(\.file)
      + [("network.geojson", geojson)]
  }
}
