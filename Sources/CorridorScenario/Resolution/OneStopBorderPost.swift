import CorridorModel

extension MeasureApplication {
  /// Joins the two sides of a crossing into a one-stop border post.
  ///
  /// In each direction, the side reached first does both countries' controls at once: each of
  /// its stages takes the longer service time, the larger lane count and the higher probability
  /// of the two sides' stages of the same id, and the second side's other stages are added to
  /// it. The side reached second then lets traffic pass without stopping (its fees are still
  /// paid). Opening hours stay those of the first side.
  func joinSides(
    _ a: NodeID, _ b: NodeID, mode: ModeFamily?, label: String, at here: SourceLocation,
    draft: inout ScenarioDraft
  ) {
    guard
      var nodeA = facilityNode(a, kind: .checkpoint, label: label, at: here, draft: draft),
      var nodeB = facilityNode(b, kind: .checkpoint, label: label, at: here, draft: draft),
      var sideA = nodeA.value.checkpoint, var sideB = nodeB.value.checkpoint
    else { return }
    let countryA = nodeA.value.country
    let countryB = nodeB.value.country
    guard countryA != countryB else {
      sink.error(
        here,
        "\(label) joins '\(a)' and '\(b)', which are both in \(countryA); a one-stop border "
          + "post joins the two countries' sides of one crossing")
      return
    }
    let families = ModeFamily.allCases.filter { family in
      (mode == nil || mode == family)
        && sideA.processes.contains { $0.mode == family }
        && sideB.processes.contains { $0.mode == family }
    }
    guard !families.isEmpty else {
      sink.error(
        here,
        "\(label) joins '\(a)' and '\(b)', but they have no "
          + (mode.map { "\($0.rawValue) " } ?? "") + "processes in common to join")
      return
    }
    for family in families {
      Self.join(&sideA, &sideB, family, BorderDirection(from: countryA, to: countryB))
      Self.join(&sideB, &sideA, family, BorderDirection(from: countryB, to: countryA))
    }
    nodeA.value.checkpoint = sideA
    nodeB.value.checkpoint = sideB
    draft.nodes[a] = nodeA
    draft.nodes[b] = nodeB
  }

  /// Moves the controls of `second` into `first` for traffic in `direction`.
  private static func join(
    _ first: inout Checkpoint, _ second: inout Checkpoint, _ family: ModeFamily,
    _ direction: BorderDirection
  ) {
    guard let i = directedProcess(&first, family, direction),
      let j = directedProcess(&second, family, direction)
    else { return }
    var stages = first.processes[i].stages
    for other in second.processes[j].stages {
      if let k = stages.firstIndex(where: { $0.id == other.id }) {
        stages[k].lanes = max(stages[k].lanes, other.lanes)
        stages[k].probability = max(stages[k].probability, other.probability)
        if other.serviceHours.mean > stages[k].serviceHours.mean {
          stages[k].serviceHours = other.serviceHours
        }
      } else {
        stages.append(other)
      }
    }
    first.processes[i].stages = stages
    for s in second.processes[j].stages.indices {
      second.processes[j].stages[s].probability = 0
    }
  }

  /// The index of the process that serves `direction` only, split off a both-ways process
  /// when needed so the other direction keeps its own.
  private static func directedProcess(
    _ checkpoint: inout Checkpoint, _ family: ModeFamily, _ direction: BorderDirection
  ) -> Int? {
    if let i = checkpoint.processes.firstIndex(where: {
      $0.mode == family && $0.direction == direction
    }) {
      return i
    }
    guard let both = checkpoint.processes.first(where: { $0.mode == family && $0.direction == nil })
    else { return nil }
    var directed = both
    directed.direction = direction
    checkpoint.processes.append(directed)
    return checkpoint.processes.count - 1
  }
}
