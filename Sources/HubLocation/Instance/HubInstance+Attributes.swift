extension HubInstance {
  /// The instance with a fixed cost of opening a hub at each node.
  ///
  /// - Parameter costs: One finite, non-negative cost per node, in node order.
  /// - Throws: ``HubModelError`` for a wrong count or a bad value.
  public func withFixedCosts(_ costs: [Double]) throws(HubModelError) -> HubInstance {
    try Self.checkPerNode(costs, name: "fixed cost", n: nodeCount)
    try Self.checkCostScale(
      flow: totalFlow, distance: distances.max() ?? 0, factor: chi + alpha + delta,
      fixed: costs.reduce(0, +))
    var copy = self
    copy.fixedCosts = costs
    return copy
  }

  /// The instance with a capacity for a hub at each node.
  ///
  /// - Parameter capacities: One finite, non-negative capacity per node, in node order; a bound
  ///   on the sum of `O_i` over the nodes allocated to the hub, its own `O` included.
  /// - Throws: ``HubModelError`` for a wrong count or a bad value.
  public func withCapacities(_ capacities: [Double]) throws(HubModelError) -> HubInstance {
    try Self.checkPerNode(capacities, name: "capacity", n: nodeCount)
    var copy = self
    copy.capacities = capacities
    return copy
  }

  /// The instance with a name for each node.
  public func withNames(_ names: [String]) throws(HubModelError) -> HubInstance {
    guard names.count == nodeCount else {
      throw HubModelError("\(names.count) node names given; expected one per node (\(nodeCount))")
    }
    var copy = self
    copy.names = names
    return copy
  }

  /// The instance with a position for each node.
  public func withCoordinates(_ coordinates: [HubCoordinate]) throws(HubModelError)
    -> HubInstance
  {
    guard coordinates.count == nodeCount else {
      throw HubModelError(
        "\(coordinates.count) coordinates given; expected one per node (\(nodeCount))")
    }
    var copy = self
    copy.coordinates = coordinates
    return copy
  }
}
