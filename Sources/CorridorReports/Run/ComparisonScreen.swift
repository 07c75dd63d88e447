import CorridorModel
import CorridorStudy

/// The summary of a comparison printed on standard output.
public enum ComparisonScreen {
  /// For each variant, the crossings whose time to clear changed, and the flows that moved
  /// between corridors; then the overload caveats and where the files went.
  ///
  /// Names come from the base scenario, the first of `runs`.
  public static func text(runs: [ScenarioRun], comparisons: [Comparison], folder: String)
    -> String
  {
    let base = runs.first?.scenario ?? Scenario(id: "", name: "")
    func name(_ id: String) -> String {
      runs.first { $0.scenario.id == id }.map { Names.scenario($0.scenario) } ?? id
    }
    var out: [String] = []
    for comparison in comparisons {
      out.append(
        "\(name(comparison.variant)) against \(name(comparison.base)) (difference ± 95 % "
          + "interval; n.s. = not significant)")
      if let line = network(comparison) { out.append(line) }
      if let line = yearly(comparison) { out.append(line) }
      let crossingTable = crossings(comparison, names: base)
      if !crossingTable.rows.isEmpty { out.append(crossingTable.render()) }
      let hubs = comparison.hubFlows.filter { $0.base > 0 || $0.variant > 0 }
      if !hubs.isEmpty {
        out.append("")
        out.append("Freight consolidated through hubs (TEU/year)")
        for hub in hubs {
          out.append(
            "  \(Names.node(hub.hub, in: base)): \(NumberFormat.grouped(hub.base)) → \(NumberFormat.grouped(hub.variant))"
          )
        }
      }
      let pairs = odPairs(comparison, names: base)
      if !pairs.rows.isEmpty {
        out.append("")
        out.append(pairs.render())
      }
      let shifts = comparison.corridorFlows.filter { abs($0.variant - $0.base) >= 1 }
      if !shifts.isEmpty {
        out.append("")
        out.append("Flow shifts between corridors (TEU/year)")
        for shift in shifts {
          out.append(
            "  \(Names.corridor(named: shift.corridor, in: base)): \(NumberFormat.grouped(shift.base)) → \(NumberFormat.grouped(shift.variant))"
          )
        }
      }
      out.append("")
    }
    for run in runs {
      if let note = OverloadNote.text(run.simulation) {
        out.append("\(Names.scenario(run.scenario)): \(note)")
      }
    }
    out.append("Written to \(folder)/")
    return out.joined(separator: "\n") + "\n"
  }

  /// All freight: the change in generalized cost per TEU and in transit, with intervals.
  static func network(_ comparison: Comparison) -> String? {
    func row(_ key: ResultKey) -> Comparison.Row? { comparison.rows.first { $0.key == key } }
    guard let cost = row(.networkCost), let transit = row(.networkTransit) else { return nil }
    return "All freight: US$\(NumberFormat.grouped(cost.base)) → "
      + "US$\(NumberFormat.grouped(cost.variant)) per TEU (\(cost.differenceText(decimals: 0))), "
      + "transit \(NumberFormat.fixed(transit.base, decimals: 1)) → "
      + "\(NumberFormat.fixed(transit.variant, decimals: 1)) h (\(transit.differenceText(decimals: 1)))"
  }

  /// All freight a year: the change in what traders pay, time included, and in running CO2.
  static func yearly(_ comparison: Comparison) -> String? {
    func row(_ measure: ResultMeasure) -> Comparison.Row? {
      comparison.rows.first { $0.key == ResultKey(.network, measure) }
    }
    guard let money = row(.costUSDPerYear), let co2 = row(.co2TonnesPerYear) else { return nil }
    let millions = money.difference.mean / 1e6
    let half = money.difference.halfWidth / 1e6
    return "A year: US$\(NumberFormat.fixed(millions, decimals: 2, signed: true)) ± "
      + "\(NumberFormat.fixed(half.isFinite ? half : 0, decimals: 2)) million to traders"
      + (money.isSignificant ? "" : " n.s.")
      + ", \(NumberFormat.grouped(co2.difference.mean)) t CO2 from running"
  }

  /// The OD pairs whose cost per TEU changed by at least 1 %, the largest changes first (at
  /// most ten), with the change in transit.
  static func odPairs(_ comparison: Comparison, names scenario: Scenario) -> TextTable {
    var table = TextTable(
      headers: ["OD pair", "base US$/TEU", "variant US$/TEU", "difference", "transit h change"],
      alignments: [.left, .right, .right, .right, .right])
    let transit = Dictionary(
      comparison.rows.filter { $0.key.measure == .transitHours }.map { ($0.key.subject, $0) },
      uniquingKeysWith: { a, _ in a })
    let costs = comparison.rows.filter {
      if case .od = $0.key.subject {
        return $0.key.measure == .costUSDPerTEU && abs($0.percent) >= 1
      }
      return false
    }.sorted { abs($0.difference.mean) > abs($1.difference.mean) }.prefix(10)
    for row in costs {
      table.append([
        BriefWords.subject(row.key.subject, in: scenario), NumberFormat.grouped(row.base),
        NumberFormat.grouped(row.variant),
        row.differenceText(decimals: 0),
        transit[row.key.subject].map { $0.differenceText(decimals: 1) } ?? "–",
      ])
    }
    return table
  }

  /// The crossings whose change is significant or at least 1 %.
  static func crossings(_ comparison: Comparison, names scenario: Scenario) -> TextTable {
    var table = TextTable(
      headers: ["border post", "base h", "variant h", "difference", "change"],
      alignments: [.left, .right, .right, .right, .right])
    for row in comparison.rows
    where row.key.subject.checkpoint != nil && (row.isSignificant || abs(row.percent) >= 1) {
      let difference =
        "\(NumberFormat.fixed(row.difference.mean, decimals: 2)) ± "
        + "\(NumberFormat.fixed(row.difference.halfWidth, decimals: 2))"
        + (row.isSignificant ? "" : " n.s.")
      table.append([
        BriefWords.subject(row.key.subject, in: scenario),
        NumberFormat.fixed(row.base, decimals: 2),
        NumberFormat.fixed(row.variant, decimals: 2), difference,
        NumberFormat.fixed(row.percent, decimals: 1) + " %",
      ])
    }
    return table
  }
}
