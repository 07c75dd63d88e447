import CorridorModel
import CorridorStudy

/// The demand by gateway, as CSV and as a Markdown section.
public enum GatewayTables {
  /// `gateway,direction,teu_per_year,share`: every TEU once, at its first border crossing.
  public static func csv(_ flows: GatewayFlows) -> CSVTable {
    var table = CSVTable(header: ["gateway", "direction", "teu_per_year", "share"])
    for line in flows.lines {
      table.append([
        line.gateway.name ?? "none", line.gateway.direction?.description ?? "",
        CSVTable.number(line.teuPerYear, decimals: 1), CSVTable.number(line.share, decimals: 4),
      ])
    }
    return table
  }

  /// The section of `summary.md`, whose shares add up to 100 %.
  static func markdown(_ flows: GatewayFlows, scenario: Scenario) -> [String] {
    var out = [
      "", "## Demand by gateway (first border crossing, each TEU counted once)", "",
      "| gateway | direction | TEU/year | share |", "|---|---|---:|---:|",
    ]
    for line in flows.lines {
      out.append(
        "| \(Names.gateway(line.gateway, in: scenario)) | "
          + "\(line.gateway.direction.map(BriefWords.direction) ?? "–") | "
          + "\(NumberFormat.grouped(line.teuPerYear)) | "
          + "\(NumberFormat.fixed(100 * line.share, decimals: 1)) % |")
    }
    out.append(
      "| total | | \(NumberFormat.grouped(flows.totalTEUPerYear)) | "
        + "\(flows.totalTEUPerYear > 0 ? "100.0 %" : "–") |")
    return out
  }
}
