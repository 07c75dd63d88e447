import CorridorModel
import Foundation

/// Loads an observations file for a scenario: reads it with the scenario files' checks, decodes
/// it, and checks every place, direction and side against the scenario.
///
/// Loading never traps on bad input: every problem becomes a ``Diagnostic`` with its file,
/// line and column, and all of them are reported together.
public enum ObservationLoader {
  /// Loads the observations of `path` for `scenario`.
  ///
  /// - Throws: ``ScenarioError`` with every diagnostic when there is at least one error.
  public static func load(path: String, for scenario: Scenario) throws(ScenarioError)
    -> [Observation]
  {
    let (observations, diagnostics) = validate(path: path, for: scenario)
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      throw ScenarioError(diagnostics: diagnostics)
    }
    return observations
  }

  /// Checks an observations file; the observations come back only when there is no error.
  public static func validate(path: String, for scenario: Scenario)
    -> (observations: [Observation], diagnostics: [Diagnostic])
  {
    let sink = DiagnosticSink()
    guard let source = SourceText.read(path: path, url: URL(fileURLWithPath: path), sink: sink),
      let root = YAMLDocument.parse(source, sink: sink)
    else { return ([], sink.sorted()) }
    let context = DecodingContext(path: path, sink: sink)
    let located = ObservationDecoder.decode(root, context: context)
    ObservationChecks(scenario: scenario, sink: sink).run(located)
    return (sink.hasErrors ? [] : located.map(\.value), sink.sorted())
  }
}
