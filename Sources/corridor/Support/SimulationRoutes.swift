import ArgumentParser
import CorridorAssignment
import CorridorModel
import CorridorReports
import CorridorSimulation

/// The equilibrium a simulation follows: the assignment of `scenario`, its routes, a warning
/// when it has not converged, and exit 65 with a message when the assignment fails or the
/// demand would make more consignments than a replication can hold.
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
  return (assignment, routes)
}
