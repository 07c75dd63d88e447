import HubLocationTestSupport
import Testing

@testable import HubLocation

@Suite("Incremental move costs agree with costing from scratch")
struct MoveCostTests {
  @Test("single moves and grouped moves on AP20 and CAB15, against the evaluator")
  func movesMatchEvaluator() throws {
    let instances = [
      try Fixture.ap(20), try Fixture.cab().instance(cities: 15, alpha: 0.6),
    ]
    for instance in instances {
      let n = instance.nodeCount
      let problem = try HubProblem(.usaphmp, instance: instance, p: 3)
      let evaluator = HubEvaluator(problem: problem)
      var random = SearchRandom(seed: 3)
      let start = (0..<n).map { [0, 5, 9][$0 % 3] }.enumerated().map { node, hub in
        [0, 5, 9].contains(node) ? node : hub
      }
      var state = SingleAllocationState(problem: problem, allocation: start)
      let tolerance = 1e-9 * state.total
      #expect(abs(state.total - (try evaluator.cost(singleAllocation: start))) < tolerance)
      for _ in 0..<30 {
        // One node to another open hub.
        let i = random.below(n)
        guard !state.isHub[i] else { continue }
        let b = random.element(of: state.hubs)
        let change = state.moveDelta(i, to: b)
        #expect(abs(change - state.changeDelta([(i, b)])) < tolerance)
        state.reallocate(i, to: b, delta: change)
        #expect(abs(state.total - (try evaluator.cost(singleAllocation: state.alloc))) < tolerance)
      }
      // A whole cluster to another of its nodes, in closed form and move by move.
      let hub = state.hubs[1]
      let members = (0..<n).filter { state.alloc[$0] == hub }
      if let target = members.first(where: { $0 != hub }) {
        let grouped = state.changeDelta(members.map { ($0, target) })
        let closed = state.clusterMoveDelta(
          members, from: hub, to: target, internalFlow: state.internalFlow(of: members))
        #expect(abs(grouped - closed) < tolerance)
      }
      // A hub swap: close one hub, open a new node, its cluster spread over the others.
      let closing = state.hubs[0]
      let opening = (0..<n).first { !state.isHub[$0] && state.alloc[$0] != closing } ?? 1
      var moves = [(node: opening, hub: opening)]
      for x in 0..<n where state.alloc[x] == closing {
        moves.append((x, x % 2 == 0 ? opening : state.hubs[1]))
      }
      let change = state.changeDelta(moves)
      state.apply(moves, opening: [opening], closing: [closing], delta: change)
      #expect(abs(state.total - (try evaluator.cost(singleAllocation: state.alloc))) < tolerance)
      #expect(state.hubs.count == 3 && !state.isHub[closing] && state.isHub[opening])
    }
  }

  @Test("swap costs of the multiple-allocation search equal costing the new set")
  func multipleSwaps() throws {
    let instance = try Fixture.ap(20)
    let problem = try HubProblem(.umaphmp, instance: instance, p: 3)
    let evaluator = HubEvaluator(problem: problem)
    var costs = MultipleAllocationCosts(instance: instance)
    let hubs = [1, 7, 15]
    costs.set(hubs)
    #expect(abs(costs.cost - (try evaluator.cost(multipleAllocationHubs: hubs))) < 1e-6)
    var a = [Double](repeating: 0, count: 20)
    var b = a
    for r in 0..<3 {
      let dropped = costs.prepareDrop(r)
      let remaining = hubs.enumerated().filter { $0.offset != r }.map(\.element)
      #expect(abs(dropped - (try evaluator.cost(multipleAllocationHubs: remaining))) < 1e-6)
      for c in [0, 4, 12, 19] {
        let value = costs.costAdding(c, dropping: r, a: &a, b: &b)
        let exact = try evaluator.cost(multipleAllocationHubs: remaining + [c])
        #expect(abs(value - exact) < 1e-6, "drop \(hubs[r]) add \(c)")
      }
    }
    _ = costs.prepareKeep()
    let value = costs.costAdding(4, dropping: nil, a: &a, b: &b)
    #expect(abs(value - (try evaluator.cost(multipleAllocationHubs: hubs + [4]))) < 1e-6)
  }
}
