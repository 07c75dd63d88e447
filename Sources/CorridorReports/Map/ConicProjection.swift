import CorridorModel
import Foundation

/// Lambert's conformal conic projection on a sphere, in units of the Earth's radius.
///
/// Shapes stay right at every latitude and scale is true on the two standard parallels,
/// which suits a region much wider than tall in the middle latitudes. `y` grows northwards.
struct ConicProjection: Sendable {
  /// The central meridian, degrees.
  let centralLongitude: Double
  /// The cone constant.
  let n: Double
  /// The radius factor.
  let f: Double
  /// The radius of the parallel of origin.
  let rho0: Double

  /// A projection with standard parallels `parallel1` and `parallel2`, origin at
  /// (`originLatitude`, `centralLongitude`), all in degrees.
  init(
    parallel1: Double, parallel2: Double, originLatitude: Double, centralLongitude: Double
  ) {
    let radians = Double.pi / 180
    let (p1, p2) = (parallel1 * radians, parallel2 * radians)
    func t(_ phi: Double) -> Double { tan(.pi / 4 + phi / 2) }
    let n =
      abs(p1 - p2) < 1e-9
      ? sin(p1) : log(cos(p1) / cos(p2)) / log(t(p2) / t(p1))
    let f = cos(p1) * pow(t(p1), n) / n
    self.n = n
    self.f = f
    self.rho0 = f / pow(t(originLatitude * radians), n)
    self.centralLongitude = centralLongitude
  }

  /// A projection suited to the latitudes from `south` to `north` around `centralLongitude`:
  /// standard parallels a sixth of the span in from either edge.
  init(south: Double, north: Double, centralLongitude: Double) {
    let span = north - south
    self.init(
      parallel1: south + span / 6, parallel2: north - span / 6,
      originLatitude: (south + north) / 2, centralLongitude: centralLongitude)
  }

  /// The projected position of `coordinate`: x east, y north.
  func project(_ coordinate: Coordinate) -> (x: Double, y: Double) {
    let radians = Double.pi / 180
    let rho = f / pow(tan(.pi / 4 + coordinate.latitude * radians / 2), n)
    var dLon = coordinate.longitude - centralLongitude
    if dLon > 180 { dLon -= 360 }
    if dLon < -180 { dLon += 360 }
    let theta = n * dLon * radians
    return (rho * sin(theta), rho0 - rho * cos(theta))
  }
}
