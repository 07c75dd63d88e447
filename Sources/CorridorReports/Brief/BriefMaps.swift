import CorridorModel
import CorridorStudy

/// The brief's maps: the flows of a run, or for a comparison the flow each what-if gains and
/// loses on every link, and the hubs of a what-if that consolidates freight.
enum BriefMaps {
  /// The maps' width (px): wide enough that the insets take one row, so that a map and its
  /// heading fit on one A4 page once the page scales it to its width.
  static let width = 720.0

  static func sections(base: BriefRun, variants: [(run: BriefRun, comparison: Comparison)])
    -> [String]
  {
    guard !variants.isEmpty else {
      return [
        section(
          t("The corridors and their flows"),
          CorridorMap.svg(scenario: base.scenario, linkTEU: teu(base), width: width))
      ]
    }
    var out: [String] = []
    for (run, comparison) in variants {
      // The what-if's own network, with the base's flow on each of its links by id.
      let baseByLink = Dictionary(
        zip(base.scenario.links.map(\.id), teu(base)), uniquingKeysWith: { a, _ in a })
      out.append(
        section(
          t("{0}: flow gained and lost", Names.scenario(run.scenario)),
          CorridorMap.differenceSVG(
            scenario: run.scenario,
            baseTEU: run.scenario.links.map { baseByLink[$0.id] ?? 0 }, variantTEU: teu(run),
            width: width)))
      let hubs = comparison.hubFlows.filter { $0.variant > 0 }.map { ($0.hub, $0.variant) }
      guard !hubs.isEmpty else { continue }
      out.append(
        section(
          t("{0}: its hubs and flows", Names.scenario(run.scenario)),
          CorridorMap.svg(scenario: run.scenario, linkTEU: teu(run), hubs: hubs, width: width)))
    }
    return out
  }

  /// TEU a year on each of a run's links, all commodities together.
  private static func teu(_ run: BriefRun) -> [Double] {
    run.assignment.linkFlows().map { $0.reduce(0, +) }
  }

  private static func section(_ title: String, _ svg: String) -> String {
    "<section class=\"map\"><h2>\(Markup.escape(title))</h2>\n\(svg)\n</section>"
  }
}
