/// How nodes use hubs.
public enum HubAllocation: Sendable, Hashable {
  /// Every node sends and receives all its flow through one hub (single allocation).
  case single
  /// Every flow takes its cheapest pair of hubs (multiple allocation).
  case multiple
}
