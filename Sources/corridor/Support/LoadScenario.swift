import ArgumentParser
import CorridorModel
import CorridorScenario

/// Loads a scenario for a command: exit 66 when the file is missing, its diagnostics on
/// standard error and exit 65 when it has errors, its warnings on standard error otherwise.
func loadScenario(_ path: String) throws -> Scenario {
  if !missingInputs([path]).isEmpty { throw ExitCode.noInput }
  do {
    let loaded = try ScenarioLoader.load(path: path)
    for warning in loaded.warnings { printError(warning.description) }
    return loaded.scenario
  } catch {
    for diagnostic in error.diagnostics { printError(diagnostic.description) }
    throw ExitCode.dataError
  }
}
