/// The transport mode of a link.
public enum Mode: String, CaseIterable, Hashable, Sendable {
  /// Road haulage by truck.
  case road
  /// Rail on the 1520 mm gauge (former Soviet Union, Iran–Turkmenistan border excepted).
  case rail1520 = "rail_1520"
  /// Rail on the 1435 mm standard gauge (China, Türkiye, Iran, Europe).
  case rail1435 = "rail_1435"
  /// A ferry with scheduled or irregular sailings (Caspian rail and road ferries, feeders).
  case ferry
  /// A sea leg by container ship.
  case sea
  /// A transfer inside a node (for example between a terminal and a quay).
  case transfer

  /// Whether the mode runs on rails.
  public var isRail: Bool { self == .rail1520 || self == .rail1435 }

  /// The family used for checkpoint processes: road, rail or water.
  public var family: ModeFamily {
    switch self {
    case .road: .road
    case .rail1520, .rail1435: .rail
    case .ferry, .sea: .water
    case .transfer: .road
    }
  }

  /// A default CO2 intensity in kg per TEU-km (well-to-wheel), used when a link gives none.
  ///
  /// The defaults are the suggested per-tonne-km values of the corridor fact sheet (rail 25 g,
  /// truck 95 g, Caspian RoPax 140 g, container feeder 30 g per tonne-km), multiplied by a
  /// typical 10 tonnes of cargo per TEU. Scenarios should override them with sourced figures.
  public var defaultCO2KgPerTEUKm: Double {
    switch self {
    case .road: 0.95
    case .rail1520, .rail1435: 0.25
    case .ferry: 1.4
    case .sea: 0.3
    case .transfer: 0
    }
  }
}

/// The families of modes that border procedures distinguish.
public enum ModeFamily: String, CaseIterable, Hashable, Sendable {
  /// Trucks.
  case road
  /// Trains and wagons, on either gauge.
  case rail
  /// Ferries and ships.
  case water
}
