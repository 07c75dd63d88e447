/// What a result is about: a crossing, a checkpoint process, a named corridor, an OD pair, a
/// link or a gateway.
public enum ResultSubject: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// A border crossing in one direction, both sides' posts together.
  case crossing(CrossingKey)
  /// A checkpoint process.
  case checkpoint(CheckpointKey)
  /// A named corridor of the scenario.
  case corridor(String)
  /// An OD pair of one commodity.
  case od(ODKey)
  /// A directed link.
  case link(LinkID)
  /// A gateway: the first border crossing of routes, in one direction.
  case gateway(GatewayKey)
  /// All of a scenario's freight together.
  case network

  /// The kind's name in tables: `checkpoint`, `corridor`, `od` or `link`.
  public var kind: String {
    switch self {
    case .crossing: "crossing"
    case .checkpoint: "checkpoint"
    case .corridor: "corridor"
    case .od: "od"
    case .link: "link"
    case .gateway: "gateway"
    case .network: "network"
    }
  }

  /// The subject's name within its kind: `ALT road CN->KZ`, `Middle Corridor`, `general CN TR`.
  public var name: String {
    switch self {
    case .crossing(let key): key.description
    case .checkpoint(let key): key.description
    case .corridor(let name): name
    case .od(let key): key.description
    case .link(let id): id.rawValue
    case .gateway(let key): key.description
    case .network: "all freight"
    }
  }

  /// The kind and the name: `checkpoint ALT road CN->KZ`.
  public var description: String { "\(kind) \(name)" }

  /// The checkpoint process, when the subject is one.
  public var checkpoint: CheckpointKey? {
    if case .checkpoint(let key) = self { key } else { nil }
  }

  /// Where the kind comes in tables: checkpoints, corridors, OD pairs, links.
  private var kindOrder: Int {
    switch self {
    case .network: -2
    case .crossing: -1
    case .checkpoint: 0
    case .corridor: 1
    case .od: 2
    case .link: 3
    case .gateway: 4
    }
  }

  /// Orders subjects by kind, then by name.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.kindOrder, lhs.name) < (rhs.kindOrder, rhs.name)
  }
}
