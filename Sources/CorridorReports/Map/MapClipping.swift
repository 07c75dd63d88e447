/// Cutting shapes to a window, so that the map needs no SVG clip paths (whose ids would
/// clash between the maps of one page).
enum MapClipping {
  /// A closed ring cut to `rect` (Sutherland–Hodgman); empty when nothing is inside.
  static func ring(_ points: [MapPoint], to rect: MapRect) -> [MapPoint] {
    var ring = points
    if let first = ring.first, let last = ring.last, first == last { ring.removeLast() }
    let edges: [(MapPoint) -> Double] = [
      { $0.x - rect.x }, { rect.maxX - $0.x }, { $0.y - rect.y }, { rect.maxY - $0.y },
    ]
    for inside in edges {
      guard !ring.isEmpty else { break }
      var out: [MapPoint] = []
      out.reserveCapacity(ring.count)
      var previous = ring[ring.count - 1]
      for point in ring {
        let (a, b) = (inside(previous), inside(point))
        if (a >= 0) != (b >= 0) {
          let t = a / (a - b)
          out.append(
            MapPoint(
              x: previous.x + t * (point.x - previous.x), y: previous.y + t * (point.y - previous.y)
            ))
        }
        if b >= 0 { out.append(point) }
        previous = point
      }
      ring = out
    }
    return ring
  }

  /// The pieces of a polyline inside `rect`.
  static func line(_ points: [MapPoint], to rect: MapRect) -> [[MapPoint]] {
    var pieces: [[MapPoint]] = []
    var current: [MapPoint] = []
    for (a, b) in zip(points, points.dropFirst()) {
      guard let (p, q) = segment(a, b, to: rect) else {
        if current.count > 1 { pieces.append(current) }
        current = []
        continue
      }
      if current.last != p {
        if current.count > 1 { pieces.append(current) }
        current = [p]
      }
      current.append(q)
      if q != b {
        pieces.append(current)
        current = []
      }
    }
    if current.count > 1 { pieces.append(current) }
    return pieces
  }

  /// The part of the segment from `a` to `b` inside `rect` (Liang–Barsky), if any.
  static func segment(_ a: MapPoint, _ b: MapPoint, to rect: MapRect) -> (MapPoint, MapPoint)? {
    var (low, high) = (0.0, 1.0)
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    for (p, q) in [
      (-dx, a.x - rect.x), (dx, rect.maxX - a.x), (-dy, a.y - rect.y), (dy, rect.maxY - a.y),
    ] {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let r = q / p
      if p < 0 { low = max(low, r) } else { high = min(high, r) }
      if low > high { return nil }
    }
    let start = low == 0 ? a : MapPoint(x: a.x + low * dx, y: a.y + low * dy)
    let end = high == 1 ? b : MapPoint(x: a.x + high * dx, y: a.y + high * dy)
    return (start, end)
  }
}
