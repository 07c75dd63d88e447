@testable import CorridorReports

/// The `<text>` elements of an SVG with their estimated boxes, as a browser lays them out
/// (the same estimate the charts place their labels with: 0.62 em a character in DejaVu Sans).
struct SVGText {
  /// One text element.
  struct Element {
    var text: String
    var box: MapRect
  }

  /// The SVG's width and height, from its viewBox.
  let size: (width: Double, height: Double)
  /// Its text elements in order.
  let elements: [Element]

  init(_ svg: String) {
    let view = Self.attribute("viewBox", in: svg)?.split(separator: " ").compactMap {
      Double($0)
    }
    size = (view?.count == 4 ? view?[2] ?? 0 : 0, view?.count == 4 ? view?[3] ?? 0 : 0)
    var elements: [Element] = []
    var rest = svg[...]
    while let open = rest.range(of: "<text ") {
      guard let tagEnd = rest[open.upperBound...].range(of: ">"),
        let close = rest[tagEnd.upperBound...].range(of: "</text>")
      else { break }
      let tag = String(rest[open.lowerBound..<tagEnd.upperBound])
      var content = String(rest[tagEnd.upperBound..<close.lowerBound])
      if let title = content.range(of: "</title>") {
        content = String(content[title.upperBound...])
      }
      let text = content.replacingOccurrences(of: "&lt;", with: "<")
        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
        .replacingOccurrences(of: "&amp;", with: "&")
      let cls = Self.attribute("class", in: tag)
      let size = cls == "title" ? 9.0 : cls == "label" ? 7.0 : 8.0
      let anchor = TextBox.Anchor(rawValue: Self.attribute("text-anchor", in: tag) ?? "") ?? .start
      let box = TextBox.box(
        text, x: Double(Self.attribute("x", in: tag) ?? "") ?? .nan,
        y: Double(Self.attribute("y", in: tag) ?? "") ?? .nan, size: size, anchor: anchor,
        bold: cls == "title")
      elements.append(Element(text: text, box: box))
      rest = rest[close.upperBound...]
    }
    self.elements = elements
  }

  /// The pairs of texts whose boxes meet.
  var overlaps: [(String, String)] {
    var found: [(String, String)] = []
    for i in elements.indices {
      for j in elements.indices where j > i && elements[i].box.intersects(elements[j].box) {
        found.append((elements[i].text, elements[j].text))
      }
    }
    return found
  }

  /// The texts whose boxes leave the SVG.
  var outside: [String] {
    let frame = MapRect(x0: 0, y0: 0, x1: size.width, y1: size.height)
    return elements.filter { !frame.contains($0.box) }.map(\.text)
  }

  /// The value of the first `name="…"` in `text`.
  static func attribute(_ name: String, in text: some StringProtocol) -> String? {
    guard let start = text.range(of: " \(name)=\"") else { return nil }
    let rest = text[start.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end])
  }
}
