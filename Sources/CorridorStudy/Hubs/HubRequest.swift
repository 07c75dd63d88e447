import CorridorModel

/// What a hub-location study is asked: where the data comes from and which problem to solve.
public struct HubRequest: Sendable {
  /// Where the hub data comes from.
  public enum Source: Sendable {
    /// An OR-Library AP file (n, coordinates, flows, p, chi, alpha, delta).
    case ap(path: String)
    /// The CAB data: its first `cities` cities, with inter-hub discount `alpha`.
    case cab(path: String, cities: Int, alpha: Double)
    /// A scenario's candidate hubs, demand and mode costs; `files` are the files it was read
    /// from, its bases included.
    case scenario(Scenario, path: String, files: [String])
  }

  /// The data.
  public var source: Source
  /// The number of hubs, or `nil` for the file's own (AP) or as many as fixed costs pay for.
  public var hubCount: Int?
  /// A file of hub fixed costs, one per node (AP, CAB).
  public var fixedCostsPath: String?
  /// A file of hub capacities on collected flow, one per node (AP, CAB).
  public var capacitiesPath: String?
  /// A scenario: bound each hub's load by its `capacity_teu_per_year`.
  public var capacitated = false
  /// Multiple allocation (a node may send through several hubs) instead of single.
  public var multipleAllocation = false
  /// Hubs that must stay open: node numbers from 1 (AP, CAB) or node ids (scenario).
  public var keepOpen: [String] = []
  /// The only nodes that may become hubs, numbers from 1, comma-separated (AP, CAB).
  public var candidates: String?

  /// A request for the data of `source`, with every other choice at its default.
  public init(source: Source) { self.source = source }

  /// The main data file, which messages about the problem name.
  public var path: String {
    switch source {
    case .ap(let path), .cab(let path, _, _), .scenario(_, let path, _): path
    }
  }

  /// The data files the request reads (a scenario's are already read).
  public var dataFiles: [String] {
    let main: [String] =
      switch source {
      case .ap(let path), .cab(let path, _, _): [path]
      case .scenario: []
      }
    return main + [fixedCostsPath, capacitiesPath].compactMap { $0 }
  }
}
