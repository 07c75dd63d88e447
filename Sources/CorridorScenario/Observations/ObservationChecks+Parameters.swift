import CorridorModel

extension ObservationChecks {
  /// Each parameter changes something the scenario has, once, and names only observations of
  /// the calibration set: a figure held out for validation must not move the model.
  func run(_ parameters: [Located<CalibrationParameter>], observations: [Observation]) {
    var first: [String: SourceLocation] = [:]
    var owners: [String: String] = [:]
    for parameter in parameters {
      let id = parameter.value.id
      let label = "parameter '\(id)'"
      if let earlier = first[id] {
        sink.error(
          parameter.location(of: "id"),
          "duplicate parameter id '\(id)' (first at line \(earlier.line)); each must be unique")
      }
      first[id] = parameter.location(of: "id")
      // Two parameters on one figure would multiply each other and neither be identified.
      for figure in touched(parameter.value.target).sorted() {
        if let other = owners[figure], other != id {
          sink.error(
            parameter.location(of: "target"),
            "\(label) changes \(figure), which parameter '\(other)' changes too; give each "
              + "figure one parameter")
          break
        }
        owners[figure] = id
      }
      checkTarget(parameter.value.target, at: parameter.location(of: "target"), label: label)
      for (i, name) in parameter.value.observations.enumerated() {
        let here = parameter.location(of: "observations.\(i)")
        guard let observation = observations.first(where: { $0.id == name }) else {
          sink.error(here, "\(label) names observation '\(name)', which the file does not have")
          continue
        }
        if observation.use != .calibrate {
          sink.error(
            here,
            "\(label) would be fitted to observation '\(name)', which is kept for "
              + (observation.use == .validate ? "validation" : "reference")
              + "; a figure that moves the model cannot also test it: make it "
              + "'use: calibrate' or leave it out")
        }
      }
    }
  }

  /// Reports a target that changes nothing the scenario has.
  func checkTarget(_ target: CalibrationParameter.Target, at here: SourceLocation, label: String) {
    switch target {
    case .serviceScale(let checkpoint, let mode, let direction):
      guard let post = scenario.node(checkpoint)?.checkpoint else {
        sink.error(
          here, "\(label) scales the service at '\(checkpoint)', which is not a checkpoint node")
        return
      }
      let matched = post.processes.contains {
        (mode == nil || $0.mode == mode)
          && (direction == nil || $0.direction == direction)
      }
      if !matched {
        sink.error(here, "\(label) matches no process of checkpoint '\(checkpoint)'")
      }
    case .demandScale(let origin, let destination, let commodity):
      let matched = scenario.demand.contains {
        (origin == nil || $0.origin == origin)
          && (destination == nil || $0.destination == destination)
          && (commodity == nil || $0.commodity == commodity)
      }
      if !matched { sink.error(here, "\(label) matches no demand entry of the scenario") }
    case .logitScale:
      break
    case .choiceConstant(let crossing):
      if !scenario.crossings.contains(where: { $0.id == crossing }) {
        sink.error(
          here, "\(label) names crossing '\(crossing)', which the scenario does not define")
      }
    }
  }

  /// The scenario figures a parameter changes, named for messages.
  private func touched(_ target: CalibrationParameter.Target) -> Set<String> {
    switch target {
    case .serviceScale(let checkpoint, let mode, let direction):
      let processes = scenario.node(checkpoint)?.checkpoint?.processes ?? []
      return Set(
        processes.filter {
          (mode == nil || $0.mode == mode) && (direction == nil || $0.direction == direction)
        }.map {
          "the \($0.mode.rawValue) \($0.direction?.description ?? "both") service at '\(checkpoint)'"
        })
    case .demandScale(let origin, let destination, let commodity):
      return Set(
        scenario.demand.filter {
          (origin == nil || $0.origin == origin)
            && (destination == nil || $0.destination == destination)
            && (commodity == nil || $0.commodity == commodity)
        }.map { "the demand \($0.origin) to \($0.destination) (\($0.commodity))" })
    case .logitScale:
      return ["the route-choice scale"]
    case .choiceConstant(let crossing):
      return ["the constant of crossing '\(crossing)'"]
    }
  }
}
