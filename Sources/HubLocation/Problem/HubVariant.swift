/// The named variants of the hub-location literature.
///
/// The letters read: U/C = uncapacitated or capacitated, S/M = single or multiple allocation,
/// A = allocation, pHMP = p-hub median problem (exactly p hubs), HLP = hub location problem
/// (fixed costs, free number of hubs).
public enum HubVariant: String, Sendable, Hashable, CaseIterable {
  /// Uncapacitated single allocation p-hub median problem.
  case usaphmp = "USApHMP"
  /// Uncapacitated multiple allocation p-hub median problem.
  case umaphmp = "UMApHMP"
  /// Uncapacitated single allocation hub location problem (fixed costs).
  case usahlp = "USAHLP"
  /// Uncapacitated multiple allocation hub location problem (fixed costs).
  case umahlp = "UMAHLP"
  /// Capacitated single allocation hub location problem (fixed costs and capacities).
  case csahlp = "CSAHLP"
  /// Capacitated single allocation p-hub median problem (exactly p hubs and capacities).
  case csaphmp = "CSApHMP"

  /// The allocation rule of the variant.
  public var allocation: HubAllocation {
    switch self {
    case .umaphmp, .umahlp: .multiple
    case .usaphmp, .usahlp, .csahlp, .csaphmp: .single
    }
  }

  /// Whether the variant opens exactly `p` hubs (otherwise it pays fixed costs).
  public var hasHubCount: Bool {
    switch self {
    case .usaphmp, .umaphmp, .csaphmp: true
    case .usahlp, .umahlp, .csahlp: false
    }
  }

  /// The problem in words: "uncapacitated single-allocation p-hub median".
  public var words: String {
    let capacity = isCapacitated ? "capacitated" : "uncapacitated"
    let allocation = self.allocation == .single ? "single-allocation" : "multiple-allocation"
    let kind = hasHubCount ? "p-hub median" : "hub location with fixed costs"
    return "\(capacity) \(allocation) \(kind)"
  }

  /// Whether the variant bounds the load of each hub.
  public var isCapacitated: Bool { self == .csahlp || self == .csaphmp }

  /// The variant with a literature name, ignoring case ("usaphmp" works).
  public init?(name: String) {
    guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() })
    else { return nil }
    self = match
  }
}
