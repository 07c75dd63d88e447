import CorridorModel

/// Places a map's labels: first on the main window, then, for the crowded areas, in insets.
struct MapPlacement {
  let content: MapContent
  let main: MapViewport
  let width: Double
  private(set) var insets: [MapLayout.Inset] = []
  private(set) var labels: [MapLayout.Label] = []
  private(set) var bottom: Double = 0

  /// Magnifications an inset may take, smallest first.
  static let magnifications = [1.6, 2, 2.5, 3, 4, 5, 6, 8, 10]
  /// Places closer than this on the main window (pixels, across and down) go to an inset.
  static let crowdedPixels = 22.0

  init(content: MapContent, main: MapViewport, width: Double) {
    self.content = content
    self.main = main
    self.width = width
    bottom = main.frame.maxY
  }

  /// Where the nodes of `site` fall in `viewport`.
  func points(_ site: MapContent.Site, in viewport: MapViewport) -> [MapPoint] {
    site.nodes.map { viewport.point(content.scenario.nodes[$0].coordinate) }
  }

  /// The box around a site's markers in `viewport`.
  func anchor(_ site: MapContent.Site, in viewport: MapViewport) -> MapRect {
    let boxes = site.nodes.map { n in
      MapMarkers.box(
        content.scenario.nodes[n].kind, at: viewport.point(content.scenario.nodes[n].coordinate),
        hub: content.hubs[n] != nil)
    }
    return MapRect(
      around: boxes.flatMap { [MapPoint(x: $0.x, y: $0.y), MapPoint(x: $0.maxX, y: $0.maxY)] })
      ?? MapRect(x: 0, y: 0, width: 0, height: 0)
  }

  /// The marker boxes of every located node inside `frame` of `viewport`.
  func markerBoxes(in viewport: MapViewport) -> [MapRect] {
    content.located.compactMap { n in
      let node = content.scenario.nodes[n]
      let p = viewport.point(node.coordinate)
      guard viewport.frame.contains(p) else { return nil }
      return MapMarkers.box(node.kind, at: p, hub: content.hubs[n] != nil)
    }
  }

  mutating func run() {
    let inFrame = content.sites.indices.filter { s in
      points(content.sites[s], in: main).allSatisfy { main.frame.contains($0) }
    }
    var regions: [MapRect] = []
    var mainSites = inFrame
    for _ in 0..<4 {
      mainSites = inFrame.filter { s in !inside(s, regions) }
      let placed = placeMain(mainSites, regions: regions)
      let failed = mainSites.indices.filter { placed.labels[$0] == nil || crowded(mainSites[$0]) }
        .map { mainSites[$0] }
      if failed.isEmpty { break }
      regions = merged(regions + failed.map { anchor(content.sites[$0], in: main).inset(by: 8, 8) })
      regions = merged(
        regions.map { region in
          inFrame.filter { inside($0, [region]) }.reduce(region) {
            union($0, anchor(content.sites[$1], in: main))
          }
        })
    }
    mainSites = inFrame.filter { s in !inside(s, regions) }
    let letters = regions.indices.map { String(UnicodeScalar(UInt8(65 + $0 % 26))) }
    var covered: [MapRect] = []
    var (top, left, rowHeight) = (main.frame.maxY + 8, 0.0, 0.0)
    for (r, region) in regions.enumerated() {
      let sites = inFrame.filter { inside($0, [region]) }
      var inset = bestInset(region, sites: sites, letter: letters[r])
      if let corner = freeCorner(inset.viewport.frame, avoiding: covered + regions) {
        inset.viewport.frame = corner
        covered.append(corner)
      } else {
        if left > 0, left + inset.viewport.frame.width > width {
          (left, top, rowHeight) = (0, top + rowHeight + 8, 0)
        }
        inset.viewport.frame.x = left
        inset.viewport.frame.y = top
        left += inset.viewport.frame.width + 8
        rowHeight = max(rowHeight, inset.viewport.frame.height)
        bottom = max(bottom, top + inset.viewport.frame.height)
      }
      labels += placeInset(inset, sites: sites).labels
      insets.append(inset)
    }
    labels +=
      placeMain(mainSites, regions: regions, letters: letters, covered: covered).placedLabels
  }

  /// A corner of the main window where an inset of `frame`'s size hides no marker, no busy
  /// line and nothing in `avoiding`: bottom right, bottom left, top right, top left.
  private func freeCorner(_ frame: MapRect, avoiding: [MapRect]) -> MapRect? {
    let m = main.frame
    let (w, h) = (frame.width, frame.height)
    let corners = [
      (m.maxX - w - 1, m.maxY - h - 1), (m.x + 1, m.maxY - h - 1), (m.maxX - w - 1, m.y + 1),
      (m.x + 1, m.y + 1),
    ]
    let markers = markerBoxes(in: main)
    let nodes = content.scenario.nodes
    for (x, y) in corners {
      let rect = MapRect(x: x, y: y, width: w, height: h)
      let margin = rect.inset(by: 6, 6)
      guard !markers.contains(where: margin.intersects),
        !avoiding.contains(where: margin.intersects),
        !content.lines.contains(where: { line in
          line.teu != 0
            && rect.crosses(
              main.point(nodes[line.from].coordinate), main.point(nodes[line.to].coordinate))
        })
      else { continue }
      return rect
    }
    return nil
  }

  /// Whether another named place lies so close to `site` on the main window that their
  /// labels would crowd each other: such places are shown in an inset.
  private func crowded(_ site: Int) -> Bool {
    let here = anchor(content.sites[site], in: main).center
    return content.sites.indices.contains { other in
      guard other != site else { return false }
      let there = anchor(content.sites[other], in: main).center
      return abs(there.x - here.x) < Self.crowdedPixels
        && abs(there.y - here.y) < Self.crowdedPixels
    }
  }

  private func inside(_ site: Int, _ regions: [MapRect]) -> Bool {
    let p = points(content.sites[site], in: main)
    return regions.contains { region in p.contains { region.contains($0) } }
  }

  private func union(_ a: MapRect, _ b: MapRect) -> MapRect {
    MapRect(around: [
      MapPoint(x: a.x, y: a.y), MapPoint(x: a.maxX, y: a.maxY), MapPoint(x: b.x, y: b.y),
      MapPoint(x: b.maxX, y: b.maxY),
    ]) ?? a
  }

  /// `rects` with every pair lying within 30 pixels of each other joined, ordered by position.
  private func merged(_ rects: [MapRect]) -> [MapRect] {
    var out = rects
    var joined = true
    while joined {
      joined = false
      outer: for i in out.indices {
        for j in out.indices where j > i && out[i].inset(by: 30, 30).intersects(out[j]) {
          out[i] = union(out[i], out[j])
          out.remove(at: j)
          joined = true
          break outer
        }
      }
    }
    return out.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
  }
}
