import CorridorModel
import Foundation

/// A map of the network drawn from the node coordinates, line width by annual flow.
///
/// The projection is equirectangular, with longitudes shrunk by the cosine of the middle
/// latitude so that shapes look right at the region's latitude.
enum CorridorMap {
  static func svg(
    scenario: Scenario, linkTEU: [Double], hubs: [(hub: NodeID, teu: Double)] = [],
    width: Double = 660
  ) -> String {
    let located = scenario.nodes.filter { $0.coordinate.latitude.isFinite }
    guard let west = located.map(\.coordinate.longitude).min(),
      let east = located.map(\.coordinate.longitude).max(),
      let south = located.map(\.coordinate.latitude).min(),
      let north = located.map(\.coordinate.latitude).max()
    else { return "" }
    let shrink = cos((south + north) / 2 * .pi / 180)
    let margin = 14.0
    let spanX = max((east - west) * shrink, 1e-6)
    let spanY = max(north - south, 1e-6)
    let scale = (width - 2 * margin) / spanX
    let height = spanY * scale + 2 * margin + 24
    func x(_ node: Node) -> Double { margin + (node.coordinate.longitude - west) * shrink * scale }
    func y(_ node: Node) -> Double { 24 + margin + (north - node.coordinate.latitude) * scale }
    let c = Markup.coordinate
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Both directions of a connection are drawn as one line carrying their total flow.
    var lines: [String: (from: Int, to: Int, family: String, teu: Double)] = [:]
    var order: [String] = []
    for (l, link) in scenario.links.enumerated() {
      guard let a = index[link.from], let b = index[link.to] else { continue }
      let family = link.mode == .transfer ? "transfer" : link.mode.family.rawValue
      let key = "\(min(a, b))-\(max(a, b))-\(family)"
      let teu = l < linkTEU.count ? linkTEU[l] : 0
      if lines[key] == nil {
        lines[key] = (a, b, family, 0)
        order.append(key)
      }
      lines[key]?.teu += teu
    }
    let busiest = max(lines.values.map(\.teu).max() ?? 0, 1)
    var out: [String] = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-label=\"Map of the corridors, line width by annual flow\">",
      "<rect x=\"0\" y=\"0\" width=\"\(c(width))\" height=\"\(c(height))\" class=\"sea\"/>",
      "<text x=\"6\" y=\"14\" class=\"title\">Annual flow on the network (line width by TEU/year; busiest \(NumberFormat.grouped(busiest)) TEU)</text>",
    ]
    // Quiet lines first, so busy ones are drawn on top.
    for key in order.sorted(by: { (lines[$0]?.teu ?? 0, $0) < (lines[$1]?.teu ?? 0, $1) }) {
      guard let line = lines[key] else { continue }
      let a = scenario.nodes[line.from]
      let b = scenario.nodes[line.to]
      let stroke = 0.6 + 7.4 * (line.teu / busiest).squareRoot()
      out.append(
        "<line x1=\"\(c(x(a)))\" y1=\"\(c(y(a)))\" x2=\"\(c(x(b)))\" y2=\"\(c(y(b)))\" class=\"\(line.family)\" stroke-width=\"\(c(stroke))\"><title>\(Markup.escape("\(a.id)–\(b.id) \(line.family): \(NumberFormat.grouped(line.teu)) TEU/year"))</title></line>"
      )
    }
    for node in located {
      switch node.kind {
      case .checkpoint:
        out.append(
          "<rect x=\"\(c(x(node) - 2.5))\" y=\"\(c(y(node) - 2.5))\" width=\"5\" height=\"5\" class=\"checkpoint\"><title>\(Markup.escape("\(node.id) \(node.name)"))</title></rect>"
        )
      default:
        out.append(
          "<circle cx=\"\(c(x(node)))\" cy=\"\(c(y(node)))\" r=\"2.2\" class=\"node\"><title>\(Markup.escape("\(node.id) \(node.name)"))</title></circle>"
        )
      }
      if node.kind == .city || node.kind == .seaPort {
        out.append(
          "<text x=\"\(c(x(node) + 3))\" y=\"\(c(y(node) - 3))\" class=\"label\">\(Markup.escape(node.id.rawValue))</text>"
        )
      }
    }
    out += hubs.compactMap { hub in
      index[hub.hub].map { n in
        marker(scenario.nodes[n], teu: hub.teu, at: (x(scenario.nodes[n]), y(scenario.nodes[n])))
      }
    }
    out.append(legend(at: height, hubs: !hubs.isEmpty))
    out.append("</svg>")
    return out.joined(separator: "\n")
  }

  /// The legend along the bottom edge of a map `height` high, with hubs when it shows any.
  private static func legend(at height: Double, hubs: Bool) -> String {
    let c = Markup.coordinate
    let (line, text) = (c(height - 10), c(height - 7))
    return
      "<g class=\"legend\"><line x1=\"10\" y1=\"\(line)\" x2=\"30\" y2=\"\(line)\" class=\"rail\" stroke-width=\"3\"/><text x=\"34\" y=\"\(text)\">rail</text>"
      + "<line x1=\"70\" y1=\"\(line)\" x2=\"90\" y2=\"\(line)\" class=\"road\" stroke-width=\"3\"/><text x=\"94\" y=\"\(text)\">road</text>"
      + "<line x1=\"130\" y1=\"\(line)\" x2=\"150\" y2=\"\(line)\" class=\"water\" stroke-width=\"3\"/><text x=\"154\" y=\"\(text)\">ferry and sea</text>"
      + "<rect x=\"230\" y=\"\(c(height - 13))\" width=\"5\" height=\"5\" class=\"checkpoint\"/><text x=\"239\" y=\"\(text)\">border checkpoint</text>"
      + (hubs
        ? "<polygon points=\"350,\(c(height - 15)) 355,\(line) 350,\(c(height - 5)) 345,\(line)\" class=\"hub\"/><text x=\"359\" y=\"\(text)\">consolidation hub</text>"
        : "") + "</g>"
  }

  /// A consolidation hub drawn on top of the lines: a diamond, and the TEU its services carry.
  private static func marker(_ node: Node, teu: Double, at point: (x: Double, y: Double))
    -> String
  {
    let c = Markup.coordinate
    let (x, y) = point
    let title =
      "\(node.id) \(node.name): \(NumberFormat.grouped(teu)) TEU/year through its services"
    return "<polygon points=\"\(c(x)),\(c(y - 6)) \(c(x + 6)),\(c(y)) \(c(x)),\(c(y + 6)) "
      + "\(c(x - 6)),\(c(y))\" class=\"hub\"><title>\(Markup.escape(title))</title></polygon>\n"
      + "<text x=\"\(c(x + 7))\" y=\"\(c(y + 4))\" class=\"label\">"
      + "\(Markup.escape("\(node.id) \(NumberFormat.grouped(teu)) TEU"))</text>"
  }
}
