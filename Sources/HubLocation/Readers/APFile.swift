/// An instance in OR-Library's AP (Australia Post) format.
///
/// The file holds, whitespace-separated: `n`; `n` lines `x y`; `n` rows of `n` flows (row `i`
/// = flows out of node `i`, diagonal included); `p`; then `chi`, `alpha`, `delta`. Distances
/// are the Euclidean distances of the coordinates divided by 1000, the scaling that reproduces
/// the published objectives. The `p` in the file is only a default.
public struct APFile: Sendable, Hashable {
  /// The instance, 0-based, with coordinates and distances.
  public var instance: HubInstance
  /// The number of hubs written in the file.
  public var hubCount: Int

  /// The largest node count accepted; the matrices grow with its square.
  public static let maximumNodeCount = 1000

  /// Reads an AP file.
  ///
  /// - Throws: ``HubDataError`` with the line of the first entry that is missing, not a number,
  ///   negative or not finite, or of unexpected extra content.
  public init(path: String) throws(HubDataError) {
    var text = try HubDataText(path: path)
    try self.init(text: &text)
  }

  init(text: inout HubDataText) throws(HubDataError) {
    let n = try text.integer("the node count n", in: 1...Self.maximumNodeCount)
    var coordinates: [HubCoordinate] = []
    coordinates.reserveCapacity(n)
    for i in 0..<n {
      let x = try text.number("x of node \(i + 1)", in: HubDataLimits.coordinate)
      let y = try text.number("y of node \(i + 1)", in: HubDataLimits.coordinate)
      coordinates.append(HubCoordinate(x: x, y: y))
    }
    var flows: [Double] = []
    flows.reserveCapacity(n * n)
    for i in 0..<n {
      for j in 0..<n {
        flows.append(
          try text.number("the flow from node \(i + 1) to node \(j + 1)", in: HubDataLimits.flow))
      }
    }
    let p = try text.integer("the number of hubs p", in: 1...n)
    let chi = try text.number("the collection factor chi", in: HubDataLimits.factor)
    let alpha = try text.number("the transfer factor alpha", in: HubDataLimits.factor)
    let delta = try text.number("the distribution factor delta", in: HubDataLimits.factor)
    try text.expectEnd(after: "the distribution factor delta")
    var distances = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n where j != i {
        let dx = coordinates[i].x - coordinates[j].x
        let dy = coordinates[i].y - coordinates[j].y
        distances[i * n + j] = (dx * dx + dy * dy).squareRoot() / 1000
      }
    }
    do {
      instance = try HubInstance(
        nodeCount: n, flows: flows, distances: distances, chi: chi, alpha: alpha, delta: delta,
        coordinates: coordinates)
    } catch {
      throw HubDataError(file: text.path, line: 0, error.message)
    }
    hubCount = p
  }
}
