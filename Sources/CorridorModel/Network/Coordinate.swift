import Foundation

/// A point on the Earth in decimal degrees (WGS 84).
public struct Coordinate: Hashable, Sendable {
  /// Latitude in degrees, −90 to 90, north positive.
  public var latitude: Double
  /// Longitude in degrees, −180 to 180, east positive.
  public var longitude: Double

  /// Creates a coordinate from latitude and longitude in degrees.
  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }

  /// The great-circle distance to another point in kilometres (haversine, mean Earth radius).
  public func distanceKm(to other: Coordinate) -> Double {
    let radius = 6371.0088
    let phi1 = latitude * .pi / 180
    let phi2 = other.latitude * .pi / 180
    let dPhi = (other.latitude - latitude) * .pi / 180
    let dLambda = (other.longitude - longitude) * .pi / 180
    let a =
      sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
    return 2 * radius * asin(min(1, sqrt(a)))
  }
}
