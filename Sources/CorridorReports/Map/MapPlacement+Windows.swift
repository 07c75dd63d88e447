import CorridorModel

extension MapPlacement {
  /// The labels of `sites` on the main window, with letters naming `regions` and the names
  /// of nodes off the edge: per site (nil where it did not fit), and all that were placed.
  func placeMain(
    _ sites: [Int], regions: [MapRect], letters: [String] = [], covered: [MapRect] = []
  )
    -> (labels: [PlacedLabel?], placedLabels: [MapLayout.Label])
  {
    // The names off the edge first, with room for long leaders along the edge.
    let remote = remoteRequests()
    let edge = LabelPlacer(
      bounds: main.frame.inset(by: -2, -2), obstacles: markerBoxes(in: main) + regions + covered
    ).place(remote)
    var requests = zip(letters, regions).map { letter, region in
      LabelRequest(lines: [letter], anchor: region, required: true)
    }
    requests += sites.map { s in
      LabelRequest(
        lines: content.sites[s].lines, anchor: anchor(content.sites[s], in: main), required: true)
    }
    // Near the markers: a place whose label would need a long leader goes to an inset.
    let placer = LabelPlacer(
      bounds: main.frame.inset(by: -2, -2),
      obstacles: markerBoxes(in: main) + regions + covered + edge.compactMap { $0?.box },
      gaps: [2, 8, 16, 28, 42])
    let placed = placer.place(requests)
    var placedLabels = zip(remote, edge).compactMap { request, placed in
      placed.map { MapLayout.Label(lines: request.lines, placed: $0) }
    }
    placedLabels += requests.indices.compactMap { i in
      placed[i].map { MapLayout.Label(lines: requests[i].lines, placed: $0) }
    }
    let first = letters.count
    return (Array(placed[first..<(first + sites.count)]), placedLabels)
  }

  /// Labels for the named places off the main window, at the point where their busiest
  /// line leaves it.
  private func remoteRequests() -> [LabelRequest] {
    let nodes = content.scenario.nodes
    var out: [LabelRequest] = []
    for site in content.sites {
      let p = points(site, in: main)
      guard !p.allSatisfy({ main.frame.contains($0) }) else { continue }
      let members = Set(site.nodes)
      let leaving = content.lines.filter { line in
        members.contains(line.from) != members.contains(line.to)
          && main.frame.contains(
            main.point(nodes[members.contains(line.from) ? line.to : line.from].coordinate))
      }
      guard let line = leaving.max(by: { (abs($0.teu), $1.from) < (abs($1.teu), $0.from) })
      else { continue }
      let (inner, outer) = members.contains(line.from) ? (line.to, line.from) : (line.from, line.to)
      let a = main.point(nodes[inner].coordinate)
      let b = main.point(nodes[outer].coordinate)
      let edge = main.frame.exit(from: a, towards: b)
      let length = max(
        ((edge.x - a.x) * (edge.x - a.x) + (edge.y - a.y) * (edge.y - a.y)).squareRoot(), 1)
      let point = MapPoint(
        x: edge.x - 5 * (edge.x - a.x) / length, y: edge.y - 5 * (edge.y - a.y) / length)
      out.append(
        LabelRequest(
          lines: site.lines.map { t("to {0}", $0) },
          anchor: MapRect(x: point.x - 1, y: point.y - 1, width: 2, height: 2), required: true))
    }
    return out
  }

  /// The labels of `sites` in `inset`, and how many required ones did not fit.
  func placeInset(_ inset: MapLayout.Inset, sites: [Int]) -> (
    labels: [MapLayout.Label], failed: Int
  ) {
    let viewport = inset.viewport
    let requests = sites.map { s in
      LabelRequest(
        lines: content.sites[s].lines, anchor: anchor(content.sites[s], in: viewport),
        required: true)
    }
    let letterBox = MapRect(x: viewport.frame.x, y: viewport.frame.y, width: 16, height: 14)
    let placer = LabelPlacer(
      bounds: viewport.frame.inset(by: -2, -2),
      obstacles: markerBoxes(in: viewport) + [letterBox])
    let placed = placer.place(requests)
    let labels = requests.indices.compactMap { i in
      placed[i].map { MapLayout.Label(lines: requests[i].lines, placed: $0) }
    }
    return (labels, placed.filter { $0 == nil }.count)
  }

  /// The inset of `region` (pixels of the main window) at the smallest magnification at
  /// which all of `sites`' labels fit and the inset is no wider than the map.
  func bestInset(_ region: MapRect, sites: [Int], letter: String) -> MapLayout.Inset {
    let box = (
      west: main.west + (region.x - main.frame.x) / main.scale,
      south: main.north - (region.maxY - main.frame.y) / main.scale,
      east: main.west + (region.maxX - main.frame.x) / main.scale,
      north: main.north - (region.y - main.frame.y) / main.scale
    )
    // Room beside the area for the widest label block, so that it can fit.
    let widest = sites.flatMap { content.sites[$0].lines }.map { LabelText.width($0) }.max() ?? 0
    func marginX(_ scale: Double) -> Double {
      max(30, widest + 12 - (box.east - box.west) * scale / 2)
    }
    var best: (inset: MapLayout.Inset, failed: Int)?
    for magnification in Self.magnifications {
      let viewport = MapViewport.fitting(
        box, projection: main.projection, width: 0, margin: 30,
        marginX: marginX(main.scale * magnification), scale: main.scale * magnification)
      guard viewport.frame.width <= width, viewport.frame.height <= 270 else { break }
      let inset = MapLayout.Inset(letter: letter, viewport: viewport, area: region)
      let failed = placeInset(inset, sites: sites).failed
      if best == nil || failed < best?.failed ?? 0 { best = (inset, failed) }
      if failed == 0 { break }
    }
    if let best { return best.inset }
    // Too large even at the least magnification: as large as an inset may be.
    let scale = min(
      (width - 60) / max(box.east - box.west, 1e-9),
      (270 - 60) / max(box.north - box.south, 1e-9))
    let viewport = MapViewport.fitting(
      box, projection: main.projection, width: 0, margin: 30, marginX: marginX(scale), scale: scale)
    return MapLayout.Inset(letter: letter, viewport: viewport, area: region)
  }
}
