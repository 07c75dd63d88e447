import Testing

@testable import CorridorModel

@Suite("Service calendar: weekly hours and closed days")
struct ServiceCalendarTests {
  /// Closed 28 January to 4 February (eight days from day 27), the year starting at hour 720.
  static let festival = ServiceCalendar(
    hours: .always,
    closures: [ClosedDays(firstDay: 27, days: 8, reason: "Spring Festival", label: "")],
    yearStart: 720)

  @Test(
    "the next opening skips closed days, by hand",
    arguments: [
      (0.0, 0.0),  // before the year: open
      (1349.0, 1349.0),  // 27 January 05:00 (720 + 26 × 24 + 5): open
      (1368.0, 1560.0),  // 28 January 00:00: 5 February 00:00
      (1559.5, 1560.0),  // 4 February 23:30: the next midnight
      (10200.0, 10320.0),  // 31 January of the next year (720 + 395 × 24): 5 February
    ])
  func nextOpening(time: Double, expected: Double) {
    #expect(abs(Self.festival.nextOpening(atOrAfter: time) - expected) < 1e-9)
    #expect(Self.festival.isOpen(at: time) == (time == expected))
  }

  @Test("a stretch over New Year wraps into January")
  func wrapsOverNewYear() {
    let calendar = ServiceCalendar(
      hours: .always, closures: [ClosedDays(firstDay: 364, days: 3, reason: "x", label: "")])
    #expect(calendar.isClosedDay(at: 364 * 24 + 1))
    #expect(calendar.isClosedDay(at: 365 * 24 + 1))
    #expect(calendar.isClosedDay(at: 366 * 24 + 23))
    #expect(!calendar.isClosedDay(at: 367 * 24))
    #expect(calendar.nextOpening(atOrAfter: 364 * 24) == 367 * 24)
    #expect(abs(calendar.closedHoursPerYear - 72) < 1e-9)
  }

  @Test("weekly hours and closed days together: a Monday-only post closed on a Monday")
  func weeklyAndClosed() {
    // Open Mondays 00:00–24:00 only; day 7 (the second Monday from hour 0) is a holiday.
    let calendar = ServiceCalendar(
      hours: OpeningHours(weeklyIntervals: [0..<1440]),
      closures: [ClosedDays(firstDay: 7, days: 1, reason: "x", label: "")])
    #expect(calendar.nextOpening(atOrAfter: 25) == 168 * 2)
  }

  @Test("the mean wait of a random arrival: 8 closed days wait 192²/(2 × 8760) hours")
  func meanWait() {
    #expect(abs(Self.festival.meanClosureWaitHours - 192.0 * 192 / (2 * 8760)) < 1e-12)
    #expect(abs(Self.festival.openFraction - (1 - 8.0 / 365)) < 1e-12)
    // A post closed half of every day (12 h) waits 12²/(2 × 24) = 3 h on average.
    let half = ServiceCalendar(
      hours: OpeningHours(weeklyIntervals: (0..<7).map { ($0 * 1440)..<($0 * 1440 + 720) }))
    #expect(abs(half.meanClosureWaitHours - 3) < 1e-12)
  }

  @Test("dates: day of the year, leap years, spans across years, and what is not a date")
  func dates() throws {
    #expect(try #require(CalendarDate("2025-01-28")).dayOfYear == 27)
    #expect(try #require(CalendarDate("2024-03-01")).dayOfYear == 60)
    #expect(try #require(CalendarDate("2025-03-01")).dayOfYear == 59)
    let a = try #require(CalendarDate("2025-12-31"))
    let b = try #require(CalendarDate("2026-01-02"))
    #expect(b.days(since: a) == 2)
    #expect(a.days(since: b) == -2)
    #expect(CalendarDate("2025-02-29") == nil)
    #expect(CalendarDate("2024-02-29") != nil)
    #expect(CalendarDate("25-01-01") == nil)
    #expect(CalendarDate("2025-1-1") == nil)
  }
}
