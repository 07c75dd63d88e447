/// What a node stands for in the corridor network.
public enum NodeKind: String, CaseIterable, Hashable, Sendable {
  /// A city or traffic zone: where demand starts and ends.
  case city
  /// A logistics hub or dry port: consolidates freight, has dwell time and handling cost.
  case hub
  /// A sea port: where freight changes between land modes and ferries or ships.
  case seaPort = "sea_port"
  /// A border crossing point with customs and other control stages.
  case checkpoint
  /// A station where rail freight changes between 1435 mm and 1520 mm gauge.
  case gaugeChange = "gauge_change"
  /// A junction with no process of its own.
  case junction
}

/// A place in the corridor network.
///
/// A node carries the facility that matches its kind: a ``Checkpoint`` for a border crossing,
/// a ``GaugeChange`` for a break-of-gauge station, a ``Hub`` for a logistics hub or dry port.
/// Sea ports, gauge-change stations and cities may also carry a ``Hub`` (terminal dwell and
/// handling), and any node may be a hub-location candidate.
public struct Node: Hashable, Sendable {
  /// The node's identifier.
  public var id: NodeID
  /// A readable name, such as "Altynkol (KTZE–Khorgos Gateway)".
  public var name: String
  /// The name in other languages, by ISO 639-1 code (`ru`, `tr`), from `name_ru`, `name_tr`.
  public var otherNames: [String: String] = [:]
  /// What the node stands for.
  public var kind: NodeKind
  /// ISO 3166-1 alpha-2 country code of the node (for a checkpoint, the side it is modelled on).
  public var country: String
  /// Where the node is.
  public var coordinate: Coordinate
  /// Border controls, for a node of kind ``NodeKind/checkpoint``.
  public var checkpoint: Checkpoint?
  /// Transshipment between gauges, for a node of kind ``NodeKind/gaugeChange``.
  public var gaugeChange: GaugeChange?
  /// Terminal dwell, handling cost and capacity, for hubs, ports and terminals.
  public var hub: Hub?

  /// Creates a node.
  public init(
    id: NodeID, name: String, kind: NodeKind, country: String, coordinate: Coordinate,
    checkpoint: Checkpoint? = nil, gaugeChange: GaugeChange? = nil, hub: Hub? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.country = country
    self.coordinate = coordinate
    self.checkpoint = checkpoint
    self.gaugeChange = gaugeChange
    self.hub = hub
  }
}
