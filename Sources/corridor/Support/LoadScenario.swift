import ArgumentParser
import CorridorModel
import CorridorScenario

/// Loads a scenario for a command: exit 66 when the file is missing, its diagnostics on
/// standard error and exit 65 when it has errors, its warnings on standard error otherwise.
func loadScenario(_ path: String) throws -> Scenario {
  try loadScenarioWithFiles(path).scenario
}

/// Loads a scenario as ``loadScenario(_:)`` does, with the files it was read from.
func loadScenarioWithFiles(_ path: String) throws -> (scenario: Scenario, files: [String]) {
  if !missingInputs([path]).isEmpty { throw ExitCode.noInput }
  do {
    let loaded = try ScenarioLoader.load(path: path)
    for warning in loaded.warnings { printError(warning.description) }
    return (loaded.scenario, loaded.files)
  } catch {
    for diagnostic in error.diagnostics { printError(diagnostic.description) }
    throw ExitCode.dataError
  }
}
