/// The weekly hours during which a checkpoint or terminal works.
///
/// Hours are local time at the facility. An interval whose end is not after its start runs
/// past midnight into the next day.
public struct OpeningHours: Hashable, Sendable {
  /// Open intervals as minutes since Monday 00:00, each within `0 ..< 2 * minutesPerWeek`,
  /// sorted and not overlapping after normalisation.
  public private(set) var intervals: [Range<Int>]

  /// Minutes in a week.
  public static let minutesPerWeek = 7 * 24 * 60

  /// Open all the time.
  public static let always = OpeningHours(weeklyIntervals: [0..<minutesPerWeek])

  /// Creates opening hours from intervals in minutes since Monday 00:00.
  ///
  /// Intervals may reach past the end of the week; they wrap to its start. Overlaps merge.
  public init(weeklyIntervals: [Range<Int>]) {
    let week = Self.minutesPerWeek
    var pieces: [Range<Int>] = []
    for interval in weeklyIntervals where !interval.isEmpty {
      let start = ((interval.lowerBound % week) + week) % week
      let length = min(interval.count, week)
      if start + length <= week {
        pieces.append(start..<(start + length))
      } else {
        pieces.append(start..<week)
        pieces.append(0..<(start + length - week))
      }
    }
    pieces.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for piece in pieces {
      if let last = merged.last, piece.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, piece.upperBound)
      } else {
        merged.append(piece)
      }
    }
    intervals = merged
  }

  /// Open hours per week (0 to 168).
  public var hoursPerWeek: Double {
    Double(intervals.reduce(0) { $0 + $1.count }) / 60
  }

  /// The share of the week the facility is open (0 to 1).
  public var openFraction: Double { hoursPerWeek / 168 }

  /// Whether the facility never closes.
  public var isAlwaysOpen: Bool {
    intervals.count == 1 && intervals[0] == 0..<Self.minutesPerWeek
  }

  /// Whether the facility is open at the given minute of the week.
  public func isOpen(atMinuteOfWeek minute: Int) -> Bool {
    let m = ((minute % Self.minutesPerWeek) + Self.minutesPerWeek) % Self.minutesPerWeek
    return intervals.contains { $0.contains(m) }
  }
}

extension OpeningHours {
  /// The first time at or after `hour` (hours since Monday 00:00 of week 0) when the facility
  /// is open.
  public func nextOpening(atOrAfter hour: Double) -> Double {
    if isAlwaysOpen || intervals.isEmpty { return hour }
    let weekHours = Double(Self.minutesPerWeek) / 60
    let weeks = (hour / weekHours).rounded(.down)
    let inWeek = (hour - weeks * weekHours) * 60
    for interval in intervals {
      if inWeek < Double(interval.upperBound) {
        let start = max(inWeek, Double(interval.lowerBound))
        return weeks * weekHours + start / 60
      }
    }
    return (weeks + 1) * weekHours + Double(intervals[0].lowerBound) / 60
  }
}

extension OpeningHours {
  /// The time reached after `openHours` hours of opening from `start`: a clock that runs only
  /// while open (departures spread over working hours, say).
  public func adding(openHours: Double, to start: Double) -> Double {
    let perWeek = hoursPerWeek
    if isAlwaysOpen || perWeek <= 0 { return start + openHours }
    var remaining = max(0, openHours)
    var time = start
    let weeks = (remaining / perWeek).rounded(.down)
    time += weeks * Double(Self.minutesPerWeek) / 60
    remaining -= weeks * perWeek
    // Fewer than a week's open hours remain: at most one pass over the intervals.
    for _ in 0...(2 * intervals.count + 2) {
      time = nextOpening(atOrAfter: time)
      let closing = closing(after: time)
      if time + remaining <= closing { return time + remaining }
      remaining -= closing - time
      time = closing
    }
    return time + remaining
  }

  /// When the interval open at `time` closes (`time` itself when none is open then).
  private func closing(after time: Double) -> Double {
    let weekMinutes = Double(Self.minutesPerWeek)
    let weeks = (time * 60 / weekMinutes).rounded(.down)
    let minute = time * 60 - weeks * weekMinutes
    for interval in intervals {
      let lower = Double(interval.lowerBound)
      let upper = Double(interval.upperBound)
      if lower <= minute && minute < upper { return (weeks * weekMinutes + upper) / 60 }
      // An interval that runs past the end of the week covers the start of the next.
      if lower <= minute + weekMinutes && minute + weekMinutes < upper {
        return ((weeks - 1) * weekMinutes + upper) / 60
      }
    }
    return time
  }
}
