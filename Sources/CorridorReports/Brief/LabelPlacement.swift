/// The room a line of chart text takes, estimated as a browser draws it in DejaVu Sans.
///
/// The width is 0.62 em a character (0.7 em in bold), a little above the font's average, so
/// that estimated boxes that do not meet leave drawn ones apart; the box runs from 0.95 em
/// above the baseline to 0.27 em below it.
enum TextBox {
  /// Where the text's `x` is: its start, middle or end.
  enum Anchor: String, Sendable {
    case start, middle, end
  }

  /// The estimated width of `text` at `size` (SVG units).
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    Double(text.count) * size * (bold ? 0.7 : 0.62)
  }

  /// The estimated box of `text` written at (`x`, `y`), `y` being the baseline.
  static func box(
    _ text: String, x: Double, y: Double, size: Double, anchor: Anchor = .start,
    bold: Bool = false
  ) -> MapRect {
    let w = width(text, size: size, bold: bold)
    let left =
      switch anchor {
      case .start: x
      case .middle: x - w / 2
      case .end: x - w
      }
    return MapRect(x0: left, y0: y - 0.95 * size, x1: left + w, y1: y + 0.27 * size)
  }

  /// `text` cut at a word to at most `characters` characters, with "…" when cut.
  static func shortened(_ text: String, to characters: Int) -> String {
    guard text.count > characters, characters > 1 else { return text }
    let head = String(text.prefix(characters - 1))
    let cut = head.lastIndex(of: " ").map { String(head[..<$0]) } ?? head
    let trimmed = (cut.count >= characters / 2 ? cut : head)
      .trimmingCharacters(in: [" ", ",", ";", ":", "/", "-", "–", "("])
    return trimmed + "…"
  }
}

/// Places text labels in a plot without overlapping each other, the plotted lines or the
/// plot's edges: each label takes the first free place among its candidates.
struct ChartLabelPlacer {
  /// A place a label may take: its box, where its text is written, and a leader line from
  /// the text to what it names, when it stands apart.
  struct Place: Sendable {
    var box: MapRect
    var x: Double
    var y: Double
    var anchor: TextBox.Anchor
    var leader: (from: (x: Double, y: Double), to: (x: Double, y: Double))?
  }

  /// The area labels must stay in.
  let bounds: MapRect
  /// The space kept between a label and anything else.
  var gap = 1.5
  /// The boxes taken: placed labels.
  private(set) var boxes: [MapRect] = []
  /// The lines labels may not cross: the plotted lines and the leaders drawn.
  private(set) var lines: [((x: Double, y: Double), (x: Double, y: Double))] = []

  init(bounds: MapRect) { self.bounds = bounds }

  /// Adds a plotted line from `a` to `b` that labels must not cross.
  mutating func avoid(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) {
    lines.append((a, b))
  }

  /// Whether `place` is free: inside the bounds, apart from the labels and lines placed, and
  /// its leader crossing no label.
  func isFree(_ place: Place) -> Bool {
    let padded = place.box.inset(by: gap, gap)
    guard bounds.contains(place.box) else { return false }
    if boxes.contains(where: { $0.intersects(padded) }) { return false }
    if lines.contains(where: { padded.crosses(point($0.0), point($0.1)) }) { return false }
    if let leader = place.leader {
      let ends = (point(leader.from), point(leader.to))
      if boxes.contains(where: { $0.inset(by: gap, gap).crosses(ends.0, ends.1) }) {
        return false
      }
      if lines.contains(where: { Self.cross(leader.from, leader.to, $0.0, $0.1) }) { return false }
    }
    return true
  }

  /// A chart's point as a drawing point.
  private func point(_ p: (x: Double, y: Double)) -> MapPoint { MapPoint(x: p.x, y: p.y) }

  /// Whether the segments `a`–`b` and `c`–`d` cross (touching ends do not count).
  static func cross(
    _ a: (x: Double, y: Double), _ b: (x: Double, y: Double), _ c: (x: Double, y: Double),
    _ d: (x: Double, y: Double)
  ) -> Bool {
    func side(_ p: (x: Double, y: Double), _ q: (x: Double, y: Double), _ r: (x: Double, y: Double))
      -> Double
    { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
    let d1 = side(c, d, a)
    let d2 = side(c, d, b)
    let d3 = side(a, b, c)
    let d4 = side(a, b, d)
    return d1 * d2 < 0 && d3 * d4 < 0
  }

  /// Takes the first free place among `candidates`, or `nil` when none is free.
  mutating func take(_ candidates: [Place]) -> Place? {
    guard let place = candidates.first(where: isFree) else { return nil }
    boxes.append(place.box)
    if let leader = place.leader { lines.append((leader.from, leader.to)) }
    return place
  }
}
