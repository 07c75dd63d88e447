import CorridorModel
import CorridorStudy
import Foundation
import NLopt

/// Fits a scenario's declared parameters to the calibration set of observations.
///
/// Each factor or scale is searched in log space (a constant as it is) within its bounds by BOBYQA (NLopt), from the
/// scenario's own value. An evaluation runs the scenario with the parameters applied, the
/// equilibrium and the simulation, always with the settings' seed: every evaluation sees the
/// same random numbers (common random numbers), so the objective changes only with the
/// parameters and the search sees a deterministic function. The objective is the sum over the
/// calibration set of the squared error in units of each observation's tolerance; an
/// observation the run has no value for adds 10⁴, a run the scenario cannot make (a facility
/// overloaded) 10¹². The validation set is only reported.
public enum Calibration {
  /// What a calibration found.
  public struct Result: Sendable {
    /// Each parameter with its start and fitted values.
    public var parameters: [(parameter: CalibrationParameter, start: Double, value: Double)]
    /// The scenario with the fitted values.
    public var scenario: Scenario
    /// Its run.
    public var run: ScenarioRun
    /// The fit of both sets at the fitted values.
    public var table: FitTable
    /// The objective at the start and at the end.
    public var startObjective: Double
    public var objective: Double
    /// Scenario runs made.
    public var evaluations: Int
    /// Why the search stopped.
    public var reason: String
    /// The demand adjusted to the counts, when the observations file asks for it.
    public var matrix: MatrixEstimation.Result?
  }

  /// Why a calibration could not be made.
  ///
  /// Indirect, so that the error stays one pointer wide beside the large result: typed throws
  /// of a large error beside a large result have been miscompiled (corrupted results).
  public indirect enum Failure: Error, Sendable {
    /// No parameters, or no observation of the calibration set.
    case nothingToFit(String)
    /// The scenario could not be run at the fitted values; with the demand adjustment that
    /// made it so, when there was one (a planner learns from it what the counts ask for).
    case study(StudyError, matrix: MatrixEstimation.Result?)
  }

  /// The objective's charge for an observation without a modelled value.
  static let missingPenalty = 1e4

  /// Fits `scenario` to the `calibrate` observations of `observations`: first, with a prior
  /// weight, its demand to the counts (see ``MatrixEstimation``), then `parameters`.
  ///
  /// - Parameter progress: Called after each evaluation with its number and the objective.
  public static func fit(
    _ scenario: Scenario, observations: [Observation], parameters: [CalibrationParameter],
    settings: RunSettings, maximumEvaluations: Int = 60, matrixPriorWeight: Double? = nil,
    progress: (Int, Double) -> Void = { _, _ in }
  ) throws(Failure) -> Result {
    let targets = observations.filter { $0.use == .calibrate }
    guard !parameters.isEmpty || matrixPriorWeight != nil else {
      throw .nothingToFit(
        "the observations file declares no parameters under 'parameters:' and no "
          + "'matrix_estimation:'")
    }
    guard !targets.isEmpty else {
      throw .nothingToFit("no observation is for calibration ('use: calibrate')")
    }
    var base = scenario
    var matrix: MatrixEstimation.Result?
    if let weight = matrixPriorWeight {
      do {
        let estimated = try MatrixEstimation.estimate(
          scenario, counts: targets, settings: settings, priorWeight: weight)
        base = estimated.scenario
        matrix = estimated
      } catch {
        throw .study(error, matrix: nil)
      }
    }
    do {
      var result = try fitParameters(
        base, observations: observations, targets: targets, parameters: parameters,
        settings: settings, maximumEvaluations: maximumEvaluations, progress: progress)
      result.matrix = matrix
      return result
    } catch .study(let error, _) {
      throw .study(error, matrix: matrix)
    }
  }

  /// Fits `parameters` of `scenario` to `targets`, and compares the fitted run with
  /// `observations`.
  private static func fitParameters(
    _ scenario: Scenario, observations: [Observation], targets: [Observation],
    parameters: [CalibrationParameter], settings: RunSettings, maximumEvaluations: Int,
    progress: (Int, Double) -> Void
  ) throws(Failure) -> Result {
    // Factors and scales are searched in log space, constants as they are.
    func inward(_ value: Double, _ i: Int) -> Double {
      parameters[i].isMultiplicative ? log(value) : value
    }
    func outward(_ u: Double, _ i: Int) -> Double {
      parameters[i].isMultiplicative ? exp(u) : u
    }
    let lower = parameters.indices.map { inward(parameters[$0].lower, $0) }
    let upper = parameters.indices.map { inward(parameters[$0].upper, $0) }
    let start = parameters.indices.map { i in
      min(max(inward(parameters[i].currentValue(in: scenario), i), lower[i]), upper[i])
    }
    func scenarioWith(_ values: [Double]) -> Scenario {
      zip(parameters, values).reduce(scenario) { $1.0.applied(to: $0, value: $1.1) }
    }
    func values(_ u: [Double]) -> [Double] { u.indices.map { outward(u[$0], $0) } }
    var evaluations = 0
    func objective(_ u: [Double]) -> Double {
      evaluations += 1
      guard let run = try? Study.run(scenarioWith(values(u)), settings: settings) else {
        return 1e12
      }
      let value = loss(FitTable(observations: targets, run: run))
      progress(evaluations, value)
      return value
    }
    let startObjective = objective(start)
    var search = BoundedMinimizer.Result(
      x: start, value: startObjective, evaluations: 0, reason: "no parameters to search",
      succeeded: true)
    if !parameters.isEmpty {
      let minimizer = BoundedMinimizer(
        algorithm: .bobyqa, relativeTolerance: 1e-3, maximumEvaluations: maximumEvaluations)
      do {
        search = try minimizer.minimize(
          start: start, lower: lower, upper: upper, objective: objective)
      } catch {
        throw .nothingToFit(error.description)
      }
    }
    // Values to six decimals, as the calibrated scenario writes them, so that it runs again
    // as fitted.
    let best = values(search.value <= startObjective ? search.x : start).map {
      ($0 * 1e6).rounded() / 1e6
    }
    let fitted = scenarioWith(best)
    let run: ScenarioRun
    do {
      run = try Study.run(fitted, settings: settings)
    } catch {
      throw .study(error, matrix: nil)
    }
    return Result(
      parameters: parameters.indices.map { (parameters[$0], outward(start[$0], $0), best[$0]) },
      scenario: fitted, run: run, table: FitTable(observations: observations, run: run),
      startObjective: startObjective, objective: min(search.value, startObjective),
      evaluations: evaluations, reason: search.reason)
  }

  /// The sum of squared errors in units of tolerance over lines of the calibration set.
  static func loss(_ table: FitTable) -> Double {
    table.lines.reduce(0) { total, line in
      guard let modelled = line.modelled else { return total + missingPenalty }
      let scaled: Double
      if case .share = line.observation.quantity {
        // A share's tolerance is in points.
        scaled = 100 * (modelled.value - line.observation.value) / line.observation.tolerancePercent
      } else {
        guard let error = line.errorPercent else { return total + missingPenalty }
        scaled = error / line.observation.tolerancePercent
      }
      return total + scaled * scaled
    }
  }
}
