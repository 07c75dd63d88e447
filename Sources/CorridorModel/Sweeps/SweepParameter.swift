/// An uncertain input of a sweep: what it changes in the scenario and what is known of it.
public struct SweepParameter: Hashable, Sendable {
  /// What a sweep parameter changes.
  public enum Target: Hashable, Sendable {
    /// A figure calibration can change too, changed the same way.
    case calibration(CalibrationParameter.Target)
    /// Multiplies the service times of every stage of every checkpoint process of the mode
    /// and direction (`nil`: all).
    case everyServiceScale(mode: ModeFamily?, direction: BorderDirection?)
    /// Multiplies a commodity's value of time (`nil`: every commodity's), through its daily
    /// time-cost share.
    case valueOfTimeScale(commodity: CommodityID?)
  }

  /// The parameter's identifier.
  public var id: String
  /// A name for tables.
  public var name: String
  /// The name in other languages (`name_ru`, `name_tr`), by language code.
  public var otherNames: [String: String] = [:]
  /// What it changes.
  public var target: Target
  /// What is known of its value (a factor, or USD per TEU for route-choice figures).
  public var distribution: InputDistribution
  /// Where the range comes from.
  public var source: String?
  /// Whether the range is an estimate rather than a published figure.
  public var isEstimate: Bool

  /// Creates a parameter.
  public init(
    id: String, name: String, target: Target, distribution: InputDistribution,
    source: String? = nil, isEstimate: Bool = false
  ) {
    self.id = id
    self.name = name
    self.target = target
    self.distribution = distribution
    self.source = source
    self.isEstimate = isEstimate
  }

  /// Its value in `scenario` as it is: 1 for a factor, the scenario's own figure otherwise.
  public func nominalValue(in scenario: Scenario) -> Double {
    switch target {
    case .calibration(let target): Self.calibration(target).currentValue(in: scenario)
    case .everyServiceScale, .valueOfTimeScale: 1
    }
  }

  /// `scenario` with the parameter at `value`.
  public func applied(to scenario: Scenario, value: Double) -> Scenario {
    switch target {
    case .calibration(let target):
      return Self.calibration(target).applied(to: scenario, value: value)
    case .everyServiceScale(let mode, let direction):
      let posts = scenario.nodes.filter { $0.checkpoint != nil }.map(\.id)
      return posts.reduce(scenario) { result, post in
        Self.calibration(.serviceScale(checkpoint: post, mode: mode, direction: direction))
          .applied(to: result, value: value)
      }
    case .valueOfTimeScale(let commodity):
      var result = scenario
      for c in result.commodities.indices
      where commodity == nil || result.commodities[c].id == commodity {
        result.commodities[c].timeCostSharePerDay *= value
      }
      return result
    }
  }

  private static func calibration(_ target: CalibrationParameter.Target) -> CalibrationParameter {
    CalibrationParameter(id: "", target: target, lower: 0, upper: 0, observations: [])
  }
}
