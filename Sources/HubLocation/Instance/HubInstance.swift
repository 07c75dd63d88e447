/// The data of a hub-location instance: flows between nodes, distances, and the cost factors.
///
/// Nodes are numbered from 0 internally. Matrices are row-major: the flow from node `i` to
/// node `j` is `flows[i * nodeCount + j]`. The cost of sending one unit of flow from `i` to `j`
/// through the hubs `k` (of `i`) and `m` (of `j`) is
/// `chi * d(i, k) + alpha * d(k, m) + delta * d(m, j)`: collection, transfer between hubs (usually
/// discounted, `alpha < 1`) and distribution. Diagonal flows `w[i][i]` are part of the cost.
///
/// An instance is validated when it is created: every flow, distance and factor is finite and
/// not negative, so an instance that exists is always usable by the evaluator and the searches.
public struct HubInstance: Sendable, Hashable {
  /// The number of nodes, `n`.
  public let nodeCount: Int
  /// The flows `w`, row-major, `n * n` entries; row `i` holds the flows out of node `i`.
  public let flows: [Double]
  /// The distances `d`, row-major, `n * n` entries.
  public let distances: [Double]
  /// The collection factor `chi` (per unit of flow and distance, node to its hub).
  public let chi: Double
  /// The transfer factor `alpha` (per unit of flow and distance, hub to hub).
  public let alpha: Double
  /// The distribution factor `delta` (per unit of flow and distance, hub to node).
  public let delta: Double
  /// `O_i`, the total flow out of each node (diagonal included).
  public let originTotals: [Double]
  /// `D_i`, the total flow into each node (diagonal included).
  public let destinationTotals: [Double]
  /// The cost of opening a hub at each node, if the instance has fixed costs.
  public internal(set) var fixedCosts: [Double]?
  /// The capacity of a hub at each node, if the instance has capacities: a bound on the sum of
  /// `O_i` over the nodes allocated to the hub, the hub's own `O` included.
  public internal(set) var capacities: [Double]?
  /// Node names, if known.
  public internal(set) var names: [String]?
  /// Node positions, if known.
  public internal(set) var coordinates: [HubCoordinate]?

  /// Creates and validates an instance.
  ///
  /// - Parameters:
  ///   - nodeCount: The number of nodes, at least 1.
  ///   - flows: `nodeCount * nodeCount` flows, row-major; finite and not negative.
  ///   - distances: `nodeCount * nodeCount` distances, row-major; finite and not negative.
  ///   - chi: The collection factor; finite and not negative.
  ///   - alpha: The transfer factor; finite and not negative.
  ///   - delta: The distribution factor; finite and not negative.
  ///   - fixedCosts: Optional cost of a hub at each node.
  ///   - capacities: Optional capacity of a hub at each node.
  ///   - names: Optional node names.
  ///   - coordinates: Optional node positions.
  /// - Throws: ``HubModelError`` naming the first entry that breaks a rule.
  public init(
    nodeCount: Int, flows: [Double], distances: [Double],
    chi: Double, alpha: Double, delta: Double,
    fixedCosts: [Double]? = nil, capacities: [Double]? = nil,
    names: [String]? = nil, coordinates: [HubCoordinate]? = nil
  ) throws(HubModelError) {
    guard nodeCount >= 1 else {
      throw HubModelError("the instance has \(nodeCount) nodes; it needs at least 1")
    }
    let (square, overflow) = nodeCount.multipliedReportingOverflow(by: nodeCount)
    guard !overflow else {
      throw HubModelError("the instance has \(nodeCount) nodes; that is too many to store")
    }
    try Self.checkMatrix(flows, name: "flow", count: square, n: nodeCount)
    try Self.checkMatrix(distances, name: "distance", count: square, n: nodeCount)
    for (name, value) in [
      ("chi (collection)", chi), ("alpha (transfer)", alpha),
      ("delta (distribution)", delta),
    ] {
      guard value.isFinite, value >= 0 else {
        throw HubModelError("the factor \(name) is \(value); expected a finite number >= 0")
      }
    }
    self.nodeCount = nodeCount
    self.flows = flows
    self.distances = distances
    self.chi = chi
    self.alpha = alpha
    self.delta = delta
    var origin = [Double](repeating: 0, count: nodeCount)
    var destination = [Double](repeating: 0, count: nodeCount)
    for i in 0..<nodeCount {
      for j in 0..<nodeCount {
        let w = flows[i * nodeCount + j]
        origin[i] += w
        destination[j] += w
      }
    }
    originTotals = origin
    destinationTotals = destination
    try Self.checkCostScale(
      flow: origin.reduce(0, +), distance: distances.max() ?? 0, factor: chi + alpha + delta,
      fixed: 0)
    if let fixedCosts {
      try Self.checkPerNode(fixedCosts, name: "fixed cost", n: nodeCount)
      try Self.checkCostScale(
        flow: origin.reduce(0, +), distance: distances.max() ?? 0, factor: chi + alpha + delta,
        fixed: fixedCosts.reduce(0, +))
    }
    if let capacities { try Self.checkPerNode(capacities, name: "capacity", n: nodeCount) }
    if let names, names.count != nodeCount {
      throw HubModelError("\(names.count) node names given; expected one per node (\(nodeCount))")
    }
    if let coordinates, coordinates.count != nodeCount {
      throw HubModelError(
        "\(coordinates.count) coordinates given; expected one per node (\(nodeCount))")
    }
    self.fixedCosts = fixedCosts
    self.capacities = capacities
    self.names = names
    self.coordinates = coordinates
  }

  /// The flow from node `i` to node `j` (0-based).
  @inline(__always)
  public func flow(from i: Int, to j: Int) -> Double { flows[i * nodeCount + j] }

  /// The distance from node `i` to node `j` (0-based).
  @inline(__always)
  public func distance(from i: Int, to j: Int) -> Double { distances[i * nodeCount + j] }

  /// The sum of all flows.
  public var totalFlow: Double { originTotals.reduce(0, +) }

  /// The largest cost a plan may have.
  ///
  /// The cost is bounded by total flow × longest distance × (χ + α + δ), a path's
  /// collection, transfer and distribution at their longest, plus every fixed cost. Beyond this limit the solver's numbers lose the precision that proving optimality
  /// needs (and past 10³⁰⁸ they overflow).
  public static let maximumCost = 1e30

  /// Refuses data whose costs could pass ``maximumCost``.
  static func checkCostScale(flow: Double, distance: Double, factor: Double, fixed: Double)
    throws(HubModelError)
  {
    let cost = flow * distance * factor + fixed
    guard cost.isFinite, cost <= maximumCost else {
      throw HubModelError(
        "the costs of this instance reach \(cost) (total flow \(flow) x longest distance "
          + "\(distance) x the factors' sum \(factor), plus fixed costs \(fixed)); the most the "
          + "solver handles is 1e30: rescale the flows, distances or costs (for example to "
          + "thousands of units)")
    }
  }

  static func checkPerNode(_ values: [Double], name: String, n: Int) throws(HubModelError) {
    guard values.count == n else {
      throw HubModelError("\(values.count) values of \(name) given; expected one per node (\(n))")
    }
    for (node, value) in values.enumerated() where !(value.isFinite && value >= 0) {
      throw HubModelError(
        "the \(name) of node \(node + 1) (1-based) is \(value); expected a finite number >= 0")
    }
  }

  private static func checkMatrix(_ values: [Double], name: String, count: Int, n: Int)
    throws(HubModelError)
  {
    guard values.count == count else {
      throw HubModelError(
        "the \(name) matrix has \(values.count) entries; expected \(n) x \(n) = \(count)")
    }
    for (index, value) in values.enumerated() where !(value.isFinite && value >= 0) {
      throw HubModelError(
        "\(name) from node \(index / n + 1) to node \(index % n + 1) (1-based) is \(value); "
          + "expected a finite number >= 0")
    }
  }
}
