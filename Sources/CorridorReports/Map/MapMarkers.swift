import CorridorModel

/// The symbols of the map's nodes and the boxes they take, for drawing and for placement.
enum MapMarkers {
  /// The box a marker of `kind` at `point` takes, with a pixel to spare.
  static func box(_ kind: NodeKind, at point: MapPoint, hub: Bool = false) -> MapRect {
    let r = (hub ? 6 : radius(kind)) + 1
    return MapRect(x: point.x - r, y: point.y - r, width: 2 * r, height: 2 * r)
  }

  /// Half the size of a marker of `kind`, pixels.
  static func radius(_ kind: NodeKind) -> Double {
    switch kind {
    case .city: 2.6
    case .seaPort: 3.2
    case .hub: 3.4
    case .checkpoint: 2.6
    case .gaugeChange: 2.4
    case .junction: 1.4
    }
  }

  /// The SVG element of a node's marker, with `title` as its tooltip.
  static func svg(_ kind: NodeKind, at p: MapPoint, title: String) -> String {
    let c = Markup.coordinate
    let tip = "<title>\(Markup.escape(title))</title>"
    let r = radius(kind)
    switch kind {
    case .checkpoint:
      return "<rect x=\"\(c(p.x - r))\" y=\"\(c(p.y - r))\" width=\"\(c(2 * r))\" "
        + "height=\"\(c(2 * r))\" class=\"m-checkpoint\">\(tip)</rect>"
    case .hub:
      return "<polygon points=\"\(c(p.x)),\(c(p.y - r)) \(c(p.x + r)),\(c(p.y)) "
        + "\(c(p.x)),\(c(p.y + r)) \(c(p.x - r)),\(c(p.y))\" class=\"m-hub\">\(tip)</polygon>"
    default:
      return "<circle cx=\"\(c(p.x))\" cy=\"\(c(p.y))\" r=\"\(c(r))\" class=\"m-\(kind.rawValue)\">"
        + "\(tip)</circle>"
    }
  }

  /// A consolidation hub of a variant: a large diamond.
  static func consolidationHub(at p: MapPoint, title: String) -> String {
    let c = Markup.coordinate
    return "<polygon points=\"\(c(p.x)),\(c(p.y - 6)) \(c(p.x + 6)),\(c(p.y)) "
      + "\(c(p.x)),\(c(p.y + 6)) \(c(p.x - 6)),\(c(p.y))\" class=\"m-consolidation\">"
      + "<title>\(Markup.escape(title))</title></polygon>"
  }
}
