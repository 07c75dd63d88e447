import CorridorModel
import CorridorSimulation

/// A variant against its base, both run with the same random streams.
public struct Comparison: Sendable {
  /// One KPI in both scenarios.
  public struct Row: Sendable {
    /// The KPI: the hours to clear a checkpoint process, or the transit hours along a corridor
    /// or of an OD pair.
    public var key: ResultKey
    public var base: Double
    public var variant: Double
    /// The variant minus the base, as a 95 % interval over paired replications.
    public var difference: ConfidenceInterval
    /// The difference as a percentage of the base.
    public var percent: Double { base != 0 ? 100 * difference.mean / base : 0 }
    /// Whether the interval of the difference excludes zero.
    public var isSignificant: Bool {
      difference.observations > 1 && (difference.lower > 0 || difference.upper < 0)
    }

    /// Creates a row.
    public init(key: ResultKey, base: Double, variant: Double, difference: ConfidenceInterval) {
      self.key = key
      self.base = base
      self.variant = variant
      self.difference = difference
    }
  }

  /// The base scenario's id.
  public var base: String
  /// The variant scenario's id.
  public var variant: String
  /// KPI rows, checkpoints first, then corridors and OD pairs, each kind in name order.
  public var rows: [Row]
  /// TEU per year on each named corridor: base, variant.
  public var corridorFlows: [(corridor: String, base: Double, variant: Double)]
  /// TEU per year consolidated through each hub that consolidates in either run: base,
  /// variant.
  public var hubFlows: [(hub: NodeID, base: Double, variant: Double)] = []

  /// Creates a comparison from its parts.
  public init(
    base: String, variant: String, rows: [Row],
    corridorFlows: [(corridor: String, base: Double, variant: Double)]
  ) {
    self.base = base
    self.variant = variant
    self.rows = rows
    self.corridorFlows = corridorFlows
  }

  /// Pairs the replications of two runs made with the same settings and seed.
  public init(base: ScenarioRun, variant: ScenarioRun) {
    self.base = base.scenario.id
    self.variant = variant.scenario.id
    rows = Self.pairedRows(
      base.replicationKPIs.merging(base.simulation.replicationEconomics) { a, _ in a },
      variant.replicationKPIs.merging(variant.simulation.replicationEconomics) { a, _ in a })
    let baseFlows = Dictionary(
      base.corridorFlows.map { ($0.corridor, $0.teuPerYear) }, uniquingKeysWith: { a, _ in a })
    corridorFlows = variant.corridorFlows.map { flow in
      (flow.corridor, baseFlows[flow.corridor] ?? 0, flow.teuPerYear)
    }
    let baseHubs = Dictionary(
      base.hubFlows.map { ($0.hub, $0.teuPerYear) }, uniquingKeysWith: { a, _ in a })
    let variantHubs = Dictionary(
      variant.hubFlows.map { ($0.hub, $0.teuPerYear) }, uniquingKeysWith: { a, _ in a })
    hubFlows = Set(baseHubs.keys).union(variantHubs.keys).sorted().map {
      ($0, baseHubs[$0] ?? 0, variantHubs[$0] ?? 0)
    }
  }

  /// One row for each key both runs measured, over the replications where both did.
  static func pairedRows(_ a: [ResultKey: [Double]], _ b: [ResultKey: [Double]]) -> [Row] {
    Set(a.keys).intersection(b.keys).sorted().compactMap { key in
      guard let x = a[key], let y = b[key] else { return nil }
      let pairs = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
      guard !pairs.isEmpty else { return nil }
      let baseMean = pairs.reduce(0) { $0 + $1.0 } / Double(pairs.count)
      let variantMean = pairs.reduce(0) { $0 + $1.1 } / Double(pairs.count)
      return Row(
        key: key, base: baseMean, variant: variantMean,
        difference: ConfidenceInterval(observations: pairs.map { $0.1 - $0.0 }))
    }
  }
}
