import CorridorModel

/// A figure a sweep records for every unit: a run's KPI by its subject and measure.
public struct SweepKPI: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The subject's kind (`network`, `crossing`, `checkpoint`, `corridor`, `od`, `link`,
  /// `gateway`), its name and the measure (`transit_hours`, ...).
  public var kind: String
  public var name: String
  public var measure: String

  /// The KPI of a result key.
  public init(_ key: ResultKey) {
    kind = key.subject.kind
    name = key.subject.name
    measure = key.measure.rawValue
  }

  /// Creates a KPI from its parts.
  public init(kind: String, name: String, measure: String) {
    self.kind = kind
    self.name = name
    self.measure = measure
  }

  private static let kinds = ["network", "crossing", "checkpoint", "corridor", "od", "link"]

  /// The network first, then crossings, checkpoints, corridors, OD pairs, links, each by
  /// name, then measure.
  public static func < (a: Self, b: Self) -> Bool {
    let rank = { (kind: String) in kinds.firstIndex(of: kind) ?? kinds.count }
    return (rank(a.kind), a.kind, a.name, a.measure) < (rank(b.kind), b.kind, b.name, b.measure)
  }

  public var description: String { "\(kind) \(name) \(measure)" }
}

/// `DIR/shards/I.json`: the figures of the units of one shard.
public struct ShardResult: Codable, Hashable, Sendable {
  /// One unit's figures, aligned with the shard's ``keys`` (`nil`: not measured, for
  /// instance a post no consignment crossed).
  public struct Unit: Codable, Hashable, Sendable {
    public var unit: Int
    public var values: [Double?]
  }

  /// The version of the layout.
  public var format = 1
  /// The sweep's id and the digest of the manifest the shard ran from.
  public var sweep: String
  public var manifestDigest: String
  /// The shard's number and the number of shards.
  public var shard: Int
  public var of: Int
  /// The units it covers.
  public var firstUnit: Int
  public var endUnit: Int
  /// The figures recorded, sorted.
  public var keys: [SweepKPI]
  /// The units, in order.
  public var units: [Unit]
  /// The variants of the shard that ran with facilities loaded beyond what they serve
  /// (`allow_overload`), in variant order.
  public var overloads: [Overload] = []

  /// A variant run with capped queues, and its overloaded facilities.
  public struct Overload: Codable, Hashable, Sendable {
    public var variant: Int
    public var facilities: [String]
    /// Each facility's place (node id) and load, in the same order (absent from shards
    /// written before places were kept).
    public var places: [OverloadedPlace]?
  }
}

/// Where a facility loaded beyond what it serves is, and its load (offered work over capacity).
public struct OverloadedPlace: Codable, Hashable, Sendable {
  /// The node it is at (a ferry's departure port).
  public var node: String
  public var load: Double

  /// Creates a place.
  public init(node: String, load: Double) {
    self.node = node
    self.load = load
  }
}
