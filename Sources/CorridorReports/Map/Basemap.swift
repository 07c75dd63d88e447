import CorridorModel
import Foundation

/// Countries, borders and coastlines of the brief map's region, from Natural Earth.
///
/// Read from the resource `Basemap/basemap.txt`, which `scripts/make-basemap.py` makes from
/// Natural Earth's 1:50m admin-0 countries (public domain; see `Basemap/SOURCE.md`). The
/// Caspian and the seas are where no country is: the map paints water under the land.
struct Basemap: Sendable {
  /// One country: its Natural Earth code, ISO 3166 alpha-2 code (or "-"), name and rings.
  struct Country: Sendable {
    var code: String
    var iso2: String
    var name: String
    /// Outer rings and holes, each closed (last point equal to the first).
    var rings: [(hole: Bool, points: [Coordinate])]
  }

  /// The box the data is cut to: west, south, east, north in degrees.
  var box: (west: Double, south: Double, east: Double, north: Double)
  /// The region a map frames (inside `box`, which leaves room for a conic map's corners).
  var focus: (west: Double, south: Double, east: Double, north: Double)
  /// The countries, sorted by code.
  var countries: [Country]
  /// Lines where two countries meet.
  var borders: [[Coordinate]]
  /// Coastlines and the shores of the Caspian.
  var coasts: [[Coordinate]]

  /// The basemap shipped with the reports, or nil when the resource is missing or unreadable.
  static let shipped: Basemap? = {
    guard
      let url = Bundle.module.resourceURL?.appendingPathComponent("Basemap/basemap.txt"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return nil }
    return try? Basemap(text: text)
  }()

  /// Reads the text format that `scripts/make-basemap.py` writes.
  init(text: String) throws {
    var box = (west: -180.0, south: -90.0, east: 180.0, north: 90.0)
    var focus: (west: Double, south: Double, east: Double, north: Double)?
    var unit = 1.0
    var countries: [Country] = []
    var borders: [[Coordinate]] = []
    var coasts: [[Coordinate]] = []
    for (number, line) in text.split(separator: "\n").enumerated() {
      let fields = line.split(separator: " ")
      guard let tag = fields.first, !tag.hasPrefix("#") else { continue }
      func numbers() throws -> [Double] {
        let values = fields.dropFirst().compactMap { Double($0) }
        guard values.count == fields.count - 1 else { throw BasemapError.badLine(number + 1) }
        return values
      }
      switch tag {
      case "box", "focus":
        let v = try numbers()
        guard v.count == 4 else { throw BasemapError.badLine(number + 1) }
        if tag == "box" { box = (v[0], v[1], v[2], v[3]) } else { focus = (v[0], v[1], v[2], v[3]) }
      case "unit":
        unit = try numbers().first ?? 1
      case "C":
        guard fields.count >= 3 else { throw BasemapError.badLine(number + 1) }
        countries.append(
          Country(
            code: String(fields[1]), iso2: String(fields[2]),
            name: fields.dropFirst(3).joined(separator: " "), rings: []))
      case "R", "H", "B", "S":
        let points = try Self.points(try numbers(), unit: unit, line: number + 1)
        switch tag {
        case "B": borders.append(points)
        case "S": coasts.append(points)
        default:
          guard !countries.isEmpty else { throw BasemapError.badLine(number + 1) }
          countries[countries.count - 1].rings.append((tag == "H", points))
        }
      default: continue
      }
    }
    (self.box, self.countries, self.borders, self.coasts) = (box, countries, borders, coasts)
    self.focus = focus ?? box
  }

  /// Coordinates from a first point in grid steps and the steps after it.
  private static func points(_ values: [Double], unit: Double, line: Int) throws -> [Coordinate] {
    guard values.count >= 4, values.count.isMultiple(of: 2) else {
      throw BasemapError.badLine(line)
    }
    var (x, y) = (0.0, 0.0)
    var out: [Coordinate] = []
    out.reserveCapacity(values.count / 2)
    for i in stride(from: 0, to: values.count, by: 2) {
      x += values[i]
      y += values[i + 1]
      out.append(Coordinate(latitude: y * unit, longitude: x * unit))
    }
    return out
  }
}

/// Why the basemap could not be read.
enum BasemapError: Error, CustomStringConvertible {
  /// A line of the file is not in the format.
  case badLine(Int)

  var description: String {
    switch self {
    case .badLine(let line):
      "basemap.txt line \(line) is not in the basemap format; run scripts/make-basemap.py again"
    }
  }
}
