import GLPK
import Testing

/// A symmetric travelling-salesman model whose subtour-elimination constraints are
/// added lazily: the standard use of lazy constraints, exercised across many nodes.
@Suite("Lazy subtour elimination")
struct LazyTourTests {
  // Two clusters far apart: without subtour elimination each becomes its own cycle.
  private static let cities: [(Double, Double)] = [
    (0, 0), (3, 0), (0, 2), (3, 3), (20, 1), (23, 0), (21, 4), (24, 3),
  ]

  private static func distance(_ a: Int, _ b: Int) -> Double {
    let (dx, dy) = (cities[a].0 - cities[b].0, cities[a].1 - cities[b].1)
    return (dx * dx + dy * dy).squareRoot().rounded()
  }

  /// The shortest tour by trying every order of the cities after the first.
  private static func bruteForceTour() -> Double {
    var best = Double.infinity
    func extend(_ tour: [Int], _ length: Double, _ left: Set<Int>) {
      guard length < best else { return }
      if left.isEmpty {
        best = min(best, length + distance(tour[tour.count - 1], 0))
        return
      }
      for city in left {
        extend(
          tour + [city], length + distance(tour[tour.count - 1], city), left.subtracting([city]))
      }
    }
    extend([0], 0, Set(1..<cities.count))
    return best
  }

  /// The tour model: one binary per edge, degree 2 at every city.
  private static func tourModel() -> (LinearModel, [(Int, Int, Variable)]) {
    let n = cities.count
    var model = LinearModel(name: "tour")
    var edges: [(Int, Int, Variable)] = []
    for i in 0..<n {
      for j in (i + 1)..<n {
        edges.append(
          (i, j, model.addVariable(name: "e\(i)_\(j)", kind: .binary, objective: distance(i, j))))
      }
    }
    for city in 0..<n {
      let incident = edges.filter { $0.0 == city || $0.1 == city }.map { ($0.2, 1.0) }
      model.addConstraint(name: "degree\(city)", terms: incident, lowerBound: 2, upperBound: 2)
    }
    return (model, edges)
  }

  /// The subtour constraints of the components of the edges above `threshold` at
  /// `point`, none when they connect every city.
  private static func subtourCuts(
    at point: RelaxationPoint, edges: [(Int, Int, Variable)], threshold: Double
  ) -> [LinearConstraint] {
    let n = cities.count
    var component = Array(0..<n)
    func root(_ city: Int) -> Int {
      var city = city
      while component[city] != city { city = component[city] }
      return city
    }
    for (i, j, edge) in edges where point.value(of: edge) > threshold {
      component[root(i)] = root(j)
    }
    let groups = Dictionary(grouping: 0..<n, by: root)
    guard groups.count > 1 else { return [] }
    return groups.values.sorted { ($0.min() ?? 0) < ($1.min() ?? 0) }.map { members in
      let inside = edges.filter { members.contains($0.0) && members.contains($0.1) }
      return LinearConstraint(
        terms: inside.map { ($0.2, 1) }, upperBound: Double(members.count - 1))
    }
  }

  @Test("subtours are cut off lazily and the optimal tour is found")
  func shortestTour() throws {
    let (model, edges) = Self.tourModel()
    var integralCalls = 0
    let callbacks = SolverCallbacks(lazyConstraints: { point in
      guard point.isIntegral else { return [] }
      integralCalls += 1
      return Self.subtourCuts(at: point, edges: edges, threshold: 0.5)
    })
    let solution = try solve(model, callbacks: callbacks)
    #expect(solution.termination == .optimal)
    #expect(solution.objective == Self.bruteForceTour())
    #expect(solution.bound == solution.objective)
    #expect(solution.statistics.lazyConstraintsAdded > 0)
    #expect(solution.statistics.lazyConstraintsRemoved == 0)
    #expect(integralCalls > 0)
    let chosen = edges.filter { solution.value(of: $0.2) == 1 }
    #expect(chosen.count == Self.cities.count)
  }

  @Test("removing slack lazy constraints keeps the search exact")
  func slackLazyConstraintsRemoved() throws {
    let (model, edges) = Self.tourModel()
    // Cuts at fractional points too (the components of the support), so that rounds
    // at one node leave earlier cuts slack.
    var callbacks = SolverCallbacks(
      lazyConstraints: { point in Self.subtourCuts(at: point, edges: edges, threshold: 1e-6) },
      removesSlackLazyConstraints: true)
    let solution = try solve(model, callbacks: callbacks)
    #expect(solution.termination == .optimal)
    #expect(solution.objective == Self.bruteForceTour())
    #expect(solution.statistics.lazyConstraintsRemoved > 0)
    #expect(solution.statistics.lazyConstraintsRemoved < solution.statistics.lazyConstraintsAdded)
    let chosen = edges.filter { solution.value(of: $0.2) == 1 }
    #expect(chosen.count == Self.cities.count)
    callbacks.removesSlackLazyConstraints = false
    let kept = try solve(model, callbacks: callbacks)
    #expect(kept.objective == solution.objective)
    #expect(kept.statistics.lazyConstraintsRemoved == 0)
  }
}
