import HubLocationTestSupport
import Testing

@testable import HubLocation

@Suite("Hub instances and problems are validated")
struct InstanceTests {
  func instance(
    flows: [Double] = [0, 1, 2, 3, 0, 1, 1, 1, 0.5], distances: [Double] = Tiny.distances,
    alpha: Double = 0.5
  ) throws(HubModelError) -> HubInstance {
    try HubInstance(
      nodeCount: 3, flows: flows, distances: distances, chi: 1, alpha: alpha, delta: 2)
  }

  @Test("origin and destination totals include the diagonal")
  func totals() throws {
    let tiny = try instance()
    #expect(tiny.originTotals == [3, 4, 2.5])
    #expect(tiny.destinationTotals == [4, 2, 3.5])
    #expect(tiny.totalFlow == 9.5)
    #expect(tiny.flow(from: 1, to: 0) == 3)
    #expect(tiny.distance(from: 0, to: 2) == 3)
  }

  @Test(
    "bad data is refused with what is wrong",
    arguments: [
      ([0, 1, 2, 3, 0, 1, 1, -1, 0.5], "flow from node 3 to node 2"),
      ([0, 1, 2, 3, 0, 1, 1, .nan, 0.5], "flow from node 3 to node 2"),
      ([0, 1, 2, 3, 0, .infinity, 1, 1, 0.5], "flow from node 2 to node 3"),
      ([0, 1, 2], "9"),
    ] as [([Double], String)])
  func badFlows(flows: [Double], fragment: String) {
    #expect {
      try instance(flows: flows)
    } throws: { error in
      (error as? HubModelError)?.message.contains(fragment) ?? false
    }
  }

  @Test("finite data whose costs could pass 1e30 is refused before any solver sees it")
  func costScale() throws {
    // Flows near 1e300 are finite, and so are their costs, but no solver can prove an optimum
    // among numbers that large; 2e29 of flow over 3 units at factors summing to 3.5 is past
    // the limit too.
    #expect {
      try instance(flows: [0, 1e300, 2, 3, 0, 1e300, 1, 1, 0.5])
    } throws: { error in
      (error as? HubModelError)?.message.hasPrefix("the costs of this instance reach 2.1")
        == true
    }
    #expect {
      try instance(flows: [0, 1e29, 2, 3, 0, 1e29, 1, 1, 0.5])
    } throws: { error in
      (error as? HubModelError)?.message.contains("the most the solver handles is 1e30") == true
    }
    let tiny = try instance()
    #expect(throws: HubModelError.self) { try tiny.withFixedCosts([1e30, 1e30, 1]) }
    #expect(try tiny.withFixedCosts([1e6, 1e6, 1]).fixedCosts == [1e6, 1e6, 1])
  }

  @Test("bad distances, factors and node counts are refused")
  func badOthers() {
    #expect(throws: HubModelError.self) {
      try instance(distances: [0, 1, 3, 1, 0, -2, 3, 2, 0])
    }
    #expect(throws: HubModelError.self) { try instance(alpha: -0.1) }
    #expect(throws: HubModelError.self) { try instance(alpha: .nan) }
    #expect(throws: HubModelError.self) {
      try HubInstance(nodeCount: 0, flows: [], distances: [], chi: 1, alpha: 1, delta: 1)
    }
    #expect(throws: HubModelError.self) { try instance().withFixedCosts([1, 2]) }
    #expect(throws: HubModelError.self) { try instance().withCapacities([1, 2, -3]) }
    #expect(throws: HubModelError.self) { try instance().withNames(["a"]) }
  }

  @Test("p must lie between the forced hubs and the candidates")
  func badP() throws {
    let tiny = try instance()
    for p in [0, -1, 4] {
      #expect(throws: HubModelError.self) {
        try HubProblem(.usaphmp, instance: tiny, p: p)
      }
    }
    #expect(throws: HubModelError.self) {
      try HubProblem(.usaphmp, instance: tiny, p: 2, candidates: [1])
    }
    #expect(throws: HubModelError.self) {
      try HubProblem(.usaphmp, instance: tiny, p: 1, fixedOpen: [0, 2])
    }
    #expect(throws: HubModelError.self) {
      try HubProblem(.usaphmp, instance: tiny, p: 1, fixedOpen: [0], candidates: [1, 2])
    }
    #expect(throws: HubModelError.self) {
      try HubProblem(.usaphmp, instance: tiny, p: 1, candidates: [5])
    }
    #expect(throws: HubModelError.self) { try HubProblem(.usaphmp, instance: tiny) }
    let problem = try HubProblem(.umaphmp, instance: tiny, p: 3)
    #expect(problem.variant == .umaphmp)
  }

  @Test("fixed costs and capacities must be there when the variant uses them")
  func missingData() throws {
    let tiny = try instance()
    #expect(throws: HubModelError.self) { try HubProblem(.usahlp, instance: tiny) }
    #expect(throws: HubModelError.self) {
      try HubProblem(.usahlp, instance: tiny.withFixedCosts([1, 1, 1]), p: 2)
    }
    #expect(throws: HubModelError.self) {
      try HubProblem(.csahlp, instance: tiny.withFixedCosts([1, 1, 1]))
    }
    #expect(throws: HubModelError.self) {
      try HubProblem(
        instance: tiny.withCapacities([9, 9, 9]), allocation: .multiple, hubCount: .exactly(2),
        capacitated: true)
    }
    let full = try tiny.withFixedCosts([1, 1, 1]).withCapacities([9, 9, 9])
    #expect(try HubProblem(.csahlp, instance: full).variant == .csahlp)
    #expect(try HubProblem(.csaphmp, instance: full, p: 2).variant == .csaphmp)
    #expect(try HubProblem(.umahlp, instance: full).variant == .umahlp)
    #expect(HubVariant(name: "usaphmp") == .usaphmp)
    #expect(HubVariant(name: "nope") == nil)
  }
}
