import ArgumentParser
import CorridorAssignment
import CorridorModel
import CorridorReports
import CorridorSimulation

/// The equilibrium a simulation follows: the assignment of `scenario`, its routes, a warning
/// when it has not converged, and exit 65 with a message when the assignment fails, the
/// demand would make more consignments than a replication can hold, or a facility would be
/// loaded beyond ``CorridorSimulation/maximumLoad`` (unless the options set a queue limit,
/// which `--allow-overload` does).
func simulationRoutes(_ scenario: Scenario, file: String, options: SimulationOptions) throws
  -> (assignment: CorridorAssignmentResult, routes: [CorridorAssignmentResult.Route])
{
  let assignment: CorridorAssignmentResult
  do {
    assignment = try CorridorAssignmentResult.solve(scenario)
  } catch {
    printError("corridor: error: \(file): \(error)")
    throw ExitCode.dataError
  }
  warnIfNotConverged(
    assignment.equilibrium.final?.relativeGap, target: 1e-8,
    iterations: assignment.equilibrium.final?.iteration, scenario: scenario.id)
  let routes = assignment.routes()
  let expected = CorridorSimulation.expectedConsignments(scenario, routes: routes, options: options)
  let limit = Double(CorridorSimulation.maximumConsignments) / 2
  guard expected <= limit else {
    printError(
      "corridor: error: \(file): the demand would make about \(NumberFormat.grouped(expected)) "
        + "consignments per replication over "
        + "\(NumberFormat.grouped(options.days + options.warmUpDays)) days; the limit is "
        + "\(NumberFormat.grouped(limit)) (shorten --days or check the demand's units)")
    throw ExitCode.dataError
  }
  try checkFacilityLoads(scenario, routes: routes, file: file, options: options)
  return (assignment, routes)
}

/// Stops with exit 65 when a facility would be loaded beyond what a simulation can report on
/// (unless a queue limit is set), and warns for every facility loaded above capacity.
private func checkFacilityLoads(
  _ scenario: Scenario, routes: [CorridorAssignmentResult.Route], file: String,
  options: SimulationOptions
) throws {
  let over = CorridorSimulation.facilityLoads(scenario, routes: routes, options: options)
    .filter { $0.load > 1 }
  func loaded(_ facility: FacilityLoad) -> String {
    guard facility.load.isFinite else {
      return "would get \(NumberFormat.grouped(facility.teuPerYear)) TEU/year but can serve "
        + "none (every sailing is cancelled)"
    }
    // One decimal near 100 %, so that a refused load never reads as exactly 100 %.
    let percent = facility.load * 100
    return "would be loaded at "
      + (percent < 1000 ? NumberFormat.fixed(percent, decimals: 1) : NumberFormat.grouped(percent))
      + " % of what it can serve"
  }
  let blocking = over.filter { $0.load > CorridorSimulation.maximumLoad * (1 + 1e-9) }
  if !blocking.isEmpty && options.queueLimit == nil {
    for facility in blocking {
      printError(
        "corridor: error: \(file): \(facility.facility) \(loaded(facility)) with "
          + "\(NumberFormat.grouped(facility.teuPerYear)) TEU/year on the equilibrium routes; "
          + "its queue would grow without bound and every figure behind it would depend on the "
          + "simulated days. \(facility.remedy.prefix(1).uppercased() + facility.remedy.dropFirst())"
          + ", or run with --allow-overload to simulate with queues capped at "
          + "\(NumberFormat.grouped(Double(SimulationOptions.overloadQueueLimit))) units")
    }
    throw ExitCode.dataError
  }
  for facility in blocking {
    printError(
      "corridor: warning: \(file): \(facility.facility) \(loaded(facility)); its queue grows "
        + "through the run, so its waits depend on the simulated days (queues are capped and "
        + "consignments that find them full are turned away)")
  }
}
