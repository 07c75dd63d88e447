import CorridorModel
import HubLocationExact

/// The words of `corridor hubs`'s progress display.
public enum HubProgressText {
  /// The title of a stage.
  public static func stage(_ phase: ExactHubProgress.Phase) -> String {
    switch phase {
    case .heuristic: "searching for a good plan (variable neighbourhood search)"
    case .root: "bounding: the master's relaxation, its cuts and pricing"
    case .search: "proving: branch and cut, or enumerating the hub sets"
    }
  }

  /// The status line of a report: the best plan, the bound, the gap and the nodes.
  public static func status(_ report: ExactHubProgress) -> String {
    var parts: [String] = []
    if let incumbent = report.incumbent { parts.append("best \(cost(incumbent))") }
    if let bound = report.bound { parts.append("bound \(cost(bound))") }
    if let gap = report.gap { parts.append("gap \(NumberFormat.fixed(gap * 100, decimals: 3)) %") }
    if report.nodes > 0 { parts.append(report.nodes == 1 ? "1 node" : "\(report.nodes) nodes") }
    return parts.isEmpty ? "working" : parts.joined(separator: ", ")
  }

  /// The closing line: the status word with the objective, the bound and the gap.
  public static func summary(_ result: ExactHubResult) -> String {
    var parts = [result.status.name]
    if let objective = result.objective { parts.append("objective \(cost(objective))") }
    if let bound = result.bound { parts.append("bound \(cost(bound))") }
    if let gap = result.gap { parts.append("gap \(NumberFormat.fixed(gap * 100, decimals: 3)) %") }
    return parts.joined(separator: ", ")
  }

  private static func cost(_ value: Double) -> String { NumberFormat.grouped(value, decimals: 2) }
}
