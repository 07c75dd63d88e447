/// When a facility works over a run: its weekly hours, less the days it closes each year.
///
/// Run time is in hours; the week starts on a Monday at hour 0, and the calendar year starts
/// at ``yearStart`` (a run's recorded period starts on 1 January), repeating every 365 days.
public struct ServiceCalendar: Hashable, Sendable {
  /// The weekly hours.
  public var hours: OpeningHours
  /// The closed stretches as hours since the start of a year, sorted, not overlapping.
  public private(set) var closedHours: [Range<Double>]
  /// The run time at which a calendar year starts (hours).
  public var yearStart: Double

  /// Creates a calendar.
  public init(hours: OpeningHours, closures: [ClosedDays] = [], yearStart: Double = 0) {
    self.hours = hours
    self.yearStart = yearStart
    var ranges = closures.flatMap(\.hourRanges).sorted { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Double>] = []
    for range in ranges {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    ranges = merged
    closedHours = ranges
  }

  /// A calendar of weekly hours only.
  public static func weekly(_ hours: OpeningHours) -> ServiceCalendar {
    ServiceCalendar(hours: hours)
  }

  /// Whether the facility works at every hour of every day.
  public var isAlwaysOpen: Bool { hours.isAlwaysOpen && closedHours.isEmpty }

  /// Hours closed in a year for the closures alone.
  public var closedHoursPerYear: Double {
    closedHours.reduce(0) { $0 + ($1.upperBound - $1.lowerBound) }
  }

  /// The share of the time the facility is open: the week's open share over the days it does
  /// not close (0 to 1).
  public var openFraction: Double {
    hours.openFraction * (1 - closedHoursPerYear / CalendarDate.hoursPerYear)
  }

  /// Open hours in a year.
  public var openHoursPerYear: Double { openFraction * CalendarDate.hoursPerYear }

  /// The closed stretch that contains run time `time`, as run times, if any.
  private func closure(containing time: Double) -> Range<Double>? {
    guard !closedHours.isEmpty else { return nil }
    let year = CalendarDate.hoursPerYear
    let sinceStart = time - yearStart
    let years = (sinceStart / year).rounded(.down)
    let inYear = sinceStart - years * year
    for range in closedHours where range.contains(inYear) {
      let base = yearStart + years * year
      return (base + range.lowerBound)..<(base + range.upperBound)
    }
    return nil
  }

  /// Whether run time `time` falls on a closed day.
  public func isClosedDay(at time: Double) -> Bool { closure(containing: time) != nil }

  /// The first run time at or after `time` when the facility is open.
  public func nextOpening(atOrAfter time: Double) -> Double {
    if isAlwaysOpen { return time }
    var t = time
    // Each pass moves past one closure or one weekly closed spell; a year has finitely many.
    for _ in 0..<(closedHours.count + 2) * 4 {
      let open = hours.nextOpening(atOrAfter: t)
      guard let closed = closure(containing: open) else { return open }
      t = closed.upperBound
    }
    return hours.nextOpening(atOrAfter: t)
  }

  /// Whether the facility is open at run time `time` (to within a rounding margin).
  public func isOpen(at time: Double) -> Bool {
    isAlwaysOpen || nextOpening(atOrAfter: time) <= time + 1e-9
  }

  /// The mean wait until opening of a unit arriving at a random time of the year (hours).
  ///
  /// The weekly closed spells' wait, and for each closure of length L a share L/8760 of
  /// arrivals waiting L/2 on average. Queues that build up while closed come on top.
  public var meanClosureWaitHours: Double {
    let year = CalendarDate.hoursPerYear
    let annual = closedHours.reduce(0.0) {
      let length = $1.upperBound - $1.lowerBound
      return $0 + length * length / (2 * year)
    }
    return hours.meanClosedWaitHours * (1 - closedHoursPerYear / year) + annual
  }
}

extension OpeningHours {
  /// The mean wait of a unit arriving at a random time of the week until the posts open
  /// (hours): for each closed spell of length L, a share L/168 of arrivals waits L/2.
  public var meanClosedWaitHours: Double {
    guard !isAlwaysOpen, !intervals.isEmpty else { return 0 }
    let week = Self.minutesPerWeek
    var sumSquares = 0.0
    for (i, interval) in intervals.enumerated() {
      let next =
        i + 1 < intervals.count ? intervals[i + 1].lowerBound : intervals[0].lowerBound + week
      let closed = next - interval.upperBound
      if closed > 0 { sumSquares += Double(closed) * Double(closed) }
    }
    return sumSquares / (2 * Double(week)) / 60
  }
}
