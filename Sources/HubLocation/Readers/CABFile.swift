import CorridorInput
import Foundation

/// O'Kelly's CAB data (Civil Aeronautics Board, 25 US cities) as an AMPL table.
///
/// The file is `param: W C :=` followed by one line `i j W_ij C_ij` per ordered pair of cities
/// (1-based; `W` = passengers, `C` = distance in miles), optionally ended by `;`. CRLF line
/// endings are accepted. The standard experiments take the first `n` cities, normalise `W` to
/// sum 1 over them, and use `chi = delta = 1`: see ``instance(cities:alpha:chi:delta:)``.
public struct CABFile: Sendable, Hashable {
  /// The number of cities in the file.
  public let cityCount: Int
  /// The passenger flows `W`, row-major, `cityCount * cityCount`, as written.
  public let flows: [Double]
  /// The distances `C`, row-major, `cityCount * cityCount`, as written.
  public let distances: [Double]

  /// The largest city count accepted.
  public static let maximumCityCount = 1000

  /// Reads a CAB file.
  ///
  /// - Throws: ``HubDataError`` with the line of a malformed or duplicate entry, or naming a
  ///   missing pair.
  public init(path: String) throws(HubDataError) {
    let text = try HubDataText.readText(path: path, expected: "an AMPL 'param: W C :=' table")
    try self.init(path: path, text: text)
  }

  init(path: String, text: String) throws(HubDataError) {
    let entries = try Self.entries(path: path, text: text)
    let n = entries.reduce(0) { max($0, $1.i, $1.j) }
    guard n > 0 else {
      throw HubDataError(file: path, line: 0, "the table has no entries; expected 'i j W C' lines")
    }
    var flows = [Double](repeating: 0, count: n * n)
    var distances = [Double](repeating: 0, count: n * n)
    var seen = [Int](repeating: 0, count: n * n)
    for entry in entries {
      let k = (entry.i - 1) * n + entry.j - 1
      if seen[k] != 0 {
        throw HubDataError(
          file: path, line: entry.line,
          "pair (\(entry.i), \(entry.j)) is given twice (first on line \(seen[k])); expected once")
      }
      seen[k] = entry.line
      flows[k] = entry.w
      distances[k] = entry.c
    }
    if let missing = seen.firstIndex(of: 0) {
      throw HubDataError(
        file: path, line: 0,
        "pair (\(missing / n + 1), \(missing % n + 1)) is missing; expected all \(n) x \(n) pairs")
    }
    cityCount = n
    self.flows = flows
    self.distances = distances
  }

  /// One line `i j W C` of the table, with its line number.
  private typealias Entry = (i: Int, j: Int, w: Double, c: Double, line: Int)

  /// The entries of the table in `text`, after its header and up to the `;` that may end it.
  private static func entries(path: String, text: String) throws(HubDataError) -> [Entry] {
    var entries: [Entry] = []
    var sawHeader = false
    var ended = false
    for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
      .enumerated()
    {
      let line = index + 1
      var fields = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      if fields.isEmpty || fields[0].hasPrefix("#") { continue }
      if ended {
        throw HubDataError(
          file: path, line: line,
          "unexpected '\(fields[0].prefix(40))' after ';'; expected the end of the file")
      }
      if !sawHeader {
        let joined = fields.joined(separator: " ").replacingOccurrences(of: " :", with: ":")
        guard joined.hasPrefix("param"), joined.contains("W"), joined.contains("C"),
          joined.hasSuffix(":=")
        else {
          throw HubDataError(
            file: path, line: line,
            "expected the header 'param: W C :=', found '\(raw.prefix(40))'")
        }
        sawHeader = true
        continue
      }
      if let last = fields.last, last.hasSuffix(";") {
        ended = true
        let rest = last.dropLast()
        fields.removeLast()
        if !rest.isEmpty { fields.append(rest) }
        if fields.isEmpty { continue }
      }
      entries.append(try entry(fields, line: line, path: path))
    }
    guard sawHeader else {
      throw HubDataError(
        file: path, line: 0, "the file is empty; expected 'param: W C :=' and a table")
    }
    return entries
  }

  /// The entry of the fields `i j W C` of line `line`.
  private static func entry(_ fields: [Substring], line: Int, path: String)
    throws(HubDataError) -> Entry
  {
    guard fields.count == 4 else {
      throw HubDataError(
        file: path, line: line, "expected 4 fields 'i j W C', found \(fields.count)")
    }
    func city(_ k: Int, _ name: String) throws(HubDataError) -> Int {
      guard let value = Int(fields[k]), (1...Self.maximumCityCount).contains(value) else {
        throw HubDataError(
          file: path, line: line,
          "city \(name) is '\(fields[k].prefix(40))'; expected a whole number from 1 to \(Self.maximumCityCount)"
        )
      }
      return value
    }
    func value(_ k: Int, _ name: String, _ range: ClosedRange<Double>) throws(HubDataError)
      -> Double
    {
      guard let value = Double(fields[k]), value.isFinite, range.contains(value) else {
        throw HubDataError(
          file: path, line: line,
          "\(name) is '\(fields[k].prefix(40))'; expected a number from "
            + "\(LimitText.text(range.lowerBound)) to \(LimitText.text(range.upperBound))"
        )
      }
      return value
    }
    return (
      try city(0, "i"), try city(1, "j"), try value(2, "the flow W", HubDataLimits.flow),
      try value(3, "the distance C", HubDataLimits.distance), line
    )
  }

  /// The standard instance on the first `cities` cities.
  ///
  /// - Parameters:
  ///   - cities: How many cities, from the first; 1 ... ``cityCount``.
  ///   - alpha: The transfer factor (the literature uses 0.2, 0.4, 0.6, 0.8, 1.0).
  ///   - chi: The collection factor, 1 by convention.
  ///   - delta: The distribution factor, 1 by convention.
  /// - Returns: The instance with flows normalised to sum 1 over the chosen cities.
  /// - Throws: ``HubModelError`` for a bad city count or factor, or when the chosen cities
  ///   exchange no flow.
  public func instance(cities: Int, alpha: Double, chi: Double = 1, delta: Double = 1)
    throws(HubModelError) -> HubInstance
  {
    guard (1...cityCount).contains(cities) else {
      throw HubModelError("\(cities) cities asked; the file has 1 to \(cityCount)")
    }
    var w = [Double](repeating: 0, count: cities * cities)
    var d = [Double](repeating: 0, count: cities * cities)
    var total = 0.0
    for i in 0..<cities {
      for j in 0..<cities {
        w[i * cities + j] = flows[i * cityCount + j]
        d[i * cities + j] = distances[i * cityCount + j]
        total += w[i * cities + j]
      }
    }
    guard total > 0, total.isFinite else {
      throw HubModelError(
        "the first \(cities) cities exchange no flow; cannot normalise W to sum 1")
    }
    for k in w.indices { w[k] /= total }
    return try HubInstance(
      nodeCount: cities, flows: w, distances: d, chi: chi, alpha: alpha, delta: delta)
  }
}
