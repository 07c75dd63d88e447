import CorridorModel

/// What a study reports while it works, for a progress display.
public struct StudyProgress: Sendable {
  /// A step of running one scenario.
  public enum Step: Sendable {
    /// Solving the scenario's freight-flow equilibrium.
    case equilibrium(Scenario)
    /// Simulating consignments along its routes.
    case simulation(Scenario)
  }

  /// Called as each step starts.
  public var step: @Sendable (Step) -> Void
  /// Called as each replication finishes, from the thread that ran it, with the number
  /// finished and the total.
  public var replications: @Sendable (_ done: Int, _ total: Int) -> Void
  /// Called with each warning, as it arises.
  public var warning: @Sendable (StudyWarning) -> Void

  /// Creates a progress sink; each part defaults to doing nothing.
  public init(
    step: @escaping @Sendable (Step) -> Void = { _ in },
    replications: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
    warning: @escaping @Sendable (StudyWarning) -> Void = { _ in }
  ) {
    self.step = step
    self.replications = replications
    self.warning = warning
  }

  /// A sink that ignores everything.
  public static let silent = StudyProgress()
}
