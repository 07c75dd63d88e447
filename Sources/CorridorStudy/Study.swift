import CorridorAssignment
import CorridorModel
import CorridorSimulation

/// The operations that take a scenario to its numbers, used by the command line, calibration,
/// sweeps and the reports alike.
public enum Study {
  /// Runs a scenario end to end: the equilibrium, then the consignment simulation along its
  /// routes.
  ///
  /// - Throws: ``StudyError`` when the equilibrium fails, the demand would make more
  ///   consignments than a replication holds, or a facility would be overloaded while the
  ///   settings do not allow it.
  public static func run(
    _ scenario: Scenario, settings: RunSettings = RunSettings(),
    progress: StudyProgress = .silent
  ) throws(StudyError) -> ScenarioRun {
    progress.step(.equilibrium(scenario))
    let (assignment, routes) = try simulationRoutes(
      scenario, settings: settings, progress: progress)
    progress.step(.simulation(scenario))
    let simulation = CorridorSimulation.run(
      scenario, routes: routes, options: settings.simulationOptions,
      progress: progress.replications)
    return ScenarioRun(
      scenario: scenario, settings: settings, assignment: assignment, routes: routes,
      simulation: simulation)
  }

  /// The equilibrium a simulation follows, checked for what a simulation can report on.
  ///
  /// Warns when the equilibrium stops short of the settings' gap, and for each facility
  /// loaded above capacity.
  public static func simulationRoutes(
    _ scenario: Scenario, settings: RunSettings, progress: StudyProgress = .silent
  ) throws(StudyError) -> (
    assignment: CorridorAssignmentResult, routes: [AssignedRoute]
  ) {
    let assignment = try equilibrium(scenario, settings: settings, progress: progress)
    let routes = assignment.routes()
    let options = settings.simulationOptions
    let expected = CorridorSimulation.expectedConsignments(
      scenario, routes: routes, options: options)
    let limit = Double(CorridorSimulation.maximumConsignments) / 2
    guard expected <= limit else {
      throw .tooManyConsignments(
        expected: expected, limit: limit, days: options.days + options.warmUpDays)
    }
    let blocking = CorridorSimulation.facilityLoads(scenario, routes: routes, options: options)
      .filter { $0.load > CorridorSimulation.maximumLoad * (1 + 1e-9) }
    if !blocking.isEmpty && !settings.allowOverload { throw .overloaded(blocking) }
    for facility in blocking { progress.warning(.overloaded(facility)) }
    return (assignment, routes)
  }

  /// A scenario's freight-flow equilibrium, solved to the settings' gap (a warning when it
  /// stops short).
  public static func equilibrium(
    _ scenario: Scenario, settings: RunSettings = RunSettings(),
    maximumIterations: Int? = nil, logitScaleUSD: Double? = nil,
    progress: StudyProgress = .silent
  ) throws(StudyError) -> CorridorAssignmentResult {
    var options = EquilibriumOptions(targetGap: settings.equilibriumGap)
    if let maximumIterations { options.maximumIterations = maximumIterations }
    let assignment: CorridorAssignmentResult
    do {
      assignment = try CorridorAssignmentResult.solve(
        scenario, options: options, logitScaleUSD: logitScaleUSD)
    } catch {
      throw .assignment("\(error)")
    }
    if let final = assignment.equilibrium.final, final.relativeGap > settings.equilibriumGap {
      progress.warning(
        .notConverged(
          scenario: scenario.id, gap: final.relativeGap, iterations: final.iteration,
          target: settings.equilibriumGap))
    }
    return assignment
  }
}

extension Study {
  /// Each variant against the base, the runs paired replication by replication (they must
  /// have run with the same settings, so with common random numbers).
  public static func compare(base: ScenarioRun, variants: some Sequence<ScenarioRun>)
    -> [Comparison]
  {
    variants.map { Comparison(base: base, variant: $0) }
  }

  /// Runs a base and its variants with the same settings, and compares each variant with the
  /// base.
  public static func compare(
    base: Scenario, variants: [Scenario], settings: RunSettings = RunSettings(),
    progress: StudyProgress = .silent
  ) throws(StudyError) -> (runs: [ScenarioRun], comparisons: [Comparison]) {
    var runs: [ScenarioRun] = []
    for scenario in [base] + variants {
      runs.append(try run(scenario, settings: settings, progress: progress))
    }
    return (runs, compare(base: runs[0], variants: runs.dropFirst()))
  }
}
