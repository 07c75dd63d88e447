import Foundation
import Testing

@testable import CorridorAssignment

@Suite("Barcelona: a dead-end node and constant-cost links")
struct BarcelonaTests {
  @Test("flow is conserved at every node, node 1008 included", .tags(.slow))
  func conservation() throws {
    let network = try TNTPNetwork(stem: fixtures.appendingPathComponent("Barcelona/Barcelona").path)
    #expect(network.links.count == 2522)
    #expect(network.firstThroughNode == 111)
    let input = try network.assignmentInput()
    let result = try GradientProjection(network: input.network, classes: [input.demandClass])
      .solve(options: EquilibriumOptions(targetGap: 1e-5))
    #expect((result.final?.relativeGap ?? 1) <= 1e-5)
    var balance = [Double](repeating: 0, count: network.nodes)
    for (l, link) in network.links.enumerated() {
      balance[link.from - 1] -= result.linkFlows[l]
      balance[link.to - 1] += result.linkFlows[l]
    }
    for entry in network.trips {
      for d in entry.destinations {
        balance[entry.origin - 1] += d.volume
        balance[d.node - 1] -= d.volume
      }
    }
    let worst = balance.map(abs).max() ?? 0
    #expect(worst < 1e-6 * network.totalDemand, "largest imbalance \(worst)")
    // Node 1008 is not a zone and has no way out, so no flow may reach it.
    let into1008 = network.links.enumerated().filter { $0.element.to == 1008 }.map {
      result.linkFlows[$0.offset]
    }
    #expect(into1008.count == 2)
    #expect(into1008.allSatisfy { $0 == 0 })
  }
}
