import CorridorAssignment
import CorridorModel

/// The tables of a corridor assignment: link flows, checkpoints, routes, skims, select link.
public enum AssignmentTables {
  /// Annual TEU on every scenario link, by commodity.
  public static func linkFlows(_ result: CorridorAssignmentResult) -> CSVTable {
    let scenario = result.corridorNetwork.scenario
    var table = CSVTable(
      header: ["link", "from", "to", "mode", "km"] + scenario.commodities.map { "teu_\($0.id)" }
        + ["teu_total", "capacity_teu_per_year", "utilization"])
    for (l, flows) in result.linkFlows().enumerated() {
      let link = scenario.links[l]
      let total = flows.reduce(0, +)
      let capacity = link.effectiveCapacityTEUPerYear
      table.append(
        [
          link.id.rawValue, link.from.rawValue, link.to.rawValue, link.mode.rawValue,
          CSVTable.number(link.distanceKm),
        ]
          + flows.map { CSVTable.number($0, decimals: 1) }
          + [
            CSVTable.number(total, decimals: 1), capacity.map { CSVTable.number($0) } ?? "",
            capacity.map { CSVTable.number(total / $0, decimals: 4) } ?? "",
          ])
    }
    return table
  }

  /// Every checkpoint process: load by commodity, mean time, stage utilisation.
  public static func checkpoints(_ result: CorridorAssignmentResult) -> CSVTable {
    let scenario = result.corridorNetwork.scenario
    var table = CSVTable(
      header: ["checkpoint", "mode", "direction"] + scenario.commodities.map { "teu_\($0.id)" }
        + ["teu_total", "mean_hours", "fee_usd_per_teu", "busiest_stage", "busiest_utilization"])
    for load in result.checkpointLoads() {
      let busiest = load.stageUtilization.max { $0.utilization < $1.utilization }
      table.append(
        [load.node.rawValue, load.mode.rawValue, load.direction?.description ?? "both"]
          + load.teuByCommodity.map { CSVTable.number($0, decimals: 1) }
          + [
            CSVTable.number(load.teuByCommodity.reduce(0, +), decimals: 1),
            CSVTable.number(load.meanHours, decimals: 3), CSVTable.number(load.feeUSDPerTEU),
            busiest?.stage ?? "",
            busiest.map { CSVTable.number($0.utilization, decimals: 4) } ?? "",
          ])
    }
    return table
  }

  /// Every route of every OD pair with its share.
  public static func routes(_ routes: [AssignedRoute]) -> CSVTable {
    var table = CSVTable(
      header: [
        "commodity", "origin", "destination", "share", "teu_per_year", "hours", "money_usd",
        "generalized_cost_usd", "km", "corridors", "checkpoints", "nodes",
      ])
    for r in routes {
      table.append([
        r.commodity.rawValue, r.origin.rawValue, r.destination.rawValue,
        CSVTable.number(r.share, decimals: 6),
        CSVTable.number(r.teuPerYear, decimals: 1), CSVTable.number(r.hours, decimals: 3),
        CSVTable.number(r.moneyUSD, decimals: 2),
        CSVTable.number(r.generalizedCostUSD, decimals: 2),
        CSVTable.number(r.km, decimals: 1), r.corridors.joined(separator: "; "),
        r.checkpoints.map(\.rawValue).joined(separator: " "),
        r.nodes.map(\.rawValue).joined(separator: " "),
      ])
    }
    return table
  }

  /// OD skims: flow-weighted mean hours, money, generalized cost and km per commodity.
  public static func skims(_ routes: [AssignedRoute]) -> CSVTable {
    var table = CSVTable(
      header: [
        "commodity", "origin", "destination", "teu_per_year", "hours", "money_usd",
        "generalized_cost_usd", "km",
      ])
    var order: [String] = []
    var groups: [String: [AssignedRoute]] = [:]
    for r in routes {
      let key = "\(r.commodity)|\(r.origin)|\(r.destination)"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(r)
    }
    for key in order {
      guard let group = groups[key], let first = group.first else { continue }
      let total = group.reduce(0) { $0 + $1.teuPerYear }
      func mean(_ value: (AssignedRoute) -> Double) -> Double {
        total > 0 ? group.reduce(0) { $0 + $1.teuPerYear * value($1) } / total : value(first)
      }
      table.append([
        first.commodity.rawValue, first.origin.rawValue, first.destination.rawValue,
        CSVTable.number(total, decimals: 1), CSVTable.number(mean(\.hours), decimals: 3),
        CSVTable.number(mean(\.moneyUSD), decimals: 2),
        CSVTable.number(mean(\.generalizedCostUSD), decimals: 2),
        CSVTable.number(mean(\.km), decimals: 1),
      ])
    }
    return table
  }

  /// The OD pairs passing a checkpoint and their TEU on it.
  public static func selectLink(_ result: CorridorAssignmentResult, checkpoint: NodeID) -> CSVTable
  {
    var table = CSVTable(header: [
      "checkpoint", "commodity", "origin", "destination", "teu_per_year",
    ])
    for entry in result.selectLink(checkpoint: checkpoint) {
      table.append([
        checkpoint.rawValue, entry.commodity.rawValue, entry.origin.rawValue,
        entry.destination.rawValue,
        CSVTable.number(entry.teuPerYear, decimals: 1),
      ])
    }
    return table
  }
}
