import Testing

@testable import GLPK

@Suite("Model validation")
struct ModelValidationTests {
  /// Solves `model` and returns the kind of ``ModelError`` thrown, checking that no GLPK
  /// problem object was created on the way.
  private func rejection(of model: LinearModel) -> ModelError.Kind? {
    let creations = Counter()
    return GLPKCalls.$problemCreationObserver.withValue({ creations.increment() }) {
      defer { #expect(creations.value == 0) }
      do {
        _ = try solve(model)
        return nil
      } catch let error as ModelError {
        #expect(!error.message.isEmpty)
        return error.kind
      } catch {
        Issue.record("unexpected error \(error)")
        return nil
      }
    }
  }

  @Test("a NaN coefficient is rejected before GLPK is called")
  func nanCoefficient() {
    var model = LinearModel()
    let x = model.addVariable(name: "x")
    model.addConstraint(name: "row", terms: [(x, .nan)], upperBound: 1)
    #expect(rejection(of: model) == .notFinite)
  }

  @Test("infinite objective coefficients and constants are rejected")
  func infiniteObjective() {
    var model = LinearModel()
    model.addVariable(objective: .infinity)
    #expect(rejection(of: model) == .notFinite)
    var constant = LinearModel()
    constant.objectiveConstant = .nan
    #expect(rejection(of: constant) == .notFinite)
  }

  @Test("a lower bound above the upper bound is rejected")
  func crossedBounds() {
    var model = LinearModel()
    model.addVariable(name: "x", lowerBound: 2, upperBound: 1)
    #expect(rejection(of: model) == .invalidBounds)
    var rows = LinearModel()
    let y = rows.addVariable()
    rows.addConstraint(y >= 3)
    rows.addConstraint(name: "crossed", terms: [(y, 1)], lowerBound: 5, upperBound: 4)
    #expect(rejection(of: rows) == .invalidBounds)
  }

  @Test("NaN and wrong-side infinite bounds are rejected")
  func impossibleBounds() {
    for (lower, upper) in [
      (Double.nan, 1.0), (0, .nan), (.infinity, .infinity),
      (-.infinity, -.infinity),
    ] {
      var model = LinearModel()
      model.addVariable(lowerBound: lower, upperBound: upper)
      #expect(rejection(of: model) == .invalidBounds)
    }
  }

  @Test("a variable that is not in the model is rejected")
  func unknownVariable() {
    var model = LinearModel()
    let x = model.addVariable()
    model.addConstraint(x + Variable(index: 7) <= 1)
    #expect(rejection(of: model) == .unknownVariable)
    var negative = LinearModel()
    negative.addConstraint(name: "", terms: [(Variable(index: -1), 1)])
    #expect(rejection(of: negative) == .unknownVariable)
  }

  @Test("integer variables with fractional bounds are rejected")
  func fractionalIntegerBounds() {
    var model = LinearModel()
    model.addVariable(name: "trucks", lowerBound: 0.5, upperBound: 4, kind: .integer)
    #expect(rejection(of: model) == .nonIntegralBounds)
    var binary = LinearModel()
    binary.addVariable(upperBound: 0.5, kind: .binary)
    #expect(rejection(of: binary) == .nonIntegralBounds)
  }

  @Test("mismatched variable and coefficient arrays are rejected")
  func mismatchedArrays() {
    var model = LinearModel()
    let x = model.addVariable()
    model.addConstraint(variables: [x, x], coefficients: [1])
    #expect(rejection(of: model) == .mismatchedTerms)
  }

  @Test("the error message names the variable and says what to do")
  func messages() throws {
    var model = LinearModel()
    model.addVariable(name: "trucks", lowerBound: 0.5, kind: .integer)
    model.addVariable(name: "ships", lowerBound: 3, upperBound: 2)
    let error = try #require(throws: ModelError.self) { try model.validate() }
    #expect(error.message.contains("'trucks' (#0)"))
    #expect(error.message.contains("ceil"))
    #expect(error.message.contains("2 problems"))
  }

  @Test("repeated variables in a row are added up and zeros dropped")
  func repeatedVariables() throws {
    var model = LinearModel(sense: .maximize)
    let x = model.addVariable(objective: 1)
    let y = model.addVariable(objective: 1)
    let row = model.addConstraint(
      name: "merged", terms: [(x, 1), (y, 0), (x, 2), (y, 1), (y, -1)], upperBound: 6)
    let terms = model.terms(of: row)
    #expect(terms.count == 1)
    #expect(terms.first?.0 == x && terms.first?.1 == 3)
    #expect(model.nonzeroCount == 1)
    var long = LinearExpression()
    for index in (0..<40).reversed() { long.add(index % 2 == 0 ? x : y, coefficient: 1) }
    let longRow = model.addConstraint(long <= 40)
    #expect(model.terms(of: longRow).map(\.1) == [20, 20])
    #expect(try solve(model).objective == 2)
  }

  @Test("invalid options are rejected before GLPK is called")
  func invalidOptions() {
    let model = TestModels.smallKnapsack()
    let invalid = [
      SolverOptions(timeLimit: .seconds(-1)), SolverOptions(relativeGap: .nan),
      SolverOptions(relativeGap: -0.1), SolverOptions(proximitySearchTimeLimit: .zero),
      SolverOptions(lpExportPath: ""),
    ]
    for options in invalid {
      #expect {
        try solve(model, options: options)
      } throws: { error in
        (error as? SolverError)?.kind == .invalidOptions
      }
    }
  }

  @Test("a large sparse model is cheap to build")
  func largeModel() throws {
    var model = LinearModel()
    let variables = 100_000
    let rows = 100_000
    model.reserveCapacity(variables: variables, constraints: rows, nonzeros: rows * 10)
    let x = (0..<variables).map { _ in model.addVariable(upperBound: 1, objective: 1) }
    var columns = [Variable](repeating: x[0], count: 10)
    let coefficients = [Double](repeating: 1, count: 10)
    for row in 0..<rows {
      for k in 0..<10 { columns[k] = x[(row * 7 + k * 9973) % variables] }
      model.addConstraint(variables: columns, coefficients: coefficients, lowerBound: 1)
    }
    #expect(model.nonzeroCount == 1_000_000)
    try model.validate()
  }
}
