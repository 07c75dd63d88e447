/// A scenario's network with modes kept apart: freight changes mode only where
/// ``Node/allowsModeChange(from:to:)`` says it may.
///
/// Each node has an arrival vertex per mode that reaches it and a departure vertex per mode
/// that leaves it, joined where the mode change is allowed; demand starts at the node's source
/// vertex (joined to every departure) and ends at its sink vertex (joined from every arrival),
/// so no route passes through a node's demand vertices.
public struct ModalNetwork: Sendable {
  /// What a link of the modal graph stands for.
  public enum Step: Hashable, Sendable {
    /// The scenario link with this index.
    case link(Int)
    /// A change between two modes at a node (index in ``Scenario/nodes``).
    case modeChange(node: Int, from: Mode, to: Mode)
    /// Leaving the node where demand starts.
    case start(node: Int)
    /// Reaching the node where demand ends.
    case end(node: Int)
  }

  /// The modal graph.
  public let graph: Graph
  /// What each graph link stands for.
  public let steps: [Step]
  /// The source vertex of each scenario node.
  public let source: [Int]
  /// The sink vertex of each scenario node.
  public let sink: [Int]

  /// Builds the modal graph of a scenario; links with unknown ends are left out.
  public init(_ scenario: Scenario) {
    var vertexCount = 0
    func vertex() -> Int {
      vertexCount += 1
      return vertexCount - 1
    }
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    source = scenario.nodes.map { _ in vertex() }
    sink = scenario.nodes.map { _ in vertex() }
    var arrive: [Int: [Mode: Int]] = [:]
    var depart: [Int: [Mode: Int]] = [:]
    var ends: [(from: Int, to: Int)] = []
    var steps: [Step] = []
    for (l, link) in scenario.links.enumerated() {
      guard let u = index[link.from], let v = index[link.to] else { continue }
      let a = depart[u]?[link.mode] ?? vertex()
      depart[u, default: [:]][link.mode] = a
      let b = arrive[v]?[link.mode] ?? vertex()
      arrive[v, default: [:]][link.mode] = b
      ends.append((a, b))
      steps.append(.link(l))
    }
    for (n, node) in scenario.nodes.enumerated() {
      let arrivals = (arrive[n] ?? [:]).sorted { $0.key.rawValue < $1.key.rawValue }
      let departures = (depart[n] ?? [:]).sorted { $0.key.rawValue < $1.key.rawValue }
      for (m1, a) in arrivals {
        for (m2, d) in departures where node.allowsModeChange(from: m1, to: m2) {
          ends.append((a, d))
          steps.append(.modeChange(node: n, from: m1, to: m2))
        }
        ends.append((a, sink[n]))
        steps.append(.end(node: n))
      }
      for (_, d) in departures {
        ends.append((source[n], d))
        steps.append(.start(node: n))
      }
    }
    graph = Graph(nodeCount: vertexCount, links: ends)
    self.steps = steps
  }
}
