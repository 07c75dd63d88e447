import CorridorAssignment
import CorridorModel
import CorridorSimulation

/// A variant against its base, both run with the same random streams.
public struct Comparison: Sendable {
  /// One KPI in both scenarios.
  public struct Row: Sendable {
    /// `checkpoint NODE MODE DIRECTION`, `corridor NAME` or `od COMMODITY ORIGIN DESTINATION`.
    public var key: String
    public var base: Double
    public var variant: Double
    /// The variant minus the base, as a 95 % interval over paired replications.
    public var difference: ConfidenceInterval
    /// The difference as a percentage of the base.
    public var percent: Double { base != 0 ? 100 * difference.mean / base : 0 }
    /// Whether the interval of the difference excludes zero.
    public var isSignificant: Bool {
      difference.observations > 1 && (difference.lower > 0 || difference.upper < 0)
    }
  }

  /// The base scenario's id.
  public var base: String
  /// The variant scenario's id.
  public var variant: String
  /// KPI rows, checkpoints first, then corridors and OD pairs, in key order.
  public var rows: [Row]
  /// TEU per year on each named corridor: base, variant.
  public var corridorFlows: [(corridor: String, base: Double, variant: Double)]

  /// Pairs the replications of two simulations run with the same seed.
  public init(
    base: Scenario, baseRoutes: [CorridorAssignmentResult.Route], baseSimulation: SimulationResult,
    variant: Scenario, variantRoutes: [CorridorAssignmentResult.Route],
    variantSimulation: SimulationResult
  ) {
    self.base = base.id
    self.variant = variant.id
    let a = baseSimulation.replicationKPIs
    let b = variantSimulation.replicationKPIs
    func order(_ key: String) -> Int {
      key.hasPrefix("checkpoint") ? 0 : key.hasPrefix("corridor") ? 1 : 2
    }
    rows = Set(a.keys).intersection(b.keys).sorted { (order($0), $0) < (order($1), $1) }.compactMap
    { key in
      guard let x = a[key], let y = b[key] else { return nil }
      let pairs = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
      guard !pairs.isEmpty else { return nil }
      let baseMean = pairs.reduce(0) { $0 + $1.0 } / Double(pairs.count)
      let variantMean = pairs.reduce(0) { $0 + $1.1 } / Double(pairs.count)
      return Row(
        key: key, base: baseMean, variant: variantMean,
        difference: ConfidenceInterval(observations: pairs.map { $0.1 - $0.0 }))
    }
    corridorFlows = variant.corridors.map { corridor in
      (
        corridor.name,
        baseRoutes.teuPerYear(onCorridor: corridor.name),
        variantRoutes.teuPerYear(onCorridor: corridor.name)
      )
    }
  }

  /// All rows as CSV.
  public var table: CSVTable {
    var table = CSVTable(
      header: [
        "kind", "key", "base", "variant", "difference", "difference_ci95", "percent_change",
        "significant",
      ])
    for row in rows {
      let kind = String(row.key.prefix { $0 != " " })
      table.append([
        kind, String(row.key.dropFirst(kind.count + 1)), CSVTable.number(row.base, decimals: 3),
        CSVTable.number(row.variant, decimals: 3),
        CSVTable.number(row.difference.mean, decimals: 3),
        row.difference.halfWidth.isFinite
          ? CSVTable.number(row.difference.halfWidth, decimals: 3) : "",
        CSVTable.number(row.percent, decimals: 2), row.isSignificant ? "yes" : "no",
      ])
    }
    return table
  }

  /// The comparison as Markdown.
  public var markdown: String {
    var out = ["# \(variant) against \(base)", ""]
    out.append(
      "Both scenarios run with the same random streams (common random numbers); a difference is "
        + "the variant minus the base per replication, with its 95 % interval. Hours to clear a crossing "
        + "and transit hours per consignment.")
    out.append("")
    out.append("## Flow by corridor (TEU/year)")
    out.append("")
    out.append("| corridor | base | variant | change |")
    out.append("|---|---:|---:|---:|")
    for flow in corridorFlows {
      out.append(
        "| \(flow.corridor) | \(NumberFormat.grouped(flow.base)) | \(NumberFormat.grouped(flow.variant)) | "
          + "\(NumberFormat.grouped(flow.variant - flow.base)) |")
    }
    out.append("")
    out.append("## Times (hours)")
    out.append("")
    out.append("| KPI | base | variant | difference (95 %) | change |")
    out.append("|---|---:|---:|---:|---:|")
    for row in rows {
      out.append(
        "| \(row.key) | \(NumberFormat.fixed(row.base, decimals: 2)) | \(NumberFormat.fixed(row.variant, decimals: 2)) | "
          + "\(NumberFormat.fixed(row.difference.mean, decimals: 2)) ± "
          + "\(row.difference.halfWidth.isFinite ? NumberFormat.fixed(row.difference.halfWidth, decimals: 2) : "–")"
          + "\(row.isSignificant ? "" : " (n.s.)") | \(NumberFormat.fixed(row.percent, decimals: 1)) % |"
      )
    }
    return out.joined(separator: "\n") + "\n"
  }
}
