/// Hands progress reports to the caller's closure, in the problem's own cost units.
struct ProgressSink {
  let report: (ExactHubProgress) -> Void
  /// Multiplies the solver's scaled costs back (``CostScale/factor``).
  let factor: Double
  let clock: ContinuousClock
  let start: ContinuousClock.Instant

  func callAsFunction(
    _ phase: ExactHubProgress.Phase, incumbent: Double?, bound: Double?, nodes: Int = 0
  ) {
    report(
      ExactHubProgress(
        phase: phase, incumbent: incumbent.map { $0 * factor }, bound: bound.map { $0 * factor },
        nodes: nodes, seconds: (clock.now - start).inSeconds))
  }
}
