import CorridorModel
import Foundation

/// A hub plan written as a scenario that extends the scenario it was computed for.
///
/// The plan opens its hubs as consolidation hubs (so that, with the settings'
/// `consolidation:`, scheduled services join them) and removes the candidate sites it does not
/// open, so the written file validates and runs like any other what-if; it records the plan's
/// figures in its description and in a comment header.
public struct HubPlanFile: Sendable {
  /// The scenario the plan was computed for.
  public var base: Scenario
  /// The path of the base file, as the written file should name it in `extends:`.
  public var extendsPath: String
  /// The hubs the plan opens (candidates and hubs kept open).
  public var opened: [NodeID]
  /// The candidate sites the plan leaves closed.
  public var closed: [NodeID]
  /// Lines describing how the plan was found (problem, objective, bound, status).
  public var summary: [String]
  /// The plan's scenario id.
  public var scenarioID: String

  /// Creates a plan file; its id defaults to the base's id with `-hubs-` and the opened hubs.
  public init(
    base: Scenario, extendsPath: String, opened: [NodeID], closed: [NodeID], summary: [String],
    scenarioID: String? = nil
  ) {
    let generated =
      "\(base.id)-hubs-" + opened.map { $0.rawValue.lowercased() }.joined(separator: "-")
    self.scenarioID = ScenarioID.sanitized(
      scenarioID ?? generated, fallback: ScenarioID.sanitized(generated, fallback: "hub-plan"))
    self.base = base
    self.extendsPath = extendsPath
    self.opened = opened
    self.closed = closed
    self.summary = summary
  }

  /// The YAML text of the plan.
  public var text: String {
    func quoted(_ text: String) -> String {
      "\""
        + text.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    /// The opened hubs' names in a language (`nil`: English), by id where a node has none.
    func hubNames(_ language: String?) -> String {
      opened.map { id in
        base.node(id).map { node in language.flatMap { node.otherNames[$0] } ?? node.name }
          ?? id.rawValue
      }.joined(separator: ", ")
    }
    var lines = ["# Hub plan for \(base.id), written by corridor hubs."]
    lines += summary.map { "# \($0)" }
    lines += [
      "", "extends: \(quoted(extendsPath))", "scenario: \(scenarioID)",
      "name: \(quoted("\(base.name) with hubs at \(hubNames(nil))"))",
    ]
    // The names in other languages, where the base has them.
    for (language, words) in [("ru", "; хабы: "), ("tr", "; lojistik merkezler: ")] {
      if let name = base.otherNames[language] {
        lines.append("name_\(language): \(quoted(name + words + hubNames(language)))")
      }
    }
    lines += ["description: \(quoted(summary.joined(separator: " ")))", ""]
    let removal =
      closed.isEmpty
      ? ""
      : "The candidate sites left closed are removed from the network: "
        + closed.map { base.node($0)?.name ?? $0.rawValue }.joined(separator: ", ") + ". "
    lines += [
      "measures:", "  - id: hub-plan",
      "    name: \(quoted("Hub plan: open \(hubNames(nil))"))",
      "    description: \(quoted("The opened hubs consolidate freight. " + removal + summary.joined(separator: " ")))",
      "    changes:",
    ]
    lines += opened.map { "      - {hub: \($0.rawValue), set: {consolidates: true}}" }
    if !closed.isEmpty {
      lines.append("      - remove_nodes: [\(closed.map(\.rawValue).joined(separator: ", "))]")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
