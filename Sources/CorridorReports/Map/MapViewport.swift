import CorridorModel

/// A window of the map on the drawing: a rectangle of pixels showing part of the projection.
struct MapViewport: Sendable {
  /// Where the window lies on the drawing.
  var frame: MapRect
  /// The projection shared by every window of one map.
  var projection: ConicProjection
  /// Pixels per projected unit.
  var scale: Double
  /// The projected x at the window's left edge.
  var west: Double
  /// The projected y at the window's top edge.
  var north: Double

  /// Where `coordinate` falls on the drawing (it may lie outside the frame).
  func point(_ coordinate: Coordinate) -> MapPoint {
    let p = projection.project(coordinate)
    return MapPoint(x: frame.x + (p.x - west) * scale, y: frame.y + (north - p.y) * scale)
  }

  /// A window of `width` pixels showing the projected box `box` (west, south, east, north)
  /// with `margin` pixels above and below it and `marginX` (or `margin`) left and right, at
  /// `top` and `left`; at `scale` pixels per projected unit when given.
  static func fitting(
    _ box: (west: Double, south: Double, east: Double, north: Double),
    projection: ConicProjection, width: Double, margin: Double, marginX: Double? = nil,
    left: Double = 0, top: Double = 0, scale fixedScale: Double? = nil
  ) -> MapViewport {
    let sides = marginX ?? margin
    let spanX = max(box.east - box.west, 1e-9)
    let spanY = max(box.north - box.south, 1e-9)
    let scale = fixedScale ?? (width - 2 * sides) / spanX
    let frame = MapRect(
      x: left, y: top, width: fixedScale == nil ? width : spanX * scale + 2 * sides,
      height: spanY * scale + 2 * margin)
    return MapViewport(
      frame: frame, projection: projection, scale: scale, west: box.west - sides / scale,
      north: box.north + margin / scale)
  }
}
