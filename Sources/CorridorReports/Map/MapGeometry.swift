/// A point on the drawing, in SVG pixels (y down).
struct MapPoint: Hashable, Sendable {
  var x: Double
  var y: Double
}

/// An axis-aligned rectangle on a drawing (a map or a chart), in SVG pixels (y down).
struct MapRect: Hashable, Sendable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var maxX: Double { x + width }
  var maxY: Double { y + height }
  var center: MapPoint { MapPoint(x: x + width / 2, y: y + height / 2) }

  /// The rectangle around `points`, or nil when there are none.
  init?(around points: [MapPoint]) {
    guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(),
      let minY = points.map(\.y).min(), let maxY = points.map(\.y).max()
    else { return nil }
    self.init(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
  }

  init(x: Double, y: Double, width: Double, height: Double) {
    (self.x, self.y, self.width, self.height) = (x, y, width, height)
  }

  /// The rectangle from (`x0`, `y0`) to (`x1`, `y1`), `x0 ≤ x1` and `y0 ≤ y1`.
  init(x0: Double, y0: Double, x1: Double, y1: Double) {
    self.init(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
  }

  /// This rectangle grown by `dx` left and right and `dy` above and below.
  func inset(by dx: Double, _ dy: Double) -> MapRect {
    MapRect(x: x - dx, y: y - dy, width: width + 2 * dx, height: height + 2 * dy)
  }

  /// Whether the two rectangles share any area.
  func intersects(_ other: MapRect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  /// Whether `other` lies wholly inside this rectangle.
  func contains(_ other: MapRect) -> Bool {
    other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
  }

  /// Whether `point` lies inside this rectangle (edges included).
  func contains(_ point: MapPoint) -> Bool {
    point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
  }

  /// Whether the segment from `a` to `b` passes through this rectangle.
  func crosses(_ a: MapPoint, _ b: MapPoint) -> Bool {
    // Liang–Barsky: clip the segment's parameter range to each slab.
    var (low, high) = (0.0, 1.0)
    let checks = [
      (-(b.x - a.x), a.x - x), (b.x - a.x, maxX - a.x),
      (-(b.y - a.y), a.y - y), (b.y - a.y, maxY - a.y),
    ]
    for (p, q) in checks {
      if p == 0 {
        if q < 0 { return false }
      } else {
        let r = q / p
        if p < 0 { low = max(low, r) } else { high = min(high, r) }
        if low > high { return false }
      }
    }
    return true
  }

  /// The point where the segment from `inside` towards `outside` leaves this rectangle.
  func exit(from inside: MapPoint, towards outside: MapPoint) -> MapPoint {
    var t = 1.0
    let (dx, dy) = (outside.x - inside.x, outside.y - inside.y)
    if dx > 0 { t = min(t, (maxX - inside.x) / dx) }
    if dx < 0 { t = min(t, (x - inside.x) / dx) }
    if dy > 0 { t = min(t, (maxY - inside.y) / dy) }
    if dy < 0 { t = min(t, (y - inside.y) / dy) }
    return MapPoint(x: inside.x + t * dx, y: inside.y + t * dy)
  }
}

enum MapGeometry {
  /// The points Douglas–Peucker keeps of `points` at `tolerance` (first and last always).
  static func simplify(_ points: [MapPoint], tolerance: Double) -> [MapPoint] {
    guard points.count > 2 else { return points }
    var keep = [Bool](repeating: false, count: points.count)
    keep[0] = true
    keep[points.count - 1] = true
    var stack = [(0, points.count - 1)]
    while let (a, b) = stack.popLast() {
      let (p, q) = (points[a], points[b])
      let length = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
      var (best, far) = (-1.0, -1)
      for i in (a + 1)..<b {
        let r = points[i]
        let d =
          length == 0
          ? ((r.x - p.x) * (r.x - p.x) + (r.y - p.y) * (r.y - p.y)).squareRoot()
          : abs((q.x - p.x) * (p.y - r.y) - (p.x - r.x) * (q.y - p.y)) / length
        if d > best { (best, far) = (d, i) }
      }
      if far >= 0, best > tolerance {
        keep[far] = true
        stack += [(a, far), (far, b)]
      }
    }
    return points.indices.filter { keep[$0] }.map { points[$0] }
  }

  /// An SVG path's `d` for `points`, closed when `closed`, coordinates to 0.1 px.
  static func path(_ points: [MapPoint], closed: Bool) -> String {
    let c = Markup.coordinate
    var out = ""
    for (i, point) in points.enumerated() {
      out += (i == 0 ? "M" : "L") + c(point.x) + " " + c(point.y)
    }
    return closed ? out + "Z" : out
  }
}
