import GLPK
import Testing

@Suite("Linear expressions")
struct LinearExpressionTests {
  @Test("operators build terms, constants and bounds")
  func operators() {
    var model = LinearModel()
    let x = model.addVariable()
    let y = model.addVariable()
    let expression = 2 * x + y * 3 - x + 4 - (y - 1)
    #expect(expression.terms.map(\.0) == [x, y, x, y])
    #expect(expression.terms.map(\.1) == [2, 3, -1, -1])
    #expect(expression.constant == 5)

    let constraint = 2 * x + 1 <= 7
    #expect(constraint.upperBound == 6)
    #expect(constraint.lowerBound == -.infinity)
    let equality = x + y == 2 * y - 3
    #expect(equality.lowerBound == -3 && equality.upperBound == -3)
    #expect(equality.terms.map(\.1) == [1, 1, -2])
    let floor = -x >= -4
    #expect(floor.lowerBound == -4 && floor.terms.map(\.1) == [-1])
  }

  @Test("a model built from expressions solves like one built from terms")
  func expressionModel() throws {
    var model = LinearModel(sense: .maximize)
    let x = model.addVariable(upperBound: 3)
    let y = model.addVariable()
    model.setObjective(3 * x + 2 * y + 1)
    model.addConstraint(x + y, upperBound: 4)
    model.addConstraint(x + 3 * y <= 6)
    #expect(model.objectiveCoefficient(of: x) == 3)
    #expect(model.objectiveConstant == 1)
    #expect(try solve(model).objective == 12)
  }
}
