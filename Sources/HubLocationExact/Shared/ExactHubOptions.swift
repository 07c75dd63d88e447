import HubLocation

/// Settings of the exact hub-location solver.
public struct ExactHubOptions: Sendable, Hashable {
  /// The wall-clock budget in seconds for the whole solve after the starting heuristic.
  ///
  /// Nil for none. When it runs out the best solution found so far is returned with the
  /// proven bound; 0 returns the heuristic's solution with a simple bound.
  public var timeLimit: Double?

  /// Whether to start from the solution of ``HubHeuristic``, which enables reduced-cost
  /// fixing and gives branch and cut its first incumbent.
  public var useHeuristicIncumbent: Bool
  /// Settings of that heuristic.
  public var heuristicOptions: HubSearchOptions
  /// Further runs of the heuristic, each from the next seed with ten times the rounds
  /// (without improvement, and in all), whose best solution replaces the first run's.
  ///
  /// With capacities the root's gap is wide, and the proof's speed rests on how good the
  /// starting solution is. Nil chooses: 2 for capacitated single allocation, else 0.
  public var longerHeuristicRuns: Int?
  /// A known single allocation to start from (the hub of each node, 0-based), used
  /// instead of the heuristic's when it is feasible and cheaper.
  public var initialAllocation: [Int]?
  /// Whether the first LP already holds the cuts that are tight at the starting
  /// solution (one per origin), which lifts the first bound close to the optimum.
  public var seedCutsFromIncumbent: Bool
  /// How many nearest candidate hubs each node's allocation starts with.
  ///
  /// Single allocation without capacities: the master starts with each node's allocation
  /// to its this many nearest candidate hubs (plus itself and its starting hub) and adds
  /// the others by pricing, which keeps the result exact. 0 starts with all of them; nil
  /// chooses (12 from 150 nodes on, when there is a starting solution, else 0).
  public var allocationNeighbours: Int?
  /// Whether single allocation probes the hubs after the root (each hub opened, or for
  /// the starting solution's hubs closed, in turn: those whose LP exceeds the starting
  /// solution are closed, or kept open, for good).
  ///
  /// Nil chooses: probe when the root's gap to the starting solution exceeds 0.5 %, as
  /// capacities and fixed costs make it, and the master holds every allocation variable.
  public var probesHubs: Bool?
  /// The largest multiple-allocation enumeration (hub sets × n² × p) done by enumeration.
  ///
  /// Larger instances use Benders branch and cut over the hub variables.
  /// 0 always uses branch and cut.
  public var enumerationLimit: Double
  /// A file to write the branch-and-cut master model to (CPLEX LP format), with the cuts of
  /// the starting solution, before it is solved; nil for none.
  public var lpExportPath: String?

  /// Creates options.
  public init(
    timeLimit: Double? = nil, useHeuristicIncumbent: Bool = true,
    heuristicOptions: HubSearchOptions = HubSearchOptions(), initialAllocation: [Int]? = nil,
    seedCutsFromIncumbent: Bool = true, enumerationLimit: Double = 1e7,
    allocationNeighbours: Int? = nil, probesHubs: Bool? = nil, longerHeuristicRuns: Int? = nil
  ) {
    self.longerHeuristicRuns = longerHeuristicRuns
    self.probesHubs = probesHubs
    self.allocationNeighbours = allocationNeighbours
    self.timeLimit = timeLimit
    self.useHeuristicIncumbent = useHeuristicIncumbent
    self.heuristicOptions = heuristicOptions
    self.initialAllocation = initialAllocation
    self.seedCutsFromIncumbent = seedCutsFromIncumbent
    self.enumerationLimit = enumerationLimit
  }

  /// The longest time limit honoured (seconds, about 31 years); longer ones mean no
  /// practical limit and are cut to it.
  public static let maximumTimeLimit = 1e9

  /// A time limit cut to between 0 and ``maximumTimeLimit``, so the clock can add it.
  static func clampedSeconds(_ seconds: Double) -> Double {
    seconds.isNaN ? 0 : Swift.min(Swift.max(0, seconds), maximumTimeLimit)
  }
}
