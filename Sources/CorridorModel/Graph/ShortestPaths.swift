import HeapModule

/// The shortest paths from a source (or a set of sources) to all nodes, as distances and
/// predecessor links.
public struct ShortestPathTree: Sendable {
  /// The length of the shortest path to each node (`.infinity` where unreachable).
  public let distance: [Double]
  /// The last link of the shortest path to each node (`-1` for the source and unreachable ones).
  public let predecessorLink: [Int]

  /// The links of the shortest path to `target`, in order, or `nil` when unreachable.
  public func path(to target: Int, in graph: Graph) -> [Int]? {
    guard distance[target].isFinite else { return nil }
    var links: [Int] = []
    var node = target
    while predecessorLink[node] >= 0 {
      let link = predecessorLink[node]
      links.append(link)
      node = graph.linkFrom[link]
    }
    return links.reversed()
  }
}

extension Graph {
  /// Dijkstra's algorithm from `source` with non-negative link weights, O((V + E) log V).
  ///
  /// Ties are broken towards the lower node index so that results are reproducible.
  /// - Parameters:
  ///   - source: The source node index.
  ///   - targets: When not empty, the search stops once all of these nodes are settled; the
  ///     distances of nodes not yet settled are then upper bounds or infinity.
  ///   - weight: The weight of each link, by link index; must be non-negative.
  public func shortestPaths(
    from source: Int, stoppingAfter targets: Set<Int> = [], weight: (Int) -> Double
  ) -> ShortestPathTree {
    shortestPaths(from: [(source, 0)], stoppingAfter: targets, weight: weight)
  }

  /// Dijkstra's algorithm from several sources, each starting at its own distance.
  ///
  /// Paths in the tree end at the source they started from (``ShortestPathTree/path(to:in:)``
  /// stops at a node without a predecessor link).
  public func shortestPaths(
    from sources: [(node: Int, distance: Double)], stoppingAfter targets: Set<Int> = [],
    weight: (Int) -> Double
  ) -> ShortestPathTree {
    var remaining = targets
    var distance = [Double](repeating: .infinity, count: nodeCount)
    var predecessor = [Int](repeating: -1, count: nodeCount)
    var settled = [Bool](repeating: false, count: nodeCount)
    var heap = Heap<QueueEntry>()
    for (source, start) in sources
    where source >= 0 && source < nodeCount && start < distance[source] {
      distance[source] = start
      heap.insert(QueueEntry(distance: start, node: source))
    }
    while let entry = heap.popMin() {
      let node = entry.node
      if settled[node] { continue }
      settled[node] = true
      if !targets.isEmpty {
        remaining.remove(node)
        if remaining.isEmpty { break }
      }
      for link in links(from: node) {
        let next = linkTo[link]
        let candidate = entry.distance + weight(link)
        if candidate < distance[next] {
          distance[next] = candidate
          predecessor[next] = link
          heap.insert(QueueEntry(distance: candidate, node: next))
        }
      }
    }
    return ShortestPathTree(distance: distance, predecessorLink: predecessor)
  }
}

private struct QueueEntry: Comparable {
  var distance: Double
  var node: Int

  static func < (lhs: QueueEntry, rhs: QueueEntry) -> Bool {
    (lhs.distance, lhs.node) < (rhs.distance, rhs.node)
  }
}
