import CorridorAssignment
import CorridorModel
import CorridorScenario
import Foundation
import Testing

@testable import CorridorReports

/// The OTS scenario and its equilibrium flows per link, loaded once for the map tests.
enum OTSMapFixture {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let loaded: (scenario: Scenario, linkTEU: [Double])? = {
    guard
      let scenario = try? ScenarioLoader.load(
        path: root.appendingPathComponent("Scenarios/ots-calibrated-2025.yaml").path
      ).scenario,
      let assignment = try? CorridorAssignmentResult.solve(scenario)
    else { return nil }
    return (scenario, assignment.linkFlows().map { $0.reduce(0, +) })
  }()
}

@Suite("Corridor map")
struct CorridorMapTests {
  @Test("labels of the OTS map overlap neither each other nor markers, and stay inside")
  func labelsClear() throws {
    let (scenario, linkTEU) = try #require(OTSMapFixture.loaded)
    let lines = FlowLines.joined(scenario, series: [linkTEU]).map {
      MapContent.Line(from: $0.from, to: $0.to, style: $0.family, teu: $0.values[0])
    }
    let content = MapContent(scenario: scenario, lines: lines)
    let layout = try #require(MapLayout(content, width: 680))
    let boxes = layout.labels.map(\.placed.box)
    #expect(boxes.count >= 20)
    for i in boxes.indices {
      for j in boxes.indices where j > i {
        #expect(
          !boxes[i].intersects(boxes[j]), "\(layout.labels[i].lines) and \(layout.labels[j].lines)")
      }
    }
    // Every window with its markers: no label on a marker; each label inside one window.
    let windows = [layout.main] + layout.insets.map(\.viewport)
    let placement = MapPlacement(content: content, main: layout.main, width: 680)
    let markers = windows.flatMap { placement.markerBoxes(in: $0) }
    for (label, box) in zip(layout.labels, boxes) {
      #expect(!markers.contains { $0.intersects(box) }, "\(label.lines) covers a marker")
      #expect(windows.contains { $0.frame.contains(box) }, "\(label.lines) outside the map")
      #expect(box.x >= 0 && box.maxX <= 680)
    }
    // Every named place got its label, but those off the map with no line into it.
    let shown = Set(layout.labels.flatMap(\.lines))
    let inside = Set(
      content.located.filter {
        layout.main.frame.contains(layout.main.point(scenario.nodes[$0].coordinate))
      })
    for site in content.sites
    where site.nodes.contains(where: inside.contains)
      || lines.contains(where: {
        site.nodes.contains($0.from) != site.nodes.contains($0.to) && $0.teu > 0
          && (inside.contains($0.from) || inside.contains($0.to))
      })
    {
      #expect(
        site.lines.contains { shown.contains($0) || shown.contains(t("to {0}", $0)) },
        "\(site.lines)")
    }
    #expect(!shown.contains { $0 == "TOR" || $0 == "OSH" || $0 == "IRK" })
  }

  @Test("the base map loads and lies within its cut box")
  func basemap() throws {
    let basemap = try #require(Basemap.shipped)
    #expect(basemap.countries.contains { $0.iso2 == "KZ" })
    #expect(basemap.countries.contains { $0.iso2 == "KG" })
    #expect(basemap.borders.count > 20)
    #expect(basemap.coasts.count > 10)
    let box = basemap.box
    for point in basemap.countries.flatMap({ $0.rings.flatMap(\.points) })
      + basemap.borders.joined()
      + basemap.coasts.joined()
    {
      #expect(point.longitude >= box.west - 0.006 && point.longitude <= box.east + 0.006)
      #expect(point.latitude >= box.south - 0.006 && point.latitude <= box.north + 0.006)
    }
    // The Caspian is water: Baku's sea front lies in no country's outer ring.
    let kazakhstan = try #require(basemap.countries.first { $0.iso2 == "KZ" })
    #expect(kazakhstan.rings.contains { !$0.hole && $0.points.count > 100 })
  }

  @Test("Lambert conformal conic: a point worked by hand")
  func projection() {
    // Standard parallels 30° and 60°: n = ln(cos 30 / cos 60) / ln(tan 75 / tan 60) = 0.7155668,
    // F = cos 30 · tan(60°)^n / n = 1.7930256; ρ(45°) = F / tan(67.5°)^n = 0.9543000.
    let projection = ConicProjection(
      parallel1: 30, parallel2: 60, originLatitude: 45, centralLongitude: 60)
    #expect(abs(projection.n - 0.7155668) < 1e-6)
    let origin = projection.project(Coordinate(latitude: 45, longitude: 60))
    #expect(abs(origin.x) < 1e-12 && abs(origin.y) < 1e-12)
    // 10° east at 45° N: θ = n · 10° = 7.155668°; x = ρ sin θ, y = ρ (1 − cos θ).
    let east = projection.project(Coordinate(latitude: 45, longitude: 70))
    #expect(abs(east.x - 0.1188729) < 1e-6)
    #expect(abs(east.y - 0.0074327) < 1e-6)
  }

  @Test("the same map twice is the same bytes, and small")
  func deterministic() throws {
    let (scenario, linkTEU) = try #require(OTSMapFixture.loaded)
    let first = CorridorMap.svg(scenario: scenario, linkTEU: linkTEU)
    let second = CorridorMap.svg(scenario: scenario, linkTEU: linkTEU)
    #expect(first == second)
    #expect(first.utf8.count < 300_000)
    #expect(first.contains("class=\"label\">Torugart</text>"))
    let changed = linkTEU.enumerated().map { $0.offset % 3 == 0 ? $0.element * 1.5 : $0.element }
    let difference = CorridorMap.differenceSVG(
      scenario: scenario, baseTEU: linkTEU, variantTEU: changed)
    #expect(difference.contains("cm-gained"))
    if let folder = ProcessInfo.processInfo.environment["CORRIDOR_MAP_OUT"] {
      try first.write(toFile: folder + "/map.svg", atomically: true, encoding: .utf8)
      try difference.write(toFile: folder + "/difference.svg", atomically: true, encoding: .utf8)
    }
  }

  @Test("gained and lost flow per connection, both directions joined")
  func difference() {
    let nodes = ["A", "B", "C"].enumerated().map { i, id in
      Node(
        id: NodeID(stringLiteral: id), name: id, kind: .city, country: "KZ",
        coordinate: Coordinate(latitude: 40, longitude: 60 + Double(i)))
    }
    let links = [("A", "B"), ("B", "A"), ("B", "C"), ("A", "C")].map { from, to in
      Link(
        id: LinkID(stringLiteral: from + to), from: NodeID(stringLiteral: from),
        to: NodeID(stringLiteral: to), mode: .road, distanceKm: 100, runningHours: .fixed(1))
    }
    let scenario = Scenario(id: "t", name: "t", nodes: nodes, links: links)
    // A–B: 100 + 50 → 100 + 150 (gained 100); B–C: 300 → 120 (lost 180); A–C: 40 → 40.5.
    let changes = FlowChange.all(
      scenario, base: [100, 50, 300, 40], variant: [100, 150, 120, 40.5])
    #expect(changes.map(\.kind) == [.gained, .lost, .unchanged])
    #expect(changes.map(\.change) == [100, -180, 0.5])
    #expect(changes[0].base == 150 && changes[0].variant == 250)
  }
}
