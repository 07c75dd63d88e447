import Foundation
import Testing

@testable import CorridorAssignment

@Suite("Equilibrium properties")
struct EquilibriumPropertyTests {
  @Test("cars and trucks with PCE p load the links like one class of cars + p × trucks")
  func multiClassInvariant() throws {
    let network = try TNTPNetwork(
      stem: fixtures.appendingPathComponent("SiouxFalls/SiouxFalls").path)
    let input = try network.assignmentInput()
    let pce = 2.5
    // Cars carry 70 % of each OD volume and trucks 12 %; one class with 70 % + 2.5 × 12 %
    // of it must give the same PCE link flows.
    func scaled(_ factor: Double) -> [(origin: Int, destinations: [(node: Int, volume: Double)])] {
      input.demandClass.demand.map {
        ($0.origin, $0.destinations.map { ($0.node, $0.volume * factor) })
      }
    }
    let cars = DemandClass(name: "cars", demand: scaled(0.7))
    let trucks = DemandClass(name: "trucks", pce: pce, demand: scaled(0.12))
    let combined = DemandClass(name: "all", demand: scaled(0.7 + pce * 0.12))
    let options = EquilibriumOptions(targetGap: 1e-11, maximumIterations: 1000)
    let two = try GradientProjection(network: input.network, classes: [cars, trucks]).solve(
      options: options)
    let one = try GradientProjection(network: input.network, classes: [combined]).solve(
      options: options)
    #expect((two.final?.relativeGap ?? 1) <= 1e-11)
    #expect((one.final?.relativeGap ?? 1) <= 1e-11)
    // Sioux Falls has strictly increasing link costs, so equilibrium link flows are unique.
    for (a, b) in zip(two.linkFlows, one.linkFlows) {
      #expect(abs(a - b) <= 1e-4 * max(1, b), "PCE flows \(a) vs \(b)")
    }
    // The class flows add up to the PCE flows.
    for l in two.linkFlows.indices {
      let sum = two.classLinkFlows[0][l] + pce * two.classLinkFlows[1][l]
      #expect(abs(sum - two.linkFlows[l]) <= 1e-9 * max(1, sum))
    }
  }

  /// A network with a dead end (node 5 only receives, from nodes 2 and 3) and a degree-2
  /// sink, the shape that breaks chain-contracting solvers: 1 → 2 → 4 and 1 → 3 → 4, plus
  /// 2 → 5 and 3 → 5 into the sink.
  func deadEndNetwork() throws -> AssignmentNetwork {
    try AssignmentNetwork.validated(
      nodeCount: 5,
      links: [
        (0, 1, .bpr(freeFlowTime: 1, b: 0.15, power: 4, capacity: 10)),
        (0, 2, .bpr(freeFlowTime: 1.2, b: 0.15, power: 4, capacity: 10)),
        (1, 3, .bpr(freeFlowTime: 1, b: 0.15, power: 4, capacity: 10)),
        (2, 3, .bpr(freeFlowTime: 1, b: 0.15, power: 4, capacity: 10)),
        (1, 4, .constant(0.1)),
        (2, 4, .constant(0.1)),
      ])
  }

  @Test("flow is conserved at every node, the dead end and the sink included")
  func conservation() throws {
    let network = try deadEndNetwork()
    let demand = DemandClass(name: "d", demand: [(0, [(3, 30), (4, 5)])])
    let result = try GradientProjection(network: network, classes: [demand])
      .solve(options: EquilibriumOptions(targetGap: 1e-12))
    var net = [Double](repeating: 0, count: 5)
    for l in 0..<network.linkCount {
      net[Int(network.linkFrom[l])] -= result.linkFlows[l]
      net[Int(network.linkTo[l])] += result.linkFlows[l]
    }
    #expect(abs(net[0] + 35) < 1e-9)
    #expect(abs(net[1]) < 1e-9)
    #expect(abs(net[2]) < 1e-9)
    #expect(abs(net[3] - 30) < 1e-9)
    #expect(abs(net[4] - 5) < 1e-9)
    // Nothing flows out of the sink (there is no link out of it to use).
    // The two routes to node 4 have equal cost at equilibrium.
    let routes = result.routes(classIndex: 0, origin: 0, destination: 3)
    #expect(routes.count == 2)
    if routes.count == 2 { #expect(abs(routes[0].cost - routes[1].cost) < 1e-9) }
  }

  @Test("demand with no path is an error listing the pairs")
  func unreachable() throws {
    let network = try deadEndNetwork()
    let demand = DemandClass(name: "d", demand: [(4, [(0, 1), (3, 2)]), (3, [(0, 5)])])
    #expect(throws: AssignmentError.unreachableDemand(["5→1", "5→4", "4→1"])) {
      try GradientProjection(network: network, classes: [demand]).solve()
    }
  }

  @Test("a two-route network reaches the hand-computed equilibrium")
  func twoRoutes() throws {
    // t1 = 10 (1 + 0.1 v1) = 10 + v1 and t2 = 15 (1 + v2 / 30) = 15 + 0.5 v2, demand 30.
    // Equal times: 10 + v1 = 15 + 0.5 (30 − v1), so v1 = 40/3 and both times are 70/3.
    let network = try AssignmentNetwork.validated(
      nodeCount: 2,
      links: [
        (0, 1, .bpr(freeFlowTime: 10, b: 0.1, power: 1, capacity: 1)),
        (0, 1, .bpr(freeFlowTime: 15, b: 1.0 / 30, power: 1, capacity: 1)),
      ])
    let result = try GradientProjection(
      network: network, classes: [DemandClass(name: "d", demand: [(0, [(1, 30)])])]
    ).solve(options: EquilibriumOptions(targetGap: 1e-14))
    #expect(abs(result.linkFlows[0] - 40.0 / 3.0) < 1e-9)
    #expect(abs(result.linkTimes[0] - 70.0 / 3.0) < 1e-9)
    #expect(abs(result.linkTimes[1] - 70.0 / 3.0) < 1e-9)
  }

  @Test("bad networks and parameters are errors, not crashes")
  func badInput() throws {
    #expect(throws: AssignmentError.invalidNetwork("the network has no nodes")) {
      try AssignmentNetwork.validated(nodeCount: 0, links: [])
    }
    #expect(throws: AssignmentError.self) {
      try AssignmentNetwork.validated(nodeCount: 2, links: [(0, 2, .constant(1))])
    }
    let network = try deadEndNetwork()
    #expect(throws: AssignmentError.self) {
      try GradientProjection(
        network: network, classes: [DemandClass(name: "d", pce: 0, demand: [])])
    }
    #expect(throws: AssignmentError.self) {
      try GradientProjection(
        network: network, classes: [DemandClass(name: "d", demand: [(0, [(3, -1)])])])
    }
    // An empty demand solves to zero flows.
    let empty = try GradientProjection(
      network: network, classes: [DemandClass(name: "d", demand: [])]
    ).solve()
    #expect(empty.linkFlows.allSatisfy { $0 == 0 })
    #expect(empty.final?.relativeGap == 0)
  }
}
