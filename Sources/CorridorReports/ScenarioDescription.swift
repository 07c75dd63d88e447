import CorridorModel

/// The readable summary of a scenario that `corridor describe` prints.
public enum ScenarioDescription {
  /// Renders the summary as plain text with aligned tables.
  public static func render(_ summary: ScenarioSummary) -> String {
    var out: [String] = []
    let year = summary.year.map { " (\($0))" } ?? ""
    out.append("Scenario \(summary.scenario): \(summary.name)\(year)")
    if !summary.description.isEmpty { out.append(summary.description) }
    if !summary.measures.isEmpty {
      out.append("Measures applied: \(summary.measures.joined(separator: ", "))")
    }
    out.append("")
    let nodeTotal = summary.nodesByKind.values.reduce(0, +)
    let nodeKinds = NodeKind.allCases.compactMap { kind in
      summary.nodesByKind[kind.rawValue].map { "\($0) \(kind.rawValue)" }
    }
    out.append(
      "Nodes: \(nodeTotal) (\(nodeKinds.joined(separator: ", "))) in "
        + "\(summary.countries.count) countries: \(summary.countries.joined(separator: ", "))")
    let linkTotal = summary.linksByMode.values.reduce(0, +)
    let linkModes = Mode.allCases.compactMap { mode in
      summary.linksByMode[mode.rawValue].map { count in
        "\(count) \(mode.rawValue) (\(NumberFormat.grouped(summary.linkKmByMode[mode.rawValue] ?? 0)) km)"
      }
    }
    out.append("Links: \(linkTotal) directed: \(linkModes.joined(separator: ", "))")
    out.append("")

    if !summary.corridors.isEmpty {
      out.append("Corridors (fastest free-flow route through the waypoints, no queueing)")
      var table = TextTable(
        headers: ["corridor", "from", "to", "km", "hours", "days", "checkpoints passed"],
        alignments: [.left, .left, .left, .right, .right, .right, .left])
      for line in summary.corridors {
        table.append([
          line.name, line.from, line.to, line.km.map { NumberFormat.grouped($0) } ?? "no path",
          line.freeFlowHours.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
          line.freeFlowHours.map { NumberFormat.fixed($0 / 24, decimals: 1) } ?? "",
          line.checkpoints.joined(separator: " "),
        ])
      }
      out.append(table.render())
      out.append("")
    }

    if !summary.checkpoints.isEmpty {
      out.append(
        "Border checkpoints (service = mean hours per unit over the stages, "
          + "probability-weighted; observed = CAREC CPMM TFI1)")
      var table = TextTable(
        headers: [
          "node", "countries", "mode", "direction", "stages", "lanes", "service h", "fee $/TEU",
          "open h/wk", "observed h",
        ],
        alignments: [.left, .left, .left, .left, .right, .right, .right, .right, .right, .right])
      for line in summary.checkpoints {
        table.append([
          line.node, line.countries, line.mode, line.direction, "\(line.stages)", "\(line.lanes)",
          NumberFormat.fixed(line.meanServiceHours, decimals: 2),
          NumberFormat.grouped(line.feeUSDPerTEU), NumberFormat.grouped(line.openHoursPerWeek),
          line.observedClearanceHours.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
        ])
      }
      out.append(table.render())
      out.append("")
    }

    out.append(
      "Demand: \(NumberFormat.grouped(summary.teuPerYear)) TEU/year "
        + "(\(NumberFormat.grouped(summary.tonnesPerYear)) t at "
        + "\(NumberFormat.fixed(summary.tonnesPerTEU, decimals: 1)) t/TEU)")
    var table = TextTable(
      headers: ["commodity", "OD pairs", "TEU/year", "value of time $/TEU-h"],
      alignments: [.left, .right, .right, .right])
    for line in summary.commodities {
      table.append([
        line.name, "\(line.odPairs)", NumberFormat.grouped(line.teuPerYear),
        NumberFormat.fixed(line.valueOfTimeUSDPerTEUHour, decimals: 2),
      ])
    }
    out.append(table.render())
    return out.joined(separator: "\n") + "\n"
  }
}
