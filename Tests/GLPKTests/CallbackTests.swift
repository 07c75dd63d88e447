import GLPK
import Testing

@Suite("Branch-and-cut callbacks")
struct CallbackTests {
  /// max x1 + 2x2 + 3x3 over binaries with x1 + x2 + x3 ≤ 2; the lazy x2 + x3 ≤ 1
  /// moves the optimum from 5 to 4.
  private static func lazyDemo() -> (model: LinearModel, x: [Variable]) {
    var model = LinearModel(sense: .maximize)
    let x = (1...3).map {
      model.addVariable(name: "x\($0)", kind: .binary, objective: Double($0))
    }
    model.addConstraint(x[0] + x[1] + x[2] <= 2)
    return (model, x)
  }

  @Test("lazy constraints cut off points that violate them")
  func lazyConstraints() throws {
    let (model, x) = Self.lazyDemo()
    var points: [RelaxationPoint] = []
    let callbacks = SolverCallbacks(lazyConstraints: { point in
      points.append(point)
      return [x[1] + x[2] <= 1]
    })
    let solution = try solve(model, callbacks: callbacks)
    #expect(solution.termination == .optimal)
    #expect(solution.objective == 4)
    #expect(solution.values == [1, 0, 1])
    #expect(solution.bound == 4)
    #expect(solution.statistics.lazyConstraintsAdded >= 1)
    #expect(!solution.statistics.usedPresolver)
    #expect(points.allSatisfy { $0.values.count == 3 })
    #expect(points.contains { $0.isIntegral })
  }

  @Test("without the lazy constraint the optimum is 5")
  func withoutLazyConstraints() throws {
    let solution = try solve(Self.lazyDemo().model)
    #expect(solution.objective == 5)
  }

  @Test("lazy constraints the point satisfies are ignored, so the search ends")
  func satisfiedLazyConstraints() throws {
    let (model, x) = Self.lazyDemo()
    let callbacks = SolverCallbacks(lazyConstraints: { _ in [x[0] + x[1] + x[2] <= 3] })
    let solution = try solve(model, callbacks: callbacks)
    #expect(solution.objective == 5)
    #expect(solution.statistics.lazyConstraintsAdded == 0)
  }

  @Test("a heuristic solution offered at the root becomes the incumbent")
  func heuristicIncumbent() throws {
    var calls = 0
    let callbacks = SolverCallbacks(heuristicSolution: { point in
      calls += 1
      #expect(!point.isIntegral)
      return calls == 1 ? [0, 1, 1, 1, 1] : nil
    })
    let solution = try solve(TestModels.smallKnapsack(), callbacks: callbacks)
    #expect(calls >= 1)
    #expect(solution.statistics.heuristicSolutionsAccepted == 1)
    #expect(solution.termination == .optimal)
    #expect(solution.objective == 15)
  }

  @Test("an infeasible heuristic solution is rejected, not trusted")
  func infeasibleHeuristicSolution() throws {
    let lines = LineCollector()
    let callbacks = SolverCallbacks(heuristicSolution: { _ in [1, 1, 1, 1, 1] })
    let options = SolverOptions(messages: .log(.errors, { lines.append($0) }))
    let solution = try solve(TestModels.smallKnapsack(), options: options, callbacks: callbacks)
    #expect(solution.statistics.heuristicSolutionsRejected >= 1)
    #expect(solution.statistics.heuristicSolutionsAccepted == 0)
    #expect(solution.objective == 15)
    #expect(lines.all.contains { $0.contains("capacity") })
  }

  @Test("a heuristic solution that breaks a lazy constraint is rejected")
  func heuristicAgainstLazyConstraints() throws {
    let (model, x) = Self.lazyDemo()
    let callbacks = SolverCallbacks(
      lazyConstraints: { _ in [x[1] + x[2] <= 1] },
      heuristicSolution: { _ in [0, 1, 1] })
    let solution = try solve(model, callbacks: callbacks)
    #expect(solution.objective == 4)
    #expect(solution.statistics.heuristicSolutionsAccepted == 0)
  }

  @Test("nearly whole heuristic values are rounded before GLPK sees them")
  func heuristicRounding() throws {
    let callbacks = SolverCallbacks(heuristicSolution: { _ in
      [1e-9, 1 - 1e-9, 1, 1, 1 + 1e-8]
    })
    let solution = try solve(TestModels.smallKnapsack(), callbacks: callbacks)
    #expect(solution.statistics.heuristicSolutionsAccepted == 1)
    #expect(solution.objective == 15)
  }

  @Test("a heuristic solution of the wrong length throws")
  func heuristicWrongLength() {
    let callbacks = SolverCallbacks(heuristicSolution: { _ in [1, 0] })
    #expect {
      try solve(TestModels.smallKnapsack(), callbacks: callbacks)
    } throws: { error in
      (error as? SolverError)?.kind == .invalidCallbackResult
    }
  }

  @Test("a lazy constraint with a NaN coefficient throws")
  func lazyConstraintWithNaN() {
    let (model, x) = Self.lazyDemo()
    let callbacks = SolverCallbacks(lazyConstraints: { _ in [Double.nan * x[0] <= 1] })
    #expect {
      try solve(model, callbacks: callbacks)
    } throws: { error in
      (error as? SolverError)?.kind == .invalidCallbackResult
    }
  }

  @Test("an error thrown in a callback is rethrown unchanged", arguments: [0, 1, 2])
  func callbackErrors(which: Int) {
    let (model, _) = Self.lazyDemo()
    var callbacks = SolverCallbacks()
    switch which {
    case 0:
      callbacks.lazyConstraints = { _ in throw DeliberateFailure(place: "lazy") }
    case 1:
      callbacks.heuristicSolution = { _ in throw DeliberateFailure(place: "heuristic") }
    default:
      callbacks.incumbentFound = { _ in throw DeliberateFailure(place: "incumbent") }
    }
    let model2 = which == 1 ? TestModels.smallKnapsack() : model
    #expect(throws: DeliberateFailure.self) {
      try solve(model2, options: SolverOptions(presolve: false), callbacks: callbacks)
    }
    // The thread's GLPK state is intact afterwards.
    #expect((try? solve(model))?.objective == 5)
  }

  @Test("the incumbent observer sees improving solutions with valid bounds")
  func incumbentObserver() throws {
    var updates: [SearchProgress] = []
    let model = TestModels.marketSplit(rows: 2, columns: 16, seed: 5)
    let callbacks = SolverCallbacks(incumbentFound: { updates.append($0) })
    let solution = try solve(
      model, options: SolverOptions(timeLimit: .seconds(10)), callbacks: callbacks)
    #expect(solution.hasSolution)
    let last = try #require(updates.last)
    #expect(last.objective.isApproximately(try #require(solution.objective)))
    for update in updates {
      if let bound = update.bound { #expect(bound <= update.objective + 1e-9) }
    }
    #expect(zip(updates, updates.dropFirst()).allSatisfy { $1.objective < $0.objective })
  }

  @Test("progress reports come in node order with bounds below the incumbent")
  func progressReports() throws {
    var reports: [TreeProgress] = []
    let model = TestModels.marketSplit(rows: 2, columns: 16, seed: 5)
    let callbacks = SolverCallbacks(progress: { reports.append($0) }, progressInterval: .zero)
    let solution = try solve(
      model, options: SolverOptions(timeLimit: .seconds(10)), callbacks: callbacks)
    let objective = try #require(solution.objective)
    #expect(reports.count > 1)
    for (earlier, later) in zip(reports, reports.dropFirst()) {
      #expect(later.nodes >= earlier.nodes)
      #expect(later.seconds >= earlier.seconds)
    }
    for report in reports {
      if let incumbent = report.incumbent {
        #expect(incumbent >= objective - 1e-9)
        if let bound = report.bound { #expect(bound <= incumbent + 1e-9) }
      }
      if let bound = report.bound { #expect(bound <= objective + 1e-9) }
    }
    // A long interval lets only the first report through.
    var count = 0
    let sparse = SolverCallbacks(progress: { _ in count += 1 }, progressInterval: .seconds(3600))
    _ = try solve(model, options: SolverOptions(timeLimit: .seconds(10)), callbacks: sparse)
    #expect(count == 1)
  }

  @Test("an error thrown in the progress callback is rethrown")
  func progressError() {
    let model = TestModels.marketSplit(rows: 2, columns: 16, seed: 5)
    let callbacks = SolverCallbacks(progress: { _ in throw DeliberateFailure(place: "progress") })
    #expect(throws: DeliberateFailure.self) { try solve(model, callbacks: callbacks) }
  }

  @Test("a solve started inside a callback runs and leaves the outer solve intact")
  func nestedSolve() throws {
    let outerLines = LineCollector()
    var innerObjective: Double?
    let callbacks = SolverCallbacks(heuristicSolution: { _ in
      innerObjective = try solve(TestModels.productionLP().model).objective
      return nil
    })
    let options = SolverOptions(messages: .log(.all, { outerLines.append($0) }))
    let solution = try solve(TestModels.smallKnapsack(), options: options, callbacks: callbacks)
    #expect(innerObjective == 11)
    #expect(solution.objective == 15)
    // The inner solve was silent and the outer one kept its output afterwards.
    #expect(!outerLines.all.contains { $0.contains("OPTIMAL LP SOLUTION") && $0.contains("11") })
    #expect(outerLines.all.contains { $0.contains("INTEGER OPTIMAL SOLUTION FOUND") })
  }

  @Test("callbacks are not used for linear models")
  func linearModelsIgnoreCallbacks() throws {
    let (model, _, _) = TestModels.productionLP()
    let callbacks = SolverCallbacks(lazyConstraints: { _ in
      throw DeliberateFailure(place: "never")
    })
    #expect(try solve(model, callbacks: callbacks).termination == .optimal)
  }
}
