import ArgumentParser
import CorridorReports
import Foundation

/// The options that shape `brief.html`.
struct BriefArguments: ParsableArguments {
  @Option(
    help: """
      Date printed on the brief, YYYY-MM-DD (default: from SOURCE_DATE_EPOCH when set, else \
      today in UTC). Fix it to reproduce a brief byte for byte.
      """)
  var date: String?

  func validate() throws {
    if let date, !Self.isDate(date) {
      throw ValidationError("--date must be a date written YYYY-MM-DD, found '\(date)'")
    }
  }

  static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }

  /// The brief's date: the option, else SOURCE_DATE_EPOCH, else today (UTC).
  var resolvedDate: String {
    if let date { return date }
    var seconds = Date().timeIntervalSince1970
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
      let value = Double(epoch), value.isFinite, abs(value) < 1e11
    {
      seconds = value
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date(timeIntervalSince1970: seconds))
  }

  /// The brief's metadata for scenario files read, each with its SHA-256.
  func metadata(files: [String]) -> BriefMetadata {
    var seen: Set<String> = []
    let fingerprints = files.compactMap { path -> (path: String, sha256: String)? in
      guard seen.insert(path).inserted,
        let data = FileManager.default.contents(atPath: path)
      else { return nil }
      return (path, SHA256.hex(data))
    }
    return BriefMetadata(toolVersion: Corridor.version, date: resolvedDate, files: fingerprints)
  }
}
