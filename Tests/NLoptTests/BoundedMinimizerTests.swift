import NLopt
import Testing

@Suite("Bounded derivative-free minimization through NLopt")
struct BoundedMinimizerTests {
  @Test(
    "Rosenbrock's valley from (-1.2, 1): the minimum at (1, 1) to 1e-4",
    arguments: [BoundedMinimizer.Algorithm.bobyqa, .subplex])
  func rosenbrock(algorithm: BoundedMinimizer.Algorithm) throws {
    let minimizer = BoundedMinimizer(
      algorithm: algorithm, relativeTolerance: 1e-10, maximumEvaluations: 20_000)
    let result = try minimizer.minimize(start: [-1.2, 1], lower: [-2, -2], upper: [2, 2]) { x in
      let a = 1 - x[0]
      let b = x[1] - x[0] * x[0]
      return a * a + 100 * b * b
    }
    #expect(abs(result.x[0] - 1) < 1e-4 && abs(result.x[1] - 1) < 1e-4, "\(result.x)")
    #expect(result.value < 1e-8)
    #expect(result.succeeded)
    #expect(result.evaluations > 10)
  }

  @Test("a minimum outside the bounds stops at the bound")
  func bound() throws {
    let result = try BoundedMinimizer().minimize(start: [0.5, 0.5], lower: [0, 0], upper: [1, 1]) {
      x in (x[0] - 3) * (x[0] - 3) + (x[1] - 0.25) * (x[1] - 0.25)
    }
    #expect(abs(result.x[0] - 1) < 1e-6)
    #expect(abs(result.x[1] - 0.25) < 1e-3)
  }

  @Test("a start outside the bounds, or bounds of another length, is refused before NLopt")
  func invalid() {
    #expect(throws: BoundedMinimizer.InvalidProblem.self) {
      try BoundedMinimizer().minimize(start: [3], lower: [0], upper: [1]) { $0[0] }
    }
    #expect(throws: BoundedMinimizer.InvalidProblem.self) {
      try BoundedMinimizer().minimize(start: [0.5], lower: [0, 0], upper: [1]) { $0[0] }
    }
    #expect(throws: BoundedMinimizer.InvalidProblem.self) {
      try BoundedMinimizer().minimize(start: [0.5], lower: [.nan], upper: [1]) { $0[0] }
    }
  }
}
