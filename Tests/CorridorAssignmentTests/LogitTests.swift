import Foundation
import Testing

@testable import CorridorAssignment

@Suite("Logit stochastic user equilibrium")
struct LogitTests {
  func twoRoutes(_ first: VolumeDelay, _ second: VolumeDelay) throws -> AssignmentNetwork {
    try AssignmentNetwork.validated(nodeCount: 2, links: [(0, 1, first), (0, 1, second)])
  }

  @Test("with constant costs the shares are the logit formula's")
  func constantCosts() throws {
    let network = try twoRoutes(.constant(10), .constant(12))
    let demand = DemandClass(name: "d", demand: [(0, [(1, 100)])], logitSpread: 0.5)
    let result = try GradientProjection(network: network, classes: [demand])
      .solve(options: EquilibriumOptions(targetGap: 1e-13))
    // exp(−0.5 · 10) / (exp(−5) + exp(−6)) = 1 / (1 + e^−1) = 0.731058…
    let share = 1 / (1 + exp(-1.0))
    #expect(abs(result.linkFlows[0] - 100 * share) < 1e-7)
    #expect(abs(result.linkFlows[1] - 100 * (1 - share)) < 1e-7)
  }

  @Test("with congestion the flows solve the logit fixed point")
  func congested() throws {
    // t1 = 10 + 0.1 v1, t2 = 12 + 0.05 v2, θ = 0.5, demand 100. At the SUE
    // t1 + ln(v1)/θ = t2 + ln(100 − v1)/θ; solve for v1 by bisection here.
    let network = try twoRoutes(
      .bpr(freeFlowTime: 10, b: 0.01, power: 1, capacity: 1),
      .bpr(freeFlowTime: 12, b: 0.05 / 12, power: 1, capacity: 1))
    func excess(_ v: Double) -> Double {
      (10 + 0.1 * v + log(v) / 0.5) - (12 + 0.05 * (100 - v) + log(100 - v) / 0.5)
    }
    var low = 1e-9
    var high = 100 - 1e-9
    for _ in 0..<200 {
      let mid = (low + high) / 2
      if excess(mid) > 0 { high = mid } else { low = mid }
    }
    let demand = DemandClass(name: "d", demand: [(0, [(1, 100)])], logitSpread: 0.5)
    let result = try GradientProjection(network: network, classes: [demand])
      .solve(options: EquilibriumOptions(targetGap: 1e-13))
    #expect(abs(result.linkFlows[0] - low) < 1e-6, "\(result.linkFlows[0]) vs \(low)")
    #expect((result.final?.relativeGap ?? 1) <= 1e-13)
  }

  @Test("a large spread parameter approaches the deterministic equilibrium")
  func largeTheta() throws {
    let network = try twoRoutes(
      .bpr(freeFlowTime: 10, b: 0.1, power: 1, capacity: 1),
      .bpr(freeFlowTime: 15, b: 1.0 / 30, power: 1, capacity: 1))
    let demand = DemandClass(name: "d", demand: [(0, [(1, 30)])], logitSpread: 1e3)
    let result = try GradientProjection(network: network, classes: [demand])
      .solve(options: EquilibriumOptions(targetGap: 1e-12))
    // The deterministic equilibrium is v1 = 40/3 (see the two-route test).
    #expect(abs(result.linkFlows[0] - 40.0 / 3.0) < 1e-2)
  }

  @Test("a spread parameter that is not positive is refused")
  func badTheta() throws {
    let network = try twoRoutes(.constant(1), .constant(2))
    #expect(throws: AssignmentError.self) {
      try GradientProjection(
        network: network, classes: [DemandClass(name: "d", demand: [], logitSpread: 0)])
    }
  }
}
