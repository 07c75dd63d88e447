/// When an exact solve must stop: an instant on the continuous clock, or none.
struct Deadline {
  /// The instant, or nil when there is no time limit.
  let instant: ContinuousClock.Instant?
  private let clock = ContinuousClock()

  /// The deadline `timeLimit` seconds (cut to ``ExactHubOptions/maximumTimeLimit``) after
  /// `start`, or none for a nil time limit.
  init(timeLimit: Double?, from start: ContinuousClock.Instant) {
    instant = timeLimit.map { start + .seconds(ExactHubOptions.clampedSeconds($0)) }
  }

  /// The time left (zero once passed), or nil without a deadline.
  var remaining: Duration? { instant.map { max(.zero, $0 - clock.now) } }

  /// Whether the deadline has passed.
  var hasPassed: Bool { instant.map { clock.now >= $0 } ?? false }
}
