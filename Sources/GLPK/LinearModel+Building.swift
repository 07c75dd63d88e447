// Adding and changing variables, constraints and the objective.

extension LinearModel {
  /// Adds a variable and returns it.
  ///
  /// - Parameters:
  ///   - name: A name for model files; may be empty.
  ///   - lowerBound: The smallest value, or `-Double.infinity`. Defaults to 0.
  ///   - upperBound: The largest value, or `Double.infinity`, the default.
  ///   - kind: Continuous, integer or binary. Binary bounds are intersected with [0, 1].
  ///   - objective: The variable's coefficient in the objective.
  /// - Returns: The new variable; its ``Variable/index`` is the previous ``variableCount``.
  @discardableResult
  public mutating func addVariable(
    name: String = "", lowerBound: Double = 0, upperBound: Double = .infinity,
    kind: VariableKind = .continuous, objective: Double = 0
  ) -> Variable {
    let column = variableCount
    if column == ModelRules.maximumDimension {
      record(.tooLarge, "the model has more than \(column) variables, GLPK's limit; split it")
    }
    columnNames.append(name)
    columnKinds.append(kind)
    if kind != .continuous { integerColumnCount += 1 }
    objectiveCoefficients.append(0)
    columnLowerBounds.append(0)
    columnUpperBounds.append(0)
    storeBounds(lower: lowerBound, upper: upperBound, column: column)
    setObjectiveCoefficient(objective, for: Variable(index: column))
    return Variable(index: column)
  }

  /// Changes the bounds of `variable`; binary bounds are intersected with [0, 1].
  public mutating func setBounds(of variable: Variable, lower: Double, upper: Double) {
    guard isKnown(variable, in: "setBounds(of:lower:upper:)") else { return }
    storeBounds(lower: lower, upper: upper, column: variable.index)
  }

  /// Changes the objective coefficient of `variable`.
  public mutating func setObjectiveCoefficient(_ coefficient: Double, for variable: Variable) {
    guard isKnown(variable, in: "setObjectiveCoefficient(_:for:)") else { return }
    if !coefficient.isFinite {
      record(
        .notFinite,
        "the objective coefficient of \(describeVariable(variable.index)) is \(coefficient); "
          + "objective coefficients must be finite numbers")
    }
    objectiveCoefficients[variable.index] = coefficient
  }

  /// Replaces the whole objective with `expression`, including ``objectiveConstant``.
  ///
  /// Variables not in `expression` get coefficient 0; repeated ones are added up.
  public mutating func setObjective(_ expression: LinearExpression) {
    for column in objectiveCoefficients.indices { objectiveCoefficients[column] = 0 }
    objectiveConstant = expression.constant
    for (variable, coefficient) in expression.terms {
      guard isKnown(variable, in: "setObjective(_:)") else { continue }
      setObjectiveCoefficient(
        objectiveCoefficients[variable.index] + coefficient, for: variable)
    }
  }

  /// Adds the constraint `lowerBound ≤ Σ coefficient·variable ≤ upperBound`.
  ///
  /// Repeated variables have their coefficients added up; zero coefficients are dropped.
  @discardableResult
  public mutating func addConstraint(
    name: String = "", terms: [(Variable, Double)], lowerBound: Double = -.infinity,
    upperBound: Double = .infinity
  ) -> Constraint {
    appendRow(name: name, terms: terms, lowerBound: lowerBound, upperBound: upperBound)
  }

  /// Adds the constraint `lowerBound ≤ expression ≤ upperBound`.
  ///
  /// The expression's constant is moved to the bounds.
  @discardableResult
  public mutating func addConstraint(
    name: String = "", _ expression: LinearExpression, lowerBound: Double = -.infinity,
    upperBound: Double = .infinity
  ) -> Constraint {
    addConstraint(
      LinearConstraint(
        name: name, expression, lowerBound: lowerBound, upperBound: upperBound))
  }

  /// Adds `constraint`, such as `x + y <= 2`, under `name` if given, else its own name.
  @discardableResult
  public mutating func addConstraint(_ constraint: LinearConstraint, name: String? = nil)
    -> Constraint
  {
    appendRow(
      name: name ?? constraint.name, terms: constraint.terms,
      lowerBound: constraint.lowerBound, upperBound: constraint.upperBound)
  }

  /// Adds the constraint `lowerBound ≤ Σ coefficients[k]·variables[k] ≤ upperBound`.
  ///
  /// This form avoids building an array of pairs when the data is already in two arrays.
  /// The arrays must have the same length.
  @discardableResult
  public mutating func addConstraint(
    name: String = "", variables: [Variable], coefficients: [Double],
    lowerBound: Double = -.infinity, upperBound: Double = .infinity
  ) -> Constraint {
    if variables.count != coefficients.count {
      record(
        .mismatchedTerms,
        "\(describeConstraint(constraintCount, name: name)) was given \(variables.count) "
          + "variables but \(coefficients.count) coefficients; pass one coefficient per variable")
    }
    return appendRow(
      name: name, terms: zip(variables, coefficients), lowerBound: lowerBound,
      upperBound: upperBound)
  }

  private mutating func appendRow<Terms: Sequence<(Variable, Double)>>(
    name: String, terms: Terms, lowerBound: Double, upperBound: Double
  ) -> Constraint {
    let row = constraintCount
    if row == ModelRules.maximumDimension {
      record(.tooLarge, "the model has more than \(row) constraints, GLPK's limit; split it")
    }
    let start = entryColumns.count
    let columnCount = variableCount
    for (variable, coefficient) in terms {
      guard variable.index >= 0 && variable.index < columnCount else {
        record(
          .unknownVariable,
          "\(describeConstraint(row, name: name)) refers to variable #\(variable.index), but the "
            + "model has \(columnCount) variables; use the Variable this model's addVariable "
            + "returned, and add variables before the constraints that use them")
        continue
      }
      guard coefficient.isFinite else {
        record(
          .notFinite,
          "the coefficient of \(describeVariable(variable.index)) in "
            + "\(describeConstraint(row, name: name)) is \(coefficient); coefficients must be "
            + "finite numbers")
        continue
      }
      guard coefficient != 0 else { continue }
      // Indices below variableCount fit: GLPK's column limit is far below Int32.max.
      entryColumns.append(Int32(truncatingIfNeeded: variable.index))
      entryCoefficients.append(coefficient)
    }
    if let column = ModelRules.mergeRepeatedColumns(
      &entryColumns, &entryCoefficients, from: start)
    {
      record(
        .notFinite,
        "the coefficients of \(describeVariable(Int(column))) in "
          + "\(describeConstraint(row, name: name)) add up to a number too large to represent; "
          + "rescale the constraint")
    }
    if entryColumns.count > ModelRules.maximumNonzeros {
      record(
        .tooLarge,
        "the model has more than \(ModelRules.maximumNonzeros) nonzero coefficients, GLPK's "
          + "limit; split it")
    }
    rowStarts.append(entryColumns.count)
    rowNames.append(name)
    rowLowerBounds.append(lowerBound)
    rowUpperBounds.append(upperBound)
    if let problem = ModelRules.boundsProblem(lower: lowerBound, upper: upperBound) {
      record(.invalidBounds, "\(describeConstraint(row, name: name)) \(problem)")
    }
    return Constraint(index: row)
  }

  private mutating func storeBounds(lower: Double, upper: Double, column: Int) {
    let kind = columnKinds[column]
    var lower = lower
    var upper = upper
    if let problem = ModelRules.boundsProblem(lower: lower, upper: upper) {
      record(.invalidBounds, "\(describeVariable(column)) \(problem)")
    } else if kind == .binary {
      lower = Swift.max(lower, 0)
      upper = Swift.min(upper, 1)
      if lower > upper {
        record(
          .invalidBounds,
          "\(describeVariable(column)) is binary but its bounds leave neither 0 nor 1; "
            + "give bounds that include 0 or 1, or make it integer")
      }
    }
    if kind != .continuous {
      for (side, value) in [("lower", lower), ("upper", upper)]
      where !value.isNaN && !ModelRules.isWholeOrInfinite(value) {
        let rounding = side == "lower" ? "ceil" : "floor"
        record(
          .nonIntegralBounds,
          "\(describeVariable(column)) is \(kind == .binary ? "binary" : "integer") but its "
            + "\(side) bound \(value) is not a whole number; round it with \(rounding)(_:)")
      }
    }
    columnLowerBounds[column] = lower
    columnUpperBounds[column] = upper
  }

  private mutating func isKnown(_ variable: Variable, in operation: String) -> Bool {
    guard variable.index >= 0 && variable.index < variableCount else {
      record(
        .unknownVariable,
        "\(operation) was given variable #\(variable.index), but the model has "
          + "\(variableCount) variables; use the Variable this model's addVariable returned")
      return false
    }
    return true
  }
}
