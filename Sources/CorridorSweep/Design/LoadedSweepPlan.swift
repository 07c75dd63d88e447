import CorridorModel
import CorridorScenario
import Foundation

/// A sweep file loaded and planned: its definition, the scenario it varies, the files read
/// (absolute paths, the sweep file first) and its variants and units.
public struct LoadedSweepPlan: Sendable {
  /// The definition.
  public var definition: SweepDefinition
  /// The scenario with all its measures.
  public var scenario: Scenario
  /// The sweep file, then the scenario files from the root base, as absolute paths.
  public var files: [String]
  /// The variants and units.
  public var plan: SweepPlan

  /// Loads and plans the sweep file at `path`.
  ///
  /// - Throws: ``ScenarioError`` with every diagnostic of the sweep file and its scenario.
  public static func load(path: String) throws(ScenarioError) -> LoadedSweepPlan {
    let sweep = try SweepLoader.load(path: path)
    let absolute = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.path }
    return LoadedSweepPlan(
      definition: sweep.definition, scenario: sweep.scenario,
      files: [absolute(path)] + sweep.scenarioFiles.map(absolute),
      plan: SweepPlan(sweep.definition, scenario: sweep.scenario))
  }
}
