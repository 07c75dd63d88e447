import CorridorModel
import Testing

@testable import CorridorSimulation

/// Blocking between paired posts, checked against a two-station tandem with a finite buffer.
///
/// Trucks arrive at post A as a Poisson stream; A (one lane, exponential service) may release
/// a truck only while post B's holding area, of `capacity` trucks counting the one at B's lane,
/// has room; otherwise the truck keeps A's lane (blocking after service). The exact mean
/// times at A and B and the share of time A's lane is blocked come from the stationary
/// distribution of the continuous-time Markov chain (n₁ at A, n₂ at B, A blocked or not),
/// solved numerically with A's queue cut at 80 (the probability of reaching it is below 1e-14).
@Suite("Blocking between paired posts")
struct BlockingTests {
  /// The tandem's exact figures: hours at A, hours at B, share of time A is blocked.
  static func exact(lambda: Double, muA: Double, muB: Double, capacity: Int, cut: Int = 80)
    -> (hoursA: Double, hoursB: Double, blocked: Double)
  {
    struct State: Hashable {
      var a: Int
      var b: Int
      var blocked: Bool
    }
    var states: [State] = []
    for a in 0...cut {
      for b in 0...capacity {
        states.append(State(a: a, b: b, blocked: false))
        if b == capacity && a >= 1 { states.append(State(a: a, b: b, blocked: true)) }
      }
    }
    let index = Dictionary(uniqueKeysWithValues: states.enumerated().map { ($1, $0) })
    let n = states.count
    // The balance equations πQ = 0, as Qᵀπ = 0 with the last row replaced by Σπ = 1.
    var matrix = [[Double]](repeating: [Double](repeating: 0, count: n + 1), count: n)
    for (i, s) in states.enumerated() {
      func move(to target: State, rate: Double) {
        guard let j = index[target] else { return }
        matrix[j][i] += rate
        matrix[i][i] -= rate
      }
      if s.a < cut { move(to: State(a: s.a + 1, b: s.b, blocked: s.blocked), rate: lambda) }
      if s.a >= 1 && !s.blocked {
        move(
          to: s.b < capacity
            ? State(a: s.a - 1, b: s.b + 1, blocked: false)
            : State(a: s.a, b: s.b, blocked: true), rate: muA)
      }
      if s.b >= 1 {
        move(
          to: s.blocked
            ? State(a: s.a - 1, b: s.b, blocked: false)
            : State(a: s.a, b: s.b - 1, blocked: false), rate: muB)
      }
    }
    matrix[n - 1] = [Double](repeating: 1, count: n + 1)
    let pi = solve(matrix)
    var (inA, inB, blocked) = (0.0, 0.0, 0.0)
    for (i, s) in states.enumerated() {
      inA += pi[i] * Double(s.a)
      inB += pi[i] * Double(s.b)
      if s.blocked { blocked += pi[i] }
    }
    return (inA / lambda, inB / lambda, blocked)
  }

  /// Solves a linear system given as rows of coefficients and right-hand side, by Gaussian
  /// elimination with partial pivoting.
  static func solve(_ rows: [[Double]]) -> [Double] {
    var m = rows
    let n = m.count
    for column in 0..<n {
      let pivot = (column..<n).max { abs(m[$0][column]) < abs(m[$1][column]) } ?? column
      m.swapAt(column, pivot)
      for row in (column + 1)..<n where m[row][column] != 0 {
        let factor = m[row][column] / m[column][column]
        for k in column...n { m[row][k] -= factor * m[column][k] }
      }
    }
    var x = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = m[row][n]
      for k in (row + 1)..<n { sum -= m[row][k] * x[k] }
      x[row] = sum / m[row][row]
    }
    return x
  }

  /// Two posts on a line, A then B, one lane each; B holds `capacity` trucks.
  static func simulate(capacity: Int, days: Double, seed: UInt64) -> SimulationResult {
    var scenario = CorridorQueueingTests.line([
      CorridorQueueingTests.Station(lanes: 1, service: .exponential(mean: 0.8)),
      CorridorQueueingTests.Station(lanes: 1, service: .exponential(mean: 1.0)),
    ])
    scenario.nodes[2].checkpoint?.processes[0].holdingAreaUnits = capacity
    let route = lineRoute(scenario, teuPerYear: 0.6 * 8760 * scenario.settings.teuPerTruck)
    return CorridorSimulation.run(
      scenario, routes: [route],
      options: SimulationOptions(days: days, warmUpDays: 20, replications: 10, seed: seed))
  }

  @Test("the exact tandem: without blocking it is two M/M/1 queues")
  func exactWithoutBlocking() {
    // A holding area far larger than any queue never blocks: A is M/M/1.
    // B at ρ = 0.3 holds 12 or more with probability 0.3¹² ≈ 5e-7.
    let free = Self.exact(lambda: 0.6, muA: 1.25, muB: 2.0, capacity: 12, cut: 50)
    #expect(abs(free.hoursA - 1 / (1.25 - 0.6)) < 1e-5)
    #expect(abs(free.hoursB - 1 / (2.0 - 0.6)) < 1e-5)
    #expect(free.blocked < 1e-5)
  }

  @Test(
    "a holding area of 2 at B: times at A and B and A's blocked share match the Markov chain",
    .tags(.slow))
  func finiteBuffer() throws {
    let exact = Self.exact(lambda: 0.6, muA: 1.25, muB: 1.0, capacity: 2)
    // Without blocking A would clear in 1 / (1.25 - 0.6) = 1.54 hours; blocked, in 3.10.
    #expect(abs(exact.hoursA - 3.095) < 0.001)
    let result = Self.simulate(capacity: 2, days: 1500, seed: 41)
    let a = try #require(result.checkpoints.first { $0.node == "X1" })
    let b = try #require(result.checkpoints.first { $0.node == "X2" })
    #expect(a.clearanceHours.contains(exact.hoursA), "A \(a.clearanceHours) vs \(exact.hoursA)")
    #expect(a.clearanceHours.halfWidth < 0.05 * exact.hoursA)
    #expect(b.clearanceHours.contains(exact.hoursB), "B \(b.clearanceHours) vs \(exact.hoursB)")
    #expect(b.clearanceHours.halfWidth < 0.05 * exact.hoursB)
    let blocked = b.blockingHoursPerDay / 24
    #expect(abs(blocked - exact.blocked) < 0.05 * exact.blocked, "\(blocked) vs \(exact.blocked)")
  }

  @Test("a holding area of 1 at B: B never queues, so its time is its service, 1 hour")
  func oneSpace() throws {
    let exact = Self.exact(lambda: 0.6, muA: 1.25, muB: 1.0, capacity: 1)
    #expect(abs(exact.hoursB - 1) < 1e-6)
    let result = Self.simulate(capacity: 1, days: 600, seed: 42)
    let a = try #require(result.checkpoints.first { $0.node == "X1" })
    let b = try #require(result.checkpoints.first { $0.node == "X2" })
    #expect(b.meanQueue.mean == 0)
    #expect(b.clearanceHours.contains(1), "B \(b.clearanceHours)")
    #expect(a.clearanceHours.contains(exact.hoursA), "A \(a.clearanceHours) vs \(exact.hoursA)")
    #expect(a.clearanceHours.halfWidth < 0.05 * exact.hoursA)
  }
}
