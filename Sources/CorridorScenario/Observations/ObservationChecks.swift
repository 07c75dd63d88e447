import CorridorModel

/// Checks observations against the scenario they are for: unique ids, known places, and
/// directions and sides of the crossing's own border.
struct ObservationChecks {
  let scenario: Scenario
  let sink: DiagnosticSink

  func run(_ observations: [Located<Observation>]) {
    var first: [String: SourceLocation] = [:]
    for observation in observations {
      let id = observation.value.id
      if let earlier = first[id] {
        sink.error(
          observation.location(of: "id"),
          "duplicate observation id '\(id)' (first at line \(earlier.line)); each must be unique")
      } else {
        first[id] = observation.location(of: "id")
      }
      check(observation)
    }
  }

  private func check(_ observation: Located<Observation>) {
    let label = "observation '\(observation.value.id)'"
    switch observation.value.quantity {
    case .clearanceHours(let crossing, let direction, let side):
      guard let border = border(ofCrossing: crossing, observation, key: "crossing") else { return }
      check(direction, side: side, border: border, observation, label: label)
    case .flow(let place, let direction, _):
      check(place, observation, key: "at", label: label, direction: direction)
    case .transitDays(let origin, let destination, let commodity):
      for (node, role) in [(origin, "from"), (destination, "to")] where scenario.node(node) == nil {
        sink.error(
          observation.location(of: "od"),
          "\(label) names '\(node)' as its '\(role)', which is not a node of the scenario")
      }
      if let commodity, !scenario.commodities.contains(where: { $0.id == commodity }) {
        sink.error(
          observation.location(of: "od"),
          "\(label) names commodity '\(commodity)', which the scenario does not define")
      }
      if !scenario.demand.contains(where: {
        $0.origin == origin && $0.destination == destination
          && (commodity == nil || $0.commodity == commodity)
      }) {
        sink.error(
          observation.location(of: "od"),
          "\(label) is the transit of \(origin) to \(destination), which the scenario has no "
            + "demand for; add the demand or name an OD pair that has some")
      }
    case .share(let of, let among, let direction):
      for place in among {
        check(
          place, observation, key: place == of ? "of" : "among", label: label, direction: direction)
      }
    }
  }

  /// The two countries of a crossing's border, or `nil` (reported) when the scenario has no
  /// such crossing.
  private func border(ofCrossing id: String, _ observation: Located<Observation>, key: String)
    -> [String]?
  {
    guard let crossing = scenario.crossings.first(where: { $0.id == id }) else {
      let known = scenario.crossings.map(\.id)
      sink.error(
        observation.location(of: key),
        "observation '\(observation.value.id)' names crossing '\(id)', which the scenario does "
          + "not define"
          + (known.isEmpty
            ? "; group its posts under 'crossings:' in the scenario"
            : "; its crossings are \(known.joined(separator: ", "))"))
      return nil
    }
    return scenario.borderCountries(of: crossing)
  }

  private func check(
    _ direction: BorderDirection?, side: String?, border: [String],
    _ observation: Located<Observation>, label: String
  ) {
    guard border.count == 2 else { return }
    let joined = border.joined(separator: " and ")
    if let direction, Set([direction.from, direction.to]) != Set(border) {
      sink.error(
        observation.location(of: "direction"),
        "\(label) is for direction \(direction), but the crossing joins \(joined)")
    }
    if let side, !border.contains(side) {
      sink.error(
        observation.location(of: "side"),
        "\(label) is for side '\(side)', but the crossing joins \(joined)")
    }
  }

  private func check(
    _ place: Observation.Place, _ observation: Located<Observation>, key: String, label: String,
    direction: BorderDirection?
  ) {
    switch place {
    case .crossing(let id):
      guard let border = border(ofCrossing: id, observation, key: key) else { return }
      check(direction, side: nil, border: border, observation, label: label)
    case .node(let id):
      guard let node = scenario.node(id) else {
        sink.error(
          observation.location(of: key),
          "\(label) counts at node '\(id)', which is not a node of the scenario")
        return
      }
      // A direction is a border's: only a border post's traffic has one.
      if let direction {
        let countries = node.checkpoint?.countries ?? []
        if Set(countries) != Set([direction.from, direction.to]) {
          sink.error(
            observation.location(of: "direction"),
            "\(label) counts at node '\(id)' in direction \(direction), but "
              + (countries.isEmpty
                ? "the node is no border post; leave out 'direction' or count at a crossing"
                : "its post joins \(countries.joined(separator: " and "))"))
        }
      }
    case .link(let id):
      if !scenario.links.contains(where: { $0.id == id }) {
        sink.error(
          observation.location(of: key),
          "\(label) counts on link '\(id)', which is not a link of the scenario (a link that "
            + "runs both ways has the reverse '\(id)~back')")
      }
      if direction != nil {
        sink.error(
          observation.location(of: "direction"),
          "\(label) counts on a link, which runs one way; leave out 'direction'")
      }
    }
  }
}
