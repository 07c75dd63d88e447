import ArgumentParser
import CorridorStudy

extension HubsCommand {
  /// The study the command's options ask for: exit 66 for a missing file, 65 for bad data,
  /// each with a message.
  func hubStudy() throws -> HubStudy {
    let inputs = [ap, cab, fixedCosts, capacities, scenario].compactMap { $0 }
    if !missingInputs(inputs).isEmpty { throw ExitCode.noInput }
    let source: HubRequest.Source
    if let path = scenario {
      let (scenario, files) = try loadScenarioWithFiles(path)
      source = .scenario(scenario, path: path, files: files)
    } else if let ap {
      source = .ap(path: ap)
    } else if let cab, let n, let alpha {
      source = .cab(path: cab, cities: n, alpha: alpha)
    } else {
      throw ValidationError("give a scenario, --ap or --cab")
    }
    var request = HubRequest(source: source)
    request.hubCount = p
    request.fixedCostsPath = fixedCosts
    request.capacitiesPath = capacities
    request.capacitated = capacitated
    request.multipleAllocation = allocation == .multiple
    request.keepOpen = keepOpen
    request.candidates = candidates
    return try study(request.path) { () throws(StudyError) in try HubStudy(request) }
  }
}
