import CorridorModel
import Foundation
import Testing

@testable import CorridorAssignment

/// The fixture folder of this test target.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

@Suite("Sioux Falls against the published optimum")
struct SiouxFallsTests {
  let network: TNTPNetwork

  init() throws {
    network = try TNTPNetwork(stem: fixtures.appendingPathComponent("SiouxFalls/SiouxFalls").path)
  }

  @Test("the files parse with their published sizes")
  func parse() {
    #expect(network.zones == 24)
    #expect(network.nodes == 24)
    #expect(network.links.count == 76)
    #expect(network.firstThroughNode == 1)
    // 360,600 in the header; the intrazonal entries are all zero.
    #expect(network.totalDemand == 360_600)
  }

  @Test("the Beckmann objective matches 4231335.2871074 to 1e-9 at a gap of 1e-10")
  func optimum() throws {
    let input = try network.assignmentInput()
    let solver = try GradientProjection(network: input.network, classes: [input.demandClass])
    let result = try solver.solve(
      options: EquilibriumOptions(targetGap: 1e-10, maximumIterations: 500))
    let final = try #require(result.final)
    #expect(final.relativeGap <= 1e-10)
    #expect(abs(final.objective - 4231335.2871074) / 4231335.2871074 < 1e-9)
    // The gap reported each iteration never rises far: the method descends.
    #expect(result.history.first.map { $0.relativeGap > final.relativeGap } == true)
  }

  @Test("at the published flows the objective and gap are evaluated exactly")
  func publishedFlows() throws {
    let text = try String(
      contentsOf: fixtures.appendingPathComponent("SiouxFalls/SiouxFalls_flow.tntp"),
      encoding: .utf8)
    let flows = text.split(separator: "\n").dropFirst().compactMap { line -> Double? in
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      return fields.count >= 3 ? Double(fields[2]) : nil
    }
    #expect(flows.count == 76)
    let input = try network.assignmentInput()
    let objective = zip(input.network.delay, flows).reduce(0.0) { $0 + $1.0.integral($1.1) }
    #expect(abs(objective - 4231335.2871074) / 4231335.2871074 < 1e-12)
    let evaluation = IndependentGap.evaluate(network: network, flows: flows)
    #expect(evaluation.relativeGap < 1e-12)
  }

  @Test("written flows, read back and checked by an independent evaluator, give the gap")
  func writtenFlows() throws {
    let input = try network.assignmentInput()
    let solver = try GradientProjection(network: input.network, classes: [input.demandClass])
    let result = try solver.solve(
      options: EquilibriumOptions(targetGap: 1e-10, maximumIterations: 500))
    let text = TNTPFlowWriter.text(
      network: network, flows: result.linkFlows, costs: result.linkTimes)
    let flows = text.split(separator: "\n").dropFirst().compactMap { line -> Double? in
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      return fields.count >= 3 ? Double(fields[2]) : nil
    }
    let evaluation = IndependentGap.evaluate(network: network, flows: flows)
    #expect(evaluation.relativeGap <= 1e-10)
    #expect(abs(evaluation.relativeGap - (result.final?.relativeGap ?? 1)) < 1e-12)
  }
}

/// A gap evaluator that shares no code with the solver: costs from the TNTP links directly,
/// shortest paths by the model's Dijkstra, through-zones blocked by copying each origin.
enum IndependentGap {
  static func evaluate(network: TNTPNetwork, flows: [Double]) -> (
    tstt: Double, sptt: Double, relativeGap: Double
  ) {
    let costs = zip(network.links, flows).map { link, v -> Double in
      link.b == 0
        ? link.freeFlowTime : link.freeFlowTime * (1 + link.b * pow(v / link.capacity, link.power))
    }
    let tstt = zip(costs, flows).reduce(0.0) { $0 + $1.0 * $1.1 }
    let names = (1...network.nodes).map { NodeID("\($0)") }
    let graph = Graph(
      nodes: names, links: network.links.map { (NodeID("\($0.from)"), NodeID("\($0.to)")) })
    var sptt = 0.0
    for entry in network.trips where !entry.destinations.isEmpty {
      // Zones below the first through node may not be passed through: drop their out-links
      // except the origin's own.
      let tree = graph.shortestPaths(from: entry.origin - 1) { l in
        let from = network.links[l].from
        return from != entry.origin && from < network.firstThroughNode ? .infinity : costs[l]
      }
      for d in entry.destinations { sptt += d.volume * tree.distance[d.node - 1] }
    }
    return (tstt, sptt, (tstt - sptt) / tstt)
  }
}
