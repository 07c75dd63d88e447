/// The flow handled by one hub in a solution.
public struct HubLoad: Sendable, Hashable {
  /// The hub, 0-based.
  public var hub: Int
  /// The flow collected at the hub, the load that a capacity bounds.
  ///
  /// The sum of `O_i` over the nodes allocated to the hub, its own included (single
  /// allocation), or the flow whose first hub it is (multiple allocation).
  public var collected: Double
  /// The flow distributed from the hub.
  ///
  /// The sum of `D_j` over the nodes allocated to the hub (single allocation), or the flow
  /// whose last hub it is (multiple allocation).
  public var distributed: Double
  /// The hub's capacity, when the instance has capacities.
  public var capacity: Double?

  /// Creates a load.
  public init(hub: Int, collected: Double, distributed: Double, capacity: Double? = nil) {
    self.hub = hub
    self.collected = collected
    self.distributed = distributed
    self.capacity = capacity
  }
}
