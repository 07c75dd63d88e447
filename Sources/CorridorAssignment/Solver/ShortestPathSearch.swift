import HeapModule

/// Reusable buffers for Dijkstra's algorithm on an ``AssignmentNetwork``.
///
/// One search costs O((V + E) log V). Buffers are kept between searches, so repeated searches
/// from many origins allocate nothing. Not shared between threads: each worker owns one.
struct ShortestPathSearch {
  private(set) var distance: [Double]
  private(set) var predecessor: [Int32]
  private var settled: [Bool]
  private var heap = Heap<Entry>()

  private struct Entry: Comparable {
    var distance: Double
    var node: Int32
    static func < (a: Entry, b: Entry) -> Bool { (a.distance, a.node) < (b.distance, b.node) }
  }

  init(nodeCount: Int) {
    distance = Array(repeating: .infinity, count: nodeCount)
    predecessor = Array(repeating: -1, count: nodeCount)
    settled = Array(repeating: false, count: nodeCount)
  }

  /// Shortest paths from `source` with the given link costs; nodes that are not passable are
  /// reached but not expanded (unless they are the source).
  mutating func run(from source: Int, in network: AssignmentNetwork, cost: [Double]) {
    for i in distance.indices {
      distance[i] = .infinity
      predecessor[i] = -1
      settled[i] = false
    }
    distance[source] = 0
    heap.insert(Entry(distance: 0, node: Int32(source)))
    while let entry = heap.popMin() {
      let node = Int(entry.node)
      if settled[node] { continue }
      settled[node] = true
      if node != source && !network.passable[node] { continue }
      let start = Int(network.outStart[node])
      let end = Int(network.outStart[node + 1])
      for slot in start..<end {
        let link = Int(network.outLinks[slot])
        let next = Int(network.linkTo[link])
        let candidate = entry.distance + cost[link]
        if candidate < distance[next] {
          distance[next] = candidate
          predecessor[next] = Int32(link)
          heap.insert(Entry(distance: candidate, node: Int32(next)))
        }
      }
    }
  }

  /// The links of the shortest path to `target`, in order; empty when unreachable.
  func path(to target: Int, in network: AssignmentNetwork) -> [Int32] {
    var links: [Int32] = []
    var node = target
    while predecessor[node] >= 0 {
      let link = predecessor[node]
      links.append(link)
      node = Int(network.linkFrom[Int(link)])
    }
    return links.reversed()
  }
}
