import CorridorModel
import Foundation

/// The observations of a file, and the parameters calibration may change to fit them.
public struct ObservationSet: Sendable {
  /// The observations, in file order.
  public var observations: [Observation]
  /// The parameters the file declares free, in file order (none: nothing may be fitted).
  public var parameters: [CalibrationParameter]
  /// With `matrix_estimation:`, the weight of the prior matrix when the demand is adjusted to
  /// the counts; `nil`: the demand is not adjusted.
  public var matrixPriorWeight: Double?

  /// Creates a set.
  public init(
    observations: [Observation], parameters: [CalibrationParameter] = [],
    matrixPriorWeight: Double? = nil
  ) {
    self.observations = observations
    self.parameters = parameters
    self.matrixPriorWeight = matrixPriorWeight
  }
}

/// Loads an observations file for a scenario: reads it with the scenario files' checks, decodes
/// it, and checks every place, direction, side and parameter against the scenario.
///
/// Loading never traps on bad input: every problem becomes a ``Diagnostic`` with its file,
/// line and column, and all of them are reported together.
public enum ObservationLoader {
  /// Loads the observations of `path` for `scenario`.
  ///
  /// - Throws: ``ScenarioError`` with every diagnostic when there is at least one error.
  public static func load(path: String, for scenario: Scenario) throws(ScenarioError)
    -> ObservationSet
  {
    let (set, diagnostics) = validate(path: path, for: scenario)
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      throw ScenarioError(diagnostics: diagnostics)
    }
    return set
  }

  /// Checks an observations file; the set comes back empty unless there is no error.
  public static func validate(path: String, for scenario: Scenario)
    -> (set: ObservationSet, diagnostics: [Diagnostic])
  {
    let sink = DiagnosticSink()
    guard let source = SourceText.read(path: path, url: URL(fileURLWithPath: path), sink: sink),
      let root = YAMLDocument.parse(source, sink: sink)
    else { return (ObservationSet(observations: []), sink.sorted()) }
    let context = DecodingContext(path: path, sink: sink)
    let (observations, parameters, priorWeight) = ObservationDecoder.decode(root, context: context)
    let checks = ObservationChecks(scenario: scenario, sink: sink)
    checks.run(observations)
    checks.run(parameters, observations: observations.map(\.value))
    guard !sink.hasErrors else { return (ObservationSet(observations: []), sink.sorted()) }
    return (
      ObservationSet(
        observations: observations.map(\.value), parameters: parameters.map(\.value),
        matrixPriorWeight: priorWeight),
      sink.sorted()
    )
  }
}
