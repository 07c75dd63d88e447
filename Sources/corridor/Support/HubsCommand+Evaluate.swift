import ArgumentParser
import CorridorModel
import CorridorStudy
import HubLocationExact

extension HubsCommand {
  /// The `count` best plans and their simulated effects, with progress on the display.
  func evaluatePlans(_ input: HubStudy, count: Int, display: ProgressDisplay) throws
    -> (plans: [ExactHubResult], evaluation: PlanEvaluation)
  {
    display.stage(4, "ranking the \\(count) best plans")
    let plans = try study(input.path) { () throws(StudyError) in
      try input.bestPlans(count, timeLimit: timeLimit)
    }
    let settings = simulation.settings
    let progress = StudyProgress.display(display, file: input.path) { step in
      switch step {
      case .equilibrium(let scenario): "\\(scenario.id): equilibrium routes"
      case .simulation(let scenario):
        "\\(scenario.id): simulating \\(settings.replications) replications"
      }
    }
    let evaluation = try study(input.path) { () throws(StudyError) in
      try input.evaluatePlans(plans, settings: settings, progress: progress)
    }
    return (plans, evaluation)
  }
}
