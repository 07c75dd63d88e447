import Testing

@testable import CorridorModel

@Suite("Open-hours clock")
struct OpenHoursClockTests {
  /// Monday to Friday, 08:00 to 18:00: 50 hours a week.
  static let office = OpeningHours(
    weeklyIntervals: (0..<5).map { day in (day * 1440 + 480)..<(day * 1440 + 1080) })

  @Test(
    "hours of opening added to a time, by hand",
    arguments: [
      (7.0, 1.0, 9.0),  // Monday 07:00 + 1 open hour: Monday 09:00
      (17.0, 3.0, 34.0),  // Monday 17:00 + 3: one hour Monday, two Tuesday from 08:00
      (0.0, 51.0, 177.0),  // 50 open hours a week: a week, then Monday 09:00
      (130.0, 0.0, 176.0),  // Saturday 10:00: the next opening, Monday 08:00
      (100.0, 2.0, 106.0),  // Friday 04:00: Friday 08:00 + 2
    ])
  func byHand(start: Double, open: Double, expected: Double) {
    #expect(abs(Self.office.adding(openHours: open, to: start) - expected) < 1e-9)
  }

  @Test("always open: plain addition")
  func alwaysOpen() {
    #expect(OpeningHours.always.adding(openHours: 5.5, to: 10) == 15.5)
  }
}
