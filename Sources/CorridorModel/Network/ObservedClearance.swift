/// An observed time to clear a crossing, labelled with what was observed, so that it is
/// compared only with the simulated time of the same thing.
///
/// CAREC CPMM publishes TFI1 per border crossing point and per side: the time a country's post
/// takes from arrival to departure, queueing, controls and transloading included; where a
/// crossing's own figure is missing it publishes a country average for the mode. A figure is
/// compared with the simulated time of the posts it covers: one side's posts, or the whole
/// crossing (`side` is `nil`).
public struct ObservedClearance: Hashable, Sendable {
  /// What the figure averages over.
  public enum Level: String, Hashable, Sendable, CaseIterable {
    /// This crossing's own figure.
    case crossing
    /// The country's average over its crossings of the mode, used for want of this one's.
    case countryAverage = "country-average"
  }

  /// The direction observed, or `nil` for the average of both directions.
  public var direction: BorderDirection?
  /// The country whose posts the figure covers, or `nil` for both sides together.
  public var side: String?
  /// The observed time to clear (hours).
  public var hours: Double
  /// The year observed.
  public var year: Int
  /// Whether it is this crossing's figure or a country average.
  public var level: Level
  /// What the figure includes beyond the posts' controls (for example "the gauge change").
  public var includes: String?
  /// Where the figure comes from.
  public var source: String

  /// Creates an observation.
  public init(
    direction: BorderDirection?, side: String?, hours: Double, year: Int, level: Level,
    includes: String? = nil, source: String
  ) {
    self.direction = direction
    self.side = side
    self.hours = hours
    self.year = year
    self.level = level
    self.includes = includes
    self.source = source
  }

  /// A short label: the year, the posts covered, the level and what it includes.
  ///
  /// For example "2022, CN side, crossing figure" or "2022, KZ side, KZ average, incl. the
  /// gauge change".
  public var label: String {
    var parts = ["\(year)", side.map { "\($0) side" } ?? "both sides"]
    if direction == nil { parts.append("both directions averaged") }
    parts.append(level == .crossing ? "crossing figure" : "\(side ?? "country") average")
    if let includes { parts.append("incl. \(includes)") }
    return parts.joined(separator: ", ")
  }
}
