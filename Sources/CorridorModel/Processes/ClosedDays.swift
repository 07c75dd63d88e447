/// Whole days on which a post does not work, such as a public holiday, every year.
///
/// Days are counted in a 365-day year from 1 January (day 0); a stretch that runs past
/// 31 December continues into the next January.
public struct ClosedDays: Hashable, Sendable {
  /// The first closed day, 0 for 1 January.
  public var firstDay: Int
  /// How many days in a row are closed (1 to 365).
  public var days: Int
  /// Why the post closes, as the scenario gives it (for example "Spring Festival").
  public var reason: String
  /// The dates as the scenario wrote them, for reports (for example "2025-01-28 to 2025-02-04").
  public var label: String

  /// Creates a closed stretch.
  public init(firstDay: Int, days: Int, reason: String, label: String) {
    self.firstDay = ((firstDay % 365) + 365) % 365
    self.days = min(max(days, 1), 365)
    self.reason = reason
    self.label = label
  }

  /// The closed stretch as hours since the start of the year, split where it wraps past the
  /// year's end.
  public var hourRanges: [Range<Double>] {
    let start = Double(firstDay) * 24
    let end = start + Double(days) * 24
    let year = CalendarDate.hoursPerYear
    if end <= year { return [start..<end] }
    return [start..<year, 0..<(end - year)]
  }
}

/// A date of the Gregorian calendar, as scenarios write it (YYYY-MM-DD).
public struct CalendarDate: Hashable, Sendable, Comparable {
  /// The year, 1900 to 2999.
  public var year: Int
  /// The month, 1 to 12.
  public var month: Int
  /// The day of the month.
  public var day: Int

  /// Hours in the 365-day years that the simulation runs.
  public static let hoursPerYear = 365.0 * 24

  /// Parses `YYYY-MM-DD`, or returns `nil` when `text` is not a valid date from 1900 to 2999.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1900...2999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Whether `year` has a 29 February.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1 January of the date's year (0 for 1 January).
  public var dayOfYear: Int {
    (1..<month).reduce(0) { $0 + Self.daysIn(month: $1, year: year) } + day - 1
  }

  /// Days from `other` to this date (positive when this date is later).
  public func days(since other: CalendarDate) -> Int {
    var total = dayOfYear - other.dayOfYear
    if year > other.year {
      for y in other.year..<year { total += Self.isLeap(y) ? 366 : 365 }
    } else if year < other.year {
      for y in year..<other.year { total -= Self.isLeap(y) ? 366 : 365 }
    }
    return total
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  /// The date written YYYY-MM-DD.
  public var text: String {
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(m)-\(d)"
  }
}
