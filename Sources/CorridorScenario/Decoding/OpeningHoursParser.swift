import CorridorModel

/// Parses opening hours such as `24/7`, `daily 08:00-20:00` or
/// `Mon-Fri 08:00-18:00; Sat 09:00-13:00`.
///
/// A rule is a day set (`Mon`, `Mon-Fri`, `Mon,Wed,Fri`, `daily`) followed by one or more
/// time ranges separated by commas; rules are separated by semicolons. A range whose end is
/// not after its start runs past midnight (`22:00-06:00`); `24:00` is the end of the day.
public enum OpeningHoursParser {
  /// Why a text is not a schedule.
  public struct Failure: Error, Sendable {
    /// Offset in the text, in characters, where the problem starts.
    public var offset: Int
    /// What is wrong and what was expected.
    public var message: String
  }

  static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

  /// Parses a schedule such as `Mon-Fri 08:00-18:00; Sat 09:00-13:00`.
  public static func parse(_ text: String) throws(Failure) -> OpeningHours {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    if trimmed == "24/7" || trimmed == "always" { return .always }
    var intervals: [Range<Int>] = []
    var offset = 0
    for rule in text.split(separator: ";", omittingEmptySubsequences: false) {
      defer { offset += rule.count + 1 }
      let ruleText = String(rule)
      let leading = ruleText.prefix { $0 == " " }.count
      let body = ruleText.trimmingCharacters(in: .whitespaces)
      if body.isEmpty {
        throw Failure(offset: offset, message: "empty rule; expected e.g. 'Mon-Fri 08:00-18:00'")
      }
      let parts = body.split(separator: " ", maxSplits: 1).map(String.init)
      guard parts.count == 2 else {
        throw Failure(
          offset: offset + leading,
          message: "rule '\(body)' needs days and times, e.g. 'Mon-Fri 08:00-18:00' or "
            + "'daily 00:00-24:00'")
      }
      let dayList = try parseDays(parts[0], offset: offset + leading)
      let timesOffset = offset + leading + parts[0].count + 1
      var rangeOffset = timesOffset
      for rangeText in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
        defer { rangeOffset += rangeText.count + 1 }
        let (start, end) = try parseRange(String(rangeText), offset: rangeOffset)
        let length = end > start ? end - start : end + 24 * 60 - start
        for day in dayList {
          intervals.append((day * 1440 + start)..<(day * 1440 + start + length))
        }
      }
    }
    let hours = OpeningHours(weeklyIntervals: intervals)
    if hours.hoursPerWeek == 0 {
      throw Failure(offset: 0, message: "opening hours give no open time in the week")
    }
    return hours
  }

  private static func parseDays(_ text: String, offset: Int) throws(Failure) -> [Int] {
    if text.lowercased() == "daily" { return Array(0..<7) }
    var result: [Int] = []
    var partOffset = offset
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      defer { partOffset += part.count + 1 }
      let ends = part.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
      guard ends.count <= 2,
        let first = ends.first.flatMap({ days.firstIndex(of: $0.lowercased()) })
      else {
        throw Failure(
          offset: partOffset,
          message: "'\(part)' is not a day or day range; expected Mon, Tue, Wed, Thu, Fri, Sat, "
            + "Sun, a range such as Mon-Fri, or daily")
      }
      if ends.count == 2 {
        guard let last = days.firstIndex(of: ends[1].lowercased()) else {
          throw Failure(
            offset: partOffset + ends[0].count + 1,
            message: "'\(ends[1])' is not a day; expected Mon, Tue, Wed, Thu, Fri, Sat or Sun")
        }
        var day = first
        while true {
          result.append(day)
          if day == last { break }
          day = (day + 1) % 7
        }
      } else {
        result.append(first)
      }
    }
    return result
  }

  private static func parseRange(_ text: String, offset: Int) throws(Failure) -> (Int, Int) {
    let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard ends.count == 2 else {
      throw Failure(
        offset: offset, message: "'\(text)' is not a time range; expected HH:MM-HH:MM")
    }
    let start = try parseTime(ends[0], offset: offset)
    let end = try parseTime(ends[1], offset: offset + ends[0].count + 1)
    if start == end && start != 0 {
      throw Failure(offset: offset, message: "time range '\(text)' is empty")
    }
    return (start, start == end ? 24 * 60 : end)
  }

  private static func parseTime(_ text: String, offset: Int) throws(Failure) -> Int {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      let hours = Int(parts[0]), let minutes = Int(parts[1]),
      (0...24).contains(hours), (0..<60).contains(minutes), hours < 24 || minutes == 0
    else {
      throw Failure(
        offset: offset, message: "'\(text)' is not a time; expected HH:MM from 00:00 to 24:00")
    }
    return hours * 60 + minutes
  }
}
