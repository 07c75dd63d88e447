import CorridorModel

/// The drawing of a corridor's time/cost-distance profile: a time panel above a cost panel on
/// one distance axis, each stop named beside its step, and two bars splitting the totals by
/// part, with a key.
struct ProfileChart {
  /// A stop's name as the chart writes it, and in full for its tooltip.
  struct StopName: Sendable {
    var label: String
    var full: String
  }

  let profile: CorridorProfile
  let names: [StopName]
  /// The height of each panel's plot area; a chart whose labels do not fit draws taller.
  var plotHeight = 110.0

  static let width = 660.0
  static let left = 48.0
  static let right = 26.0
  static let labelSize = 8.0
  static let textSize = 8.0
  static let titleSize = 9.0

  /// The colour of each part, on the steps, the bars and the key.
  static func colour(_ part: CorridorProfile.Part) -> String {
    switch part {
    case .running: "#1f4e79"
    case .border: "#c0392b"
    case .gaugeChange: "#e39b2d"
    case .port: "#8e5ea2"
    case .ferry: "#2e86c1"
    case .hub: "#4c9a52"
    }
  }

  /// The name of a part, in the report's language.
  static func name(_ part: CorridorProfile.Part) -> String {
    switch part {
    case .running: t("Running")
    case .border: t("Border crossings")
    case .gaugeChange: t("Gauge changes")
    case .port: t("Ports and terminals")
    case .ferry: t("Ferries (wait and sailing)")
    case .hub: t("Hub dwell")
    }
  }

  /// The SVG, drawn taller until every stop's label finds a free place.
  var svg: String {
    var chart = self
    for _ in 0..<4 {
      if let drawn = chart.draw() { return drawn }
      chart.plotHeight *= 1.4
    }
    return chart.draw(force: true) ?? ""
  }

  /// One axis panel: what it plots and how it writes it.
  private struct Panel {
    var title: String
    var unit: String
    var value: (CorridorProfile.Point) -> Double
    var maximum: Double
  }

  /// The drawing, or `nil` when a label finds no free place (unless `force`d).
  private func draw(force: Bool = false) -> String? {
    let total = profile.total
    // Days, unless the whole corridor takes less than three.
    let hourly = total.hours < 72
    let perUnit = hourly ? 1.0 : 24
    let panels = [
      Panel(
        title: t("Time against distance"), unit: hourly ? t("h") : t("days"),
        value: { $0.hours / perUnit }, maximum: total.hours / perUnit),
      Panel(
        title: t("Cost against distance"), unit: t("US$ per TEU"), value: { $0.usd },
        maximum: total.usd),
    ]
    let panelHeight = plotHeight + 66
    var body: [String] = []
    for (p, panel) in panels.enumerated() {
      let drawn = self.panel(panel, top: Double(p) * panelHeight)
      guard drawn.placed || force else { return nil }
      body += drawn.lines
    }
    let (bars, barsHeight) = self.bars(top: 2 * panelHeight + 4)
    body += bars
    let height = 2 * panelHeight + 4 + barsHeight
    let c = Markup.coordinate
    return
      ([
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(Self.width)) \(c(height))\" "
          + "width=\"\(c(Self.width))\" height=\"\(c(height))\" role=\"img\" aria-label=\""
          + Markup.escape(t("Time and cost against distance: {0}", profile.corridor)) + "\">"
      ] + body + ["</svg>"]).joined(separator: "\n")
  }

  /// A panel whose top is at `top`: axes, the profile line, and the stops' labels; `placed`
  /// is false when a label found no free place.
  private func panel(_ panel: Panel, top: Double) -> (lines: [String], placed: Bool) {
    let c = Markup.coordinate
    let xStep = Markup.tickStep(profile.total.km)
    let yStep = Markup.tickStep(panel.maximum * 1.12)
    let frame = PlotFrame(
      width: Self.width, height: top + 34 + plotHeight + 32, left: Self.left, right: Self.right,
      top: top + 34, bottom: 32,
      xMaximum: max((profile.total.km / xStep).rounded(.up) * xStep, xStep),
      yMaximum: max((panel.maximum * 1.12 / yStep).rounded(.up) * yStep, yStep))
    var out = frame.axes(
      title: panel.title, xLabel: t("distance, km"), yLabel: panel.unit, titleY: top + 12)
    let points = profile.points.map { (x: frame.x($0.km), y: frame.y(panel.value($0))) }
    var placer = ChartLabelPlacer(
      bounds: MapRect(
        x0: frame.left + 2, y0: frame.top + 1, x1: Self.width - Self.right, y1: frame.y(0) - 2))
    for (i, point) in profile.points.enumerated().dropFirst() {
      placer.avoid(from: points[i - 1], to: points[i])
      let width = point.isStop ? 2.2 : 1.6
      out.append(
        "<line x1=\"\(c(points[i - 1].x))\" y1=\"\(c(points[i - 1].y))\" x2=\"\(c(points[i].x))\" "
          + "y2=\"\(c(points[i].y))\" stroke=\"\(Self.colour(point.part))\" "
          + "stroke-width=\"\(width)\" stroke-linecap=\"round\"/>")
    }
    var placed = true
    let order = profile.stops.indices.sorted { a, b in
      let (ha, hb) = (rise(of: a, panel), rise(of: b, panel))
      return ha != hb ? ha > hb : a < b
    }
    var labels: [String] = []
    for s in order {
      let stop = profile.stops[s]
      let first = points[stop.points[0] - 1]
      let last = points[stop.points[stop.points.count - 1]]
      let name = s < names.count ? names[s] : StopName(label: "", full: "")
      let label = name.label
      guard
        let place = placer.take(Self.candidates(for: label, from: first, to: last))
          ?? placer.take(Self.scan(for: label, near: last, in: placer.bounds))
      else {
        placed = false
        continue
      }
      if let leader = place.leader {
        labels.append(
          "<line x1=\"\(c(leader.from.x))\" y1=\"\(c(leader.from.y))\" x2=\"\(c(leader.to.x))\" "
            + "y2=\"\(c(leader.to.y))\" stroke=\"#888\" stroke-width=\"0.6\"/>")
      }
      labels.append(
        "<text x=\"\(c(place.x))\" y=\"\(c(place.y))\" text-anchor=\"\(place.anchor.rawValue)\">"
          + "<title>\(Markup.escape(name.full))</title>\(Markup.escape(label))</text>")
    }
    return (out + labels, placed)
  }

  /// What a stop adds to the panel's value.
  private func rise(of stop: Int, _ panel: Panel) -> Double {
    let indices = profile.stops[stop].points
    return panel.value(profile.points[indices[indices.count - 1]])
      - panel.value(profile.points[indices[0] - 1])
  }
}
