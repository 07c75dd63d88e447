/// One scenario variant of a sweep: which measures are on and the value of every uncertain
/// input, with the design point it stands for.
public struct SweepVariant: Codable, Hashable, Sendable {
  /// The design point a variant stands for.
  public enum Point: Codable, Hashable, Sendable {
    /// A combination of measures, every input as in the scenario.
    case measures
    /// One input at its low or high value, the others as in the scenario.
    case oneAtATime(parameter: Int, high: Bool)
    /// A corner of the factorial design: bit p of `corner` set when input p is high.
    case factorial(corner: Int)
    /// A Latin hypercube sample.
    case sample(Int)
  }

  /// The variant's number: its place in the manifest.
  public var index: Int
  /// Ids of the measures switched on, in the sweep file's order.
  public var measures: [String]
  /// The value of each uncertain input, in the sweep file's order.
  public var values: [Double]
  /// The design point.
  public var point: Point

  /// Creates a variant.
  public init(index: Int, measures: [String], values: [Double], point: Point) {
    self.index = index
    self.measures = measures
    self.values = values
    self.point = point
  }
}

/// One unit of work: one replication of one variant.
public struct SweepUnit: Codable, Hashable, Sendable {
  /// The unit's number.
  public var index: Int
  /// The variant it runs.
  public var variant: Int
  /// The replication: its random streams, the same in every variant (common random numbers).
  public var replication: Int
  /// The seed the streams derive from.
  public var seed: UInt64

  /// Creates a unit.
  public init(index: Int, variant: Int, replication: Int, seed: UInt64) {
    self.index = index
    self.variant = variant
    self.replication = replication
    self.seed = seed
  }
}
