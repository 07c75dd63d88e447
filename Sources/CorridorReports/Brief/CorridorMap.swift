import CorridorModel
import Foundation

/// The brief's maps: the network on a Natural Earth base map, line width by annual flow or
/// by its change, every border post, hub, port and city named, crowded areas in insets.
///
/// See `Map/` for the parts: projection, base map, label placement, drawing, legend.
enum CorridorMap {
  /// The map of annual flows: line width by TEU a year, colour by mode; `hubs` are a
  /// variant's consolidation hubs with the TEU their services carry.
  static func svg(
    scenario: Scenario, linkTEU: [Double], hubs: [(hub: NodeID, teu: Double)] = [],
    width: Double = 680
  ) -> String {
    let joined = FlowLines.joined(scenario, series: [linkTEU])
    let busiest = max(joined.map { $0.values[0] }.max() ?? 0, 1)
    func stroke(_ teu: Double) -> Double {
      teu > 0 ? 0.7 + 7.3 * (teu / busiest).squareRoot() : 0.4
    }
    let lines = joined.sorted { ($0.values[0], $0.from, $0.to) < ($1.values[0], $1.from, $1.to) }
      .map { line in
        MapContent.Line(
          from: line.from, to: line.to, style: line.family, teu: line.values[0],
          width: stroke(line.values[0]),
          title: FlowLines.title(
            scenario, line, value: t("{0} TEU/year", LocalNumber.grouped(line.values[0]))))
      }
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var hubTEU: [Int: Double] = [:]
    for hub in hubs { if let n = index[hub.hub] { hubTEU[n, default: 0] += hub.teu } }
    let content = MapContent(scenario: scenario, lines: lines, hubs: hubTEU)
    let modes = ["rail", "road", "water", "transfer"].map { family in
      MapLegend.Entry(symbol: MapLegend.line(family, width: 3), text: FlowLines.modeName(family))
    }
    let legend = MapLegend(
      width: width,
      rows: [
        modes + MapLegend.widths(busiest: busiest, style: "transfer", width: stroke),
        MapLegend.markers(hubs: !hubTEU.isEmpty),
      ])
    return document(
      content, width: width, legend: legend,
      title: t("The corridors: line width by annual flow in TEU, colour by mode"))
  }

  /// The map of changes in annual flow from `baseTEU` to `variantTEU` (per link, indexed like
  /// `scenario.links`): gained flow in green, lost in red, line width by the size of the change.
  static func differenceSVG(
    scenario: Scenario, baseTEU: [Double], variantTEU: [Double], width: Double = 680
  ) -> String {
    let changes = FlowChange.all(scenario, base: baseTEU, variant: variantTEU)
    let largest = max(changes.map { abs($0.change) }.max() ?? 0, 1)
    func stroke(_ teu: Double) -> Double { 0.9 + 7.1 * (abs(teu) / largest).squareRoot() }
    let lines = changes.sorted {
      (abs($0.change), $0.from, $0.to) < (abs($1.change), $1.from, $1.to)
    }
    .map { change in
      let joined = FlowLines.Joined(
        from: change.from, to: change.to, family: change.family, values: [])
      let value = t(
        "{0} TEU/year, was {1}", LocalNumber.grouped(change.variant),
        LocalNumber.grouped(change.base))
      return MapContent.Line(
        from: change.from, to: change.to,
        style: change.kind == .unchanged ? "transfer" : change.kind.rawValue,
        teu: change.kind == .unchanged ? 0 : change.change,
        width: change.kind == .unchanged ? 0.4 : stroke(change.change),
        title: FlowLines.title(scenario, joined, value: value))
    }
    let content = MapContent(scenario: scenario, lines: lines)
    let kinds = [
      MapLegend.Entry(symbol: MapLegend.line("gained", width: 3), text: t("more flow")),
      MapLegend.Entry(symbol: MapLegend.line("lost", width: 3), text: t("less flow")),
      MapLegend.Entry(symbol: MapLegend.line("transfer", width: 0.4), text: t("about the same")),
    ]
    let legend = MapLegend(
      width: width,
      rows: [
        kinds + MapLegend.widths(busiest: largest, style: "gained", width: stroke),
        MapLegend.markers(hubs: false),
      ])
    return document(
      content, width: width, legend: legend,
      title: t(
        "Change in annual flow, variant against base: line width by the change in TEU a year"))
  }

  /// The whole SVG of `content`: title, windows, labels, legend.
  private static func document(
    _ content: MapContent, width: Double, legend: MapLegend, title: String
  ) -> String {
    guard let layout = MapLayout(content, width: width) else { return "" }
    let canvas = MapCanvas(content: content, layout: layout, basemap: Basemap.shipped)
    var body = canvas.body()
    let (legendElements, height) = legend.svg(top: layout.bottom + 8)
    body += legendElements
    let c = Markup.coordinate
    return
      ([
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"corridor-map\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-label=\"\(Markup.escape(title))\">",
        MapStyle.sheet,
        "<text x=\"4\" y=\"13\" class=\"cm-title\">\(Markup.escape(title))</text>",
      ] + body + ["</svg>"]).joined(separator: "\n")
  }
}
