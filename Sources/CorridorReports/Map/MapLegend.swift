import CorridorModel

/// The legend under a map: rows of symbols with their meaning, then the credit line.
struct MapLegend {
  /// One entry: draws its symbol in a 22 × 10 pixel box whose top left is given.
  struct Entry {
    var symbol: (Double, Double) -> String
    var text: String
  }

  var width: Double
  var rows: [[Entry]]

  /// The legend's elements from `top` down, and the y below it.
  func svg(top: Double) -> (elements: [String], bottom: Double) {
    let c = Markup.coordinate
    var out: [String] = []
    var y = top
    for row in rows where !row.isEmpty {
      var x = 4.0
      for entry in row {
        let needed = 26 + LabelText.width(entry.text, fontSize: 8) + 10
        if x > 4, x + needed > width {
          (x, y) = (4, y + 14)
        }
        out.append(entry.symbol(x, y))
        out.append(
          "<text x=\"\(c(x + 26))\" y=\"\(c(y + 8))\" class=\"cm-legend\">\(Markup.escape(entry.text))</text>"
        )
        x += needed
      }
      y += 14
    }
    out.append(
      "<text x=\"4\" y=\"\(c(y + 8))\" class=\"cm-credit\">"
        + Markup.escape(
          t(
            "Borders and coastlines: Natural Earth (public domain). Lambert conformal conic projection."
          ))
        + "</text>")
    return (out, y + 14)
  }

  /// A line of `style` and `width` as a legend symbol.
  static func line(_ style: String, width: Double) -> (Double, Double) -> String {
    { x, y in
      let c = Markup.coordinate
      return
        "<line x1=\"\(c(x + 1))\" y1=\"\(c(y + 5))\" x2=\"\(c(x + 21))\" y2=\"\(c(y + 5))\" class=\"cm-\(style)\" stroke-width=\"\(c(width))\"/>"
    }
  }

  /// A node marker of `kind` as a legend symbol.
  static func marker(_ kind: NodeKind) -> (Double, Double) -> String {
    { x, y in MapMarkers.svg(kind, at: MapPoint(x: x + 11, y: y + 5), title: "") }
  }

  /// A filled box of `style` as a legend symbol.
  static func area(_ style: String) -> (Double, Double) -> String {
    { x, y in
      let c = Markup.coordinate
      return "<rect x=\"\(c(x + 3))\" y=\"\(c(y))\" width=\"16\" height=\"10\" class=\"\(style)\"/>"
    }
  }

  /// The markers' entries, with consolidation hubs when the map shows any.
  static func markers(hubs: Bool) -> [Entry] {
    var out = [
      Entry(symbol: marker(.city), text: t("city")),
      Entry(symbol: marker(.seaPort), text: t("sea port")),
      Entry(symbol: marker(.hub), text: t("logistics hub")),
      Entry(symbol: marker(.checkpoint), text: t("border checkpoint")),
      Entry(symbol: marker(.gaugeChange), text: t("gauge change")),
      Entry(symbol: marker(.junction), text: t("junction")),
    ]
    if hubs {
      out.append(
        Entry(
          symbol: { x, y in
            MapMarkers.consolidationHub(at: MapPoint(x: x + 11, y: y + 5), title: "")
          },
          text: t("consolidation hub")))
    }
    out.append(
      Entry(symbol: area("cm-member"), text: t("Organization of Turkic States member or observer")))
    return out
  }

  /// Line widths for three round values up to `busiest`, labelled with `format`.
  static func widths(busiest: Double, style: String, width: (Double) -> Double) -> [Entry] {
    guard busiest > 0 else { return [] }
    let step = Markup.tickStep(busiest, ticks: 1)
    let top = max((busiest / step).rounded(.down) * step, step / 2)
    let values = [top, Markup.tickStep(top, ticks: 4), Markup.tickStep(top, ticks: 20)]
    var seen = Set<Double>()
    return values.filter { $0 <= busiest && seen.insert($0).inserted }.map { value in
      Entry(
        symbol: line(style, width: width(value)),
        text: t("{0} TEU/year", LocalNumber.grouped(value)))
    }
  }
}
