import CorridorModel

/// Where everything of a map goes: the main window, the magnified insets below it, and
/// every label, placed so that no two overlap.
///
/// The main window frames the nodes inside the base map's focus region (all nodes when none is);
/// nodes outside it are named at the edge where their lines leave it. Places
/// whose labels do not fit at the main scale go, with their neighbours, into an inset: a
/// magnified window below the main one, its area framed and lettered on the main map.
struct MapLayout {
  /// A magnified window and the area of the main window it shows.
  struct Inset {
    var letter: String
    var viewport: MapViewport
    /// The area on the main window.
    var area: MapRect
  }

  /// A placed label: its lines and where they go (box and leader, in drawing pixels).
  struct Label {
    var lines: [String]
    var placed: PlacedLabel
  }

  /// The height of the title strip above the main window.
  static let titleHeight = 20.0

  var main: MapViewport
  var insets: [Inset]
  var labels: [Label]
  /// The bottom of the last window.
  var bottom: Double

  /// The layout of `content` on a drawing `width` pixels wide; nil when no node is located.
  init?(_ content: MapContent, width: Double) {
    let nodes = content.scenario.nodes
    let region = Basemap.shipped?.focus ?? (west: -180, south: -90, east: 180, north: 90)
    let inRegion = content.located.filter { n in
      let c = nodes[n].coordinate
      return c.longitude >= region.west && c.longitude <= region.east
        && c.latitude >= region.south && c.latitude <= region.north
    }
    let frame = inRegion.isEmpty ? content.located : inRegion
    guard !frame.isEmpty else { return nil }
    let coordinates = frame.map { nodes[$0].coordinate }
    let lats = coordinates.map(\.latitude)
    let lons = coordinates.map(\.longitude)
    guard let south = lats.min(), let north = lats.max(), let west = lons.min(),
      let east = lons.max()
    else { return nil }
    let projection = ConicProjection(
      south: south, north: north, centralLongitude: (west + east) / 2)
    let projected = coordinates.map(projection.project)
    let box = (
      west: projected.map(\.x).min() ?? 0, south: projected.map(\.y).min() ?? 0,
      east: projected.map(\.x).max() ?? 0, north: projected.map(\.y).max() ?? 0
    )
    main = MapViewport.fitting(
      box, projection: projection, width: width, margin: 22, top: Self.titleHeight)
    var placer = MapPlacement(content: content, main: main, width: width)
    placer.run()
    insets = placer.insets
    labels = placer.labels
    bottom = placer.bottom
  }
}
