/// A country of ISO 3166-1, with the boxes that hold its land.
///
/// Scenario nodes carry alpha-2 codes (`KZ`, `KG`); the table lets validation tell a code
/// from a typo, and a place from a slip of latitude and longitude.
public struct Country: Sendable, Hashable {
  /// The alpha-2 code, such as `KZ`.
  public var alpha2: String
  /// The alpha-3 code, such as `KAZ`.
  public var alpha3: String
  /// A short English name, such as `Kazakhstan`.
  public var name: String
  /// Boxes around the country's land (its mainland and main islands or exclaves); empty for
  /// territories too small for the source map.
  public var boxes: [GeoBox]

  /// Creates a country.
  public init(alpha2: String, alpha3: String, name: String, boxes: [GeoBox]) {
    self.alpha2 = alpha2
    self.alpha3 = alpha3
    self.name = name
    self.boxes = boxes
  }

  /// The country with the alpha-2 code `code` (exact, upper case).
  public static func withCode(_ code: String) -> Country? { byAlpha2[code] }

  /// The country with the alpha-3 code `code` (exact, upper case).
  public static func withAlpha3(_ code: String) -> Country? { byAlpha3[code] }

  /// Whether `point` lies in one of the country's boxes widened by `marginDegrees` on every
  /// side (the boxes come from a coarse map); `true` when the country has no boxes.
  public func contains(_ point: Coordinate, marginDegrees: Double = 1) -> Bool {
    boxes.isEmpty || boxes.contains { $0.contains(point, marginDegrees: marginDegrees) }
  }

  /// The customs union the country belongs to, whose internal borders have no customs
  /// controls: `EU` (the 27 member states) or `EAEU` (Armenia, Belarus, Kazakhstan,
  /// Kyrgyzstan, Russia).
  public var customsUnion: String? {
    if Self.europeanUnion.contains(alpha2) { return "EU" }
    if Self.eurasianEconomicUnion.contains(alpha2) { return "EAEU" }
    return nil
  }

  private static let europeanUnion: Set<String> = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
  ]
  private static let eurasianEconomicUnion: Set<String> = ["AM", "BY", "KG", "KZ", "RU"]

  private static let byAlpha2 = Dictionary(
    all.map { ($0.alpha2, $0) }, uniquingKeysWith: { first, _ in first })
  private static let byAlpha3 = Dictionary(
    all.map { ($0.alpha3, $0) }, uniquingKeysWith: { first, _ in first })
}

/// A latitude–longitude box (degrees), west to east without crossing the antimeridian.
public struct GeoBox: Sendable, Hashable {
  /// The southern edge.
  public var south: Double
  /// The western edge.
  public var west: Double
  /// The northern edge.
  public var north: Double
  /// The eastern edge.
  public var east: Double

  /// Creates a box.
  public init(south: Double, west: Double, north: Double, east: Double) {
    self.south = south
    self.west = west
    self.north = north
    self.east = east
  }

  /// Whether `point` lies in the box widened by `marginDegrees` on every side.
  public func contains(_ point: Coordinate, marginDegrees: Double = 0) -> Bool {
    point.latitude >= south - marginDegrees && point.latitude <= north + marginDegrees
      && point.longitude >= west - marginDegrees && point.longitude <= east + marginDegrees
  }
}
