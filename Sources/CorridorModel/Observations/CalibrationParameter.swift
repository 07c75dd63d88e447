/// A figure of the scenario that calibration may change, within bounds, to fit observations.
public struct CalibrationParameter: Hashable, Sendable {
  /// What the parameter changes.
  public enum Target: Hashable, Sendable {
    /// Multiplies the service times of every stage of the matching checkpoint processes (a
    /// direction matches the processes of that direction only, as in measures).
    case serviceScale(checkpoint: NodeID, mode: ModeFamily?, direction: BorderDirection?)
    /// Multiplies the matching demand entries (any of the three left out matches all).
    case demandScale(origin: NodeID?, destination: NodeID?, commodity: CommodityID?)
    /// The scenario's route-choice scale (USD per TEU), for commodities without their own.
    case logitScale
    /// A crossing's route-choice constant (USD per TEU).
    case choiceConstant(crossing: String)
  }

  /// Whether the parameter is searched in log space (factors and scales, which multiply), or
  /// as it is (constants, which add and may be 0).
  public var isMultiplicative: Bool {
    if case .choiceConstant = target { return false }
    return true
  }

  /// The parameter's identifier.
  public var id: String
  /// What it changes.
  public var target: Target
  /// The bounds of its value (a factor, or USD per TEU for the route-choice scale).
  public var lower: Double
  public var upper: Double
  /// The observations said to inform it, for the record (all of the calibration set count).
  public var observations: [String]

  /// Creates a parameter.
  public init(
    id: String, target: Target, lower: Double, upper: Double, observations: [String] = []
  ) {
    self.id = id
    self.target = target
    self.lower = lower
    self.upper = upper
    self.observations = observations
  }

  /// Its value in `scenario` as it is: 1 for a factor, the route-choice scale (or, when the
  /// scenario has none, the geometric mean of the bounds).
  public func currentValue(in scenario: Scenario) -> Double {
    switch target {
    case .serviceScale, .demandScale: 1
    case .logitScale: scenario.settings.logitScaleUSDPerTEU ?? (lower * upper).squareRoot()
    case .choiceConstant(let id):
      scenario.crossings.first { $0.id == id }?.choiceConstantUSDPerTEU ?? 0
    }
  }

  /// `scenario` with the parameter at `value`.
  public func applied(to scenario: Scenario, value: Double) -> Scenario {
    var result = scenario
    switch target {
    case .serviceScale(let checkpoint, let mode, let direction):
      for n in result.nodes.indices where result.nodes[n].id == checkpoint {
        guard var post = result.nodes[n].checkpoint else { continue }
        for p in post.processes.indices
        where (mode == nil || post.processes[p].mode == mode)
          && (direction == nil || post.processes[p].direction == direction)
        {
          for s in post.processes[p].stages.indices {
            post.processes[p].stages[s].serviceHours =
              post.processes[p].stages[s].serviceHours.scaled(by: value)
          }
        }
        result.nodes[n].checkpoint = post
      }
    case .demandScale(let origin, let destination, let commodity):
      for d in result.demand.indices
      where (origin == nil || result.demand[d].origin == origin)
        && (destination == nil || result.demand[d].destination == destination)
        && (commodity == nil || result.demand[d].commodity == commodity)
      {
        result.demand[d].teuPerYear *= value
      }
    case .logitScale:
      result.settings.logitScaleUSDPerTEU = value
    case .choiceConstant(let id):
      for c in result.crossings.indices where result.crossings[c].id == id {
        result.crossings[c].choiceConstantUSDPerTEU = value
      }
    }
    return result
  }
}
