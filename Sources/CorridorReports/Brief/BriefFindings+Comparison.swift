import CorridorModel
import CorridorSimulation
import CorridorStudy

extension BriefFindings {
  /// One or two sentences per what-if: the change in time to clear and the largest shift of
  /// flow, then money and carbon, each with its interval; flagged when implausible.
  static func comparisonFindings(
    base: Scenario, variant: Scenario, comparison: Comparison, single: Bool
  ) -> [String] {
    let name = Names.scenario(variant)
    let posts = comparison.rows.filter { $0.key.subject.checkpoint != nil }
    let faster = posts.filter { $0.isSignificant && $0.difference.mean < 0 }
    let slower = posts.filter { $0.isSignificant && $0.difference.mean > 0 }
    var clearance: String
    if let best = faster.min(by: { ($0.difference.mean, $0.key) < ($1.difference.mean, $1.key) }) {
      clearance = t(
        "{0} shortens the time to clear at {1} of {2} border posts (95 % intervals exclude zero); most at {3}: {4} to {5} hours ({6}, {7} %)",
        name, "\(faster.count)", "\(posts.count)",
        BriefWords.subject(best.key.subject, in: base),
        LocalNumber.fixed(best.base, decimals: 1), LocalNumber.fixed(best.variant, decimals: 1),
        BriefTables.plusMinus(best.difference, decimals: 1),
        LocalNumber.fixed(best.percent, decimals: 0))
    } else {
      clearance = t(
        "{0} does not shorten the time to clear at any border post by more than chance allows",
        name)
    }
    if !slower.isEmpty { clearance += t("; it lengthens it at {0}", "\(slower.count)") }
    clearance += "."
    let demandChange = variant.totalTEUPerYear - base.totalTEUPerYear
    if demandChange > 0.5, !faster.isEmpty, slower.isEmpty {
      clearance =
        t(
          "To check: {0} adds {1} TEU a year of demand, yet no post clears more slowly; more freight with shorter waits contradicts how queues behave unless its measures add capacity.",
          name, LocalNumber.grouped(demandChange)) + " " + clearance
    } else if demandChange < -0.5, !slower.isEmpty, faster.isEmpty {
      clearance =
        t(
          "To check: {0} removes {1} TEU a year of demand, yet no post clears faster; less freight with longer waits contradicts how queues behave unless its measures take away capacity.",
          name, LocalNumber.grouped(-demandChange)) + " " + clearance
    }
    if !variant.appliedMeasures.isEmpty {
      clearance +=
        " " + t("The effects of the measures are the scenario's estimates, cited in the appendix.")
    }
    var out = [clearance]
    if let shift = largestShift(comparison, scenario: base) { out.append(shift) }
    if let money = BriefEconomics.lines(
      comparison, scenario: base,
      where: {
        $0 == .network
      }
    ).first {
      out.append(BriefEconomics.sentence(money, name: name))
    }
    if let hubs = hubFinding(name: name, comparison: comparison, scenario: variant) {
      out.insert(hubs, at: 0)
    }
    return single ? out : Array(out.prefix(2))
  }

  /// The largest change of flow on a named corridor, or `nil` when none moves.
  static func largestShift(_ comparison: Comparison, scenario: Scenario) -> String? {
    guard
      let largest = comparison.corridorFlows.max(by: {
        (abs($0.variant - $0.base), $1.corridor) < (abs($1.variant - $1.base), $0.corridor)
      }), abs(largest.variant - largest.base) >= 0.5
    else { return t("No flow moves between the named corridors.") }
    let corridor =
      Names.corridor(named: largest.corridor, in: scenario)
    let from = LocalNumber.grouped(largest.base)
    let to = LocalNumber.grouped(largest.variant)
    return largest.variant > largest.base
      ? t("Flow on {0} grows from {1} to {2} TEU a year.", corridor, from, to)
      : t("Flow on {0} falls from {1} to {2} TEU a year.", corridor, from, to)
  }

  /// For a what-if whose hubs consolidate freight: the TEU through them and the change in
  /// generalized cost per TEU over all freight, with its interval.
  static func hubFinding(name: String, comparison: Comparison, scenario: Scenario) -> String? {
    let hubs = comparison.hubFlows.filter { $0.variant > 0 }
    guard !hubs.isEmpty, let cost = comparison.rows.first(where: { $0.key == .networkCost })
    else { return nil }
    let busiest = LocalNumber.grouped(hubs.map(\.variant).max() ?? 0)
    let names = hubs.map { Names.node($0.hub, in: scenario) }.joined(separator: ", ")
    let change = BriefTables.plusMinus(cost.difference, decimals: 1)
    if !cost.isSignificant {
      return t(
        "{0} consolidates up to {1} TEU a year through its hubs ({2}) and does not change the generalized cost of all freight by more than chance allows ({3} US$ per TEU).",
        name, busiest, names, change)
    }
    return cost.difference.mean < 0
      ? t(
        "{0} consolidates up to {1} TEU a year through its hubs ({2}) and lowers the generalized cost of all freight: {3} US$ per TEU.",
        name, busiest, names, change)
      : t(
        "{0} consolidates up to {1} TEU a year through its hubs ({2}) and raises the generalized cost of all freight: {3} US$ per TEU.",
        name, busiest, names, change)
  }
}
