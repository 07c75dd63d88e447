import CorridorAssignment
import CorridorModel
import CorridorSimulation

/// `network.geojson`: the scenario's nodes and links with their results, for QGIS and other
/// GIS tools (RFC 7946: WGS 84 longitude, latitude).
public enum NetworkGeoJSON {
  private static func string(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\t": escaped += "\\t"
      default:
        if scalar.value < 0x20 {
          escaped += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
        } else {
          escaped.unicodeScalars.append(scalar)
        }
      }
    }
    return "\"\(escaped)\""
  }

  private static func number(_ value: Double, decimals: Int) -> String {
    value.isFinite ? CSVTable.number(value, decimals: decimals) : "null"
  }

  /// The GeoJSON text: one Point per node, one LineString per link.
  public static func text(
    scenario: Scenario, assignment: CorridorAssignmentResult, simulation: SimulationResult?
  ) -> String {
    let flows = assignment.linkFlows()
    let clearance = Dictionary(
      (simulation?.checkpoints ?? []).map { ($0.node, $0.clearanceHours.mean) },
      uniquingKeysWith: { max($0, $1) })
    let coordinates = Dictionary(
      scenario.nodes.map { ($0.id, $0.coordinate) }, uniquingKeysWith: { a, _ in a })
    var features: [String] = []
    for node in scenario.nodes {
      var properties = [
        "\"id\":\(string(node.id.rawValue))", "\"name\":\(string(node.name))",
        "\"kind\":\(string(node.kind.rawValue))",
        "\"country\":\(string(node.country))",
      ]
      if let hours = clearance[node.id] {
        properties.append("\"clear_hours\":\(number(hours, decimals: 3))")
      }
      features.append(
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
          + "\(number(node.coordinate.longitude, decimals: 6)),\(number(node.coordinate.latitude, decimals: 6))]},"
          + "\"properties\":{\(properties.joined(separator: ","))}}")
    }
    for (l, link) in scenario.links.enumerated() {
      guard let a = coordinates[link.from], let b = coordinates[link.to] else { continue }
      let teu = l < flows.count ? flows[l].reduce(0, +) : 0
      let properties = [
        "\"id\":\(string(link.id.rawValue))", "\"from\":\(string(link.from.rawValue))",
        "\"to\":\(string(link.to.rawValue))",
        "\"mode\":\(string(link.mode.rawValue))", "\"km\":\(number(link.distanceKm, decimals: 1))",
        "\"teu_per_year\":\(number(teu, decimals: 1))",
      ]
      features.append(
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[["
          + "\(number(a.longitude, decimals: 6)),\(number(a.latitude, decimals: 6))],["
          + "\(number(b.longitude, decimals: 6)),\(number(b.latitude, decimals: 6))]]},"
          + "\"properties\":{\(properties.joined(separator: ","))}}")
    }
    return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n")
      + "\n]}\n"
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
