import HubLocation
import HubLocationTestSupport
import Testing

@testable import HubLocationExact

@Suite("Transfer duals: the transportation solver and the lifted cuts")
struct ExactTransportationTests {
  /// A small deterministic generator, so the cases are the same on every run.
  struct Numbers {
    var state: UInt64
    mutating func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
  }

  @Test("primal feasible, dual feasible, equal objectives: a certificate of optimality")
  func certificate() {
    var numbers = Numbers(state: 42)
    for (rows, columns) in [(2, 2), (2, 3), (3, 2), (3, 4), (5, 5)] {
      for _ in 0..<20 {
        var a = (0..<rows).map { _ in numbers.next() + 0.01 }
        var b = (0..<columns).map { _ in numbers.next() + 0.01 }
        let sa = a.reduce(0, +)
        let sb = b.reduce(0, +)
        a = a.map { $0 / sa }
        b = b.map { $0 / sb }
        let cost = (0..<(rows * columns)).map { _ in (numbers.next() * 100).rounded() }
        let result = SmallTransportation.solve(supply: a, demand: b, cost: cost)
        var primal = 0.0
        for r in 0..<rows {
          var out = 0.0
          for s in 0..<columns {
            let x = result.flow[r * columns + s]
            #expect(x >= -1e-12)
            out += x
            primal += x * cost[r * columns + s]
            #expect(result.u[r] + result.v[s] <= cost[r * columns + s] + 1e-9)
          }
          #expect(abs(out - a[r]) < 1e-9)
        }
        for s in 0..<columns {
          let into = (0..<rows).reduce(0) { $0 + result.flow[$1 * columns + s] }
          #expect(abs(into - b[s]) < 1e-9)
        }
        #expect(abs(primal - result.value) < 1e-7)
      }
    }
  }

  @Test(
    "lifted duals are feasible at every pair of hubs, metric (AP) and not (CAB)",
    arguments: [false, true])
  func liftedDualsFeasible(cab: Bool) throws {
    let instance = cab ? try Fixture.cab().instance(cities: 25, alpha: 0.6) : try Fixture.ap(20)
    let problem = try HubProblem(.usaphmp, instance: instance, p: 3)
    let data = SingleAllocationData(problem: problem)
    #expect(data.isMetric == !cab)
    var duals = TransferDuals(data: data)
    var numbers = Numbers(state: 7)
    let n = data.n
    for (s, t) in [(1, 1), (1, 3), (3, 1), (2, 2), (2, 4), (4, 2)] {
      for _ in 0..<10 {
        func support(_ size: Int) -> [(Int, Double)] {
          var nodes: [Int] = []
          while nodes.count < size {
            let k = Int(numbers.next() * Double(n))
            if !nodes.contains(k) { nodes.append(k) }
          }
          let weights = nodes.map { _ in numbers.next() + 0.05 }
          let total = weights.reduce(0, +)
          return zip(nodes.sorted(), weights).map { ($0, $1 / total) }
        }
        let first = support(s)
        let second = support(t)
        let value = duals.compute(first, second)
        for k in 0..<n {
          for m in 0..<n {
            #expect(duals.u[k] + duals.v[m] <= data.d[k * n + m] + 1e-9 * (1 + data.d[k * n + m]))
          }
        }
        let atPoint =
          first.reduce(0) { $0 + $1.1 * duals.u[$1.0] }
          + second.reduce(0) { $0 + $1.1 * duals.v[$1.0] }
        #expect(abs(atPoint - value) <= 1e-9 * max(1, abs(value)))
      }
    }
  }
}
