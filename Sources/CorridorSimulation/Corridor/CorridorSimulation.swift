import CorridorModel
import Dispatch
import Synchronization

/// Consignment-level simulation of a corridor scenario over the routes of its assignment.
///
/// Consignments (block trains of `teu_per_train` TEU on routes that use rail, else trucks)
/// leave each route's origin as a Poisson stream sized to the route's annual TEU, or on a
/// fixed headway. They run over links with the links' time distributions, queue first come
/// first served at each checkpoint stage they are selected for (a stage's probability, drawn
/// per unit), wait for the posts to open, transship between gauges in a yard with as many
/// crews as its daily capacity implies, wait at ports for a scheduled sailing with room on
/// the vessel (some sailings may be cancelled), and dwell at hubs. Every hour is attributed to
/// a ``TimeUse``. Replications run in parallel, each with its own random streams.
public enum CorridorSimulation {
  /// The most consignments one replication may generate; ids are 32-bit and memory grows with
  /// the consignments on the way.
  public static let maximumConsignments = 100_000_000

  /// The consignments one replication is expected to generate.
  public static func expectedConsignments(
    _ scenario: Scenario, routes: [AssignedRoute], options: SimulationOptions
  ) -> Double {
    let plan = SimulationPlan(scenario: scenario, routes: routes)
    let years = (options.days + options.warmUpDays) / 365
    return plan.routes.reduce(0) { $0 + $1.teuPerYear / $1.teuPerConsignment * years }
  }

  /// Simulates a scenario along the given routes (normally its equilibrium routes).
  ///
  /// - Parameter progress: Called as each replication finishes, from the thread that ran it,
  ///   with the number finished so far and the total.
  /// - Precondition: ``expectedConsignments(_:routes:options:)`` is well below
  ///   ``maximumConsignments``; a replication stops generating at that number.
  public static func run(
    _ scenario: Scenario, routes: [AssignedRoute], options: SimulationOptions,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> SimulationResult {
    let plan = SimulationPlan(scenario: scenario, routes: routes)
    let count = max(1, options.replications)
    let results = Mutex<(done: Int, statistics: [ReplicationStatistics?])>(
      (0, Array(repeating: nil, count: count)))
    DispatchQueue.concurrentPerform(iterations: count) { r in
      var replication = Replication(
        scenario: scenario, plan: plan, options: options,
        replication: options.firstReplication + r)
      let statistics = replication.run()
      let done = results.withLock {
        $0.statistics[r] = statistics
        $0.done += 1
        return $0.done
      }
      progress?(done, count)
    }
    let all = results.withLock { $0.statistics.compactMap { $0 } }
    return SimulationResult(scenario: scenario, plan: plan, options: options, replications: all)
  }
}
