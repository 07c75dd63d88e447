import CorridorModel

/// Draws a laid-out map: water, land, borders and coasts, lines, markers and labels.
struct MapCanvas {
  let content: MapContent
  let layout: MapLayout
  let basemap: Basemap?

  /// ISO codes of the Organization of Turkic States' members and observers, shaded.
  static let turkicStates: Set<String> = ["AZ", "HU", "KG", "KZ", "TM", "TR", "UZ"]

  /// Every window drawn, then the inset areas on the main window, then the labels.
  func body() -> [String] {
    var out: [String] = []
    for viewport in [layout.main] + layout.insets.map(\.viewport) {
      out += window(viewport)
    }
    let c = Markup.coordinate
    for inset in layout.insets {
      let a = inset.area
      out.append(
        "<rect x=\"\(c(a.x))\" y=\"\(c(a.y))\" width=\"\(c(a.width))\" height=\"\(c(a.height))\" class=\"cm-area\"/>"
      )
      let f = inset.viewport.frame
      out.append(
        "<rect x=\"\(c(f.x))\" y=\"\(c(f.y))\" width=\"16\" height=\"14\" class=\"cm-letterbox\"/>"
          + "<text x=\"\(c(f.x + 4))\" y=\"\(c(f.y + 10.5))\" class=\"label cm-letter\">\(inset.letter)</text>"
      )
    }
    for label in layout.labels {
      if let leader = label.placed.leader {
        out.append(
          "<line x1=\"\(c(leader.from.x))\" y1=\"\(c(leader.from.y))\" x2=\"\(c(leader.to.x))\" y2=\"\(c(leader.to.y))\" class=\"leader\"/>"
        )
      }
    }
    for label in layout.labels {
      let box = label.placed.box
      for (i, line) in label.lines.enumerated() {
        let y = box.y + LabelText.lineHeight * Double(i) + LabelText.fontSize
        out.append(
          "<text x=\"\(c(box.x + 1))\" y=\"\(c(y))\" class=\"label\">\(Markup.escape(line))</text>")
      }
    }
    return out
  }

  /// One window: its sea, land and network, cut to its frame, and the frame.
  private func window(_ viewport: MapViewport) -> [String] {
    let f = viewport.frame
    let c = Markup.coordinate
    var out = [
      "<rect x=\"\(c(f.x))\" y=\"\(c(f.y))\" width=\"\(c(f.width))\" height=\"\(c(f.height))\" class=\"cm-sea\"/>"
    ]
    out += land(viewport)
    out += network(viewport)
    out.append(
      "<rect x=\"\(c(f.x))\" y=\"\(c(f.y))\" width=\"\(c(f.width))\" height=\"\(c(f.height))\" class=\"cm-frame\"/>"
    )
    return out
  }

  /// Countries (members shaded), then borders, then coasts.
  private func land(_ viewport: MapViewport) -> [String] {
    guard let basemap else { return [] }
    let frame = viewport.frame
    let tolerance = 0.35
    var out: [String] = []
    for country in basemap.countries {
      var d = ""
      for ring in country.rings {
        let points = MapGeometry.simplify(ring.points.map(viewport.point), tolerance: tolerance)
        let clipped = MapClipping.ring(points, to: frame)
        guard clipped.count >= 3 else { continue }
        d += MapGeometry.path(clipped, closed: true)
      }
      guard !d.isEmpty else { continue }
      let style = Self.turkicStates.contains(country.iso2) ? "cm-member" : "cm-land"
      out.append("<path d=\"\(d)\" class=\"\(style)\" fill-rule=\"evenodd\"/>")
    }
    for (lines, style) in [(basemap.borders, "cm-border"), (basemap.coasts, "cm-coast")] {
      var d = ""
      for line in lines {
        let points = MapGeometry.simplify(line.map(viewport.point), tolerance: tolerance)
        for piece in MapClipping.line(points, to: frame) {
          d += MapGeometry.path(piece, closed: false)
        }
      }
      if !d.isEmpty { out.append("<path d=\"\(d)\" class=\"\(style)\"/>") }
    }
    return out
  }

  /// The lines and markers inside `viewport`.
  private func network(_ viewport: MapViewport) -> [String] {
    let nodes = content.scenario.nodes
    let c = Markup.coordinate
    var out: [String] = []
    for line in content.lines {
      let a = viewport.point(nodes[line.from].coordinate)
      let b = viewport.point(nodes[line.to].coordinate)
      guard let (p, q) = MapClipping.segment(a, b, to: viewport.frame) else { continue }
      out.append(
        "<line x1=\"\(c(p.x))\" y1=\"\(c(p.y))\" x2=\"\(c(q.x))\" y2=\"\(c(q.y))\" class=\"cm-\(line.style)\" stroke-width=\"\(c(line.width))\"><title>\(Markup.escape(line.title))</title></line>"
      )
    }
    let order = content.located.sorted {
      (MapContent.rank(nodes[$1].kind), $0) < (MapContent.rank(nodes[$0].kind), $1)
    }
    for n in order {
      let p = viewport.point(nodes[n].coordinate)
      guard viewport.frame.contains(p) else { continue }
      out.append(MapMarkers.svg(nodes[n].kind, at: p, title: Names.of(nodes[n])))
      if let teu = content.hubs[n] {
        out.append(
          MapMarkers.consolidationHub(
            at: p,
            title: t(
              "{0}: {1} TEU/year through its services", Names.of(nodes[n]), LocalNumber.grouped(teu)
            )))
      }
    }
    return out
  }
}
