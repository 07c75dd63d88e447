/// How many hubs a solution opens.
public enum HubCountRule: Sendable, Hashable {
  /// Exactly `p` hubs, with no fixed costs (the p-hub median problems).
  case exactly(Int)
  /// Any number of hubs, each paying the fixed cost of its node (the hub location problems).
  case fixedCosts
}
