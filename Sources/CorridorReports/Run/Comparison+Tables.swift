import CorridorModel
import CorridorStudy

extension Comparison {
  /// All rows as CSV.
  public var table: CSVTable {
    var table = CSVTable(
      header: [
        "kind", "key", "base", "variant", "difference", "difference_ci95", "percent_change",
        "significant",
      ])
    for row in rows {
      table.append([
        row.key.subject.kind, row.key.subject.name, CSVTable.number(row.base, decimals: 3),
        CSVTable.number(row.variant, decimals: 3),
        CSVTable.number(row.difference.mean, decimals: 3),
        row.difference.halfWidth.isFinite
          ? CSVTable.number(row.difference.halfWidth, decimals: 3) : "",
        CSVTable.number(row.percent, decimals: 2), row.isSignificant ? "yes" : "no",
      ])
    }
    return table
  }

  /// The comparison as Markdown, headed by the scenarios' names, the rows named as in the
  /// base scenario.
  public func markdown(base scenario: Scenario, variant: Scenario) -> String {
    var out = ["# \(Names.scenario(variant)) against \(Names.scenario(scenario))", ""]
    out.append(
      "Both scenarios run with the same random streams (common random numbers); a difference is "
        + "the variant minus the base per replication, with its 95 % interval. Hours to clear a crossing, "
        + "transit hours per consignment, and generalized cost per TEU (money plus value of time × "
        + "simulated transit).")
    out.append("")
    out.append("## Flow by corridor (TEU/year)")
    out.append("")
    out.append("| corridor | base | variant | change |")
    out.append("|---|---:|---:|---:|")
    for flow in corridorFlows {
      out.append(
        "| \(Names.corridor(named: flow.corridor, in: scenario)) | \(NumberFormat.grouped(flow.base)) | \(NumberFormat.grouped(flow.variant)) | "
          + "\(NumberFormat.grouped(flow.variant - flow.base)) |")
    }
    if !hubFlows.isEmpty {
      out.append("")
      out.append("## Freight consolidated through hubs (TEU/year)")
      out.append("")
      out.append("| hub | base | variant | change |")
      out.append("|---|---:|---:|---:|")
      for hub in hubFlows {
        out.append(
          "| \(Names.node(hub.hub, in: scenario)) | \(NumberFormat.grouped(hub.base)) | \(NumberFormat.grouped(hub.variant)) | "
            + "\(NumberFormat.grouped(hub.variant - hub.base)) |")
      }
    }
    out.append("")
    out.append("## Times (hours), costs (US$ per TEU and US$ a year) and CO2 (tonnes a year)")
    out.append("")
    out.append("| subject | measure | base | variant | difference (95 %) | change |")
    out.append("|---|---|---:|---:|---:|---:|")
    for row in rows {
      out.append(
        "| \(BriefWords.subject(row.key.subject, in: scenario)) | "
          + "\(BriefWords.measure(row.key.measure)) | \(NumberFormat.fixed(row.base, decimals: 2)) | \(NumberFormat.fixed(row.variant, decimals: 2)) | "
          + "\(NumberFormat.fixed(row.difference.mean, decimals: 2)) ± "
          + "\(row.difference.halfWidth.isFinite ? NumberFormat.fixed(row.difference.halfWidth, decimals: 2) : "–")"
          + "\(row.isSignificant ? "" : " (n.s.)") | \(NumberFormat.fixed(row.percent, decimals: 1)) % |"
      )
    }
    return out.joined(separator: "\n") + "\n"
  }
}

extension Comparison.Row {
  /// The difference with its 95 % interval, `-405 ± 3`, marked `n.s.` when the interval holds
  /// zero; with `plusSign`, a positive difference reads `+0.2 ± 0.4 n.s.`.
  func differenceText(decimals: Int, plusSign: Bool = false) -> String {
    NumberFormat.fixed(difference.mean, decimals: decimals, signed: plusSign) + " ± "
      + NumberFormat.fixed(difference.halfWidth, decimals: decimals)
      + (isSignificant ? "" : " n.s.")
  }
}
