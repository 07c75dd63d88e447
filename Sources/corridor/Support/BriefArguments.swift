import ArgumentParser
import CorridorReports
import Foundation

extension ReportLanguage: ExpressibleByArgument {}

/// The options that shape `brief.html`.
struct BriefArguments: ParsableArguments {
  @Option(
    help: """
      Date printed on the brief, YYYY-MM-DD (default: from SOURCE_DATE_EPOCH when set, else \
      today in UTC). Fix it to reproduce a brief byte for byte.
      """)
  var date: String?

  @Option(
    help: """
      Language of brief.html: en (English, the default), ru (Russian) or tr (Turkish). Names \
      come from the scenario's name_ru/name_tr when given.
      """)
  var language: ReportLanguage = .english

  func validate() throws {
    if let date, !Self.isDate(date) {
      throw ValidationError(
        "--date must be a calendar date written YYYY-MM-DD (years 1900 to 2999), found '\(date)'")
    }
  }

  /// Whether `text` is a calendar date written YYYY-MM-DD, from 1900 to 2999.
  static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1900...2999).contains(year), (1...12).contains(month)
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
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

  /// The phrasebook of `--language`; with `CORRIDOR_MARK_UNTRANSLATED=1` in the environment,
  /// texts with no translation are written between `⟦` and `⟧` (scripts/check-reports.sh).
  func phrasebook() throws -> Phrasebook {
    let marks = ProcessInfo.processInfo.environment["CORRIDOR_MARK_UNTRANSLATED"] == "1"
    do {
      return try Phrasebook(language, marksMissing: marks)
    } catch {
      throw ValidationError("\(error)")
    }
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
