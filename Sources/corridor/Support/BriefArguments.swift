import ArgumentParser
import CorridorModel
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

  @Option(
    help: ArgumentHelp(
      """
      Corridors whose time/cost-distance charts the brief draws, by id, in order \
      (default: the scenario's agenda_corridors, else its Middle Corridor and \
      China-Kyrgyzstan-Uzbekistan corridors, else the three with most flow).
      """, valueName: "id,id"))
  var corridors: String?

  func validate() throws {
    if let date, !Self.isDate(date) {
      throw ValidationError(
        "--date must be a calendar date written YYYY-MM-DD (years 1900 to 2999), found '\(date)'")
    }
    if let corridors, Self.ids(corridors).isEmpty {
      throw ValidationError(
        "--corridors must list corridor ids separated by commas, found '\(corridors)'")
    }
  }

  /// The ids listed in `text`, separated by commas, blanks trimmed.
  static func ids(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// The corridor ids of `--corridors`, each a corridor of `scenario`, or `nil` when the option
  /// is not given (the brief then takes the scenario's agenda or the default).
  func agendaCorridors(of scenario: Scenario) throws -> [String]? {
    guard let corridors else { return nil }
    let ids = Self.ids(corridors)
    let unknown = AgendaCorridors.unknown(ids, in: scenario)
    guard unknown.isEmpty else {
      let known = scenario.corridors.map(\.id)
      printError(
        "corridor: error: --corridors names \(unknown.map { "'\($0)'" }.joined(separator: ", ")), "
          + (unknown.count == 1 ? "which is not a corridor" : "which are not corridors")
          + " of scenario '\(scenario.id)'; "
          + (known.isEmpty
            ? "it has no corridors (define them under 'corridors:')"
            : "its corridors are \(known.joined(separator: ", "))"))
      throw ExitCode.validationFailure
    }
    return ids
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
