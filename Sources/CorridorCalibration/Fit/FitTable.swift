import CorridorModel
import CorridorStudy
import Foundation

/// Observations beside what a run gives for them, with the statistics of the fit.
public struct FitTable: Sendable {
  /// One observation and its modelled value.
  public struct Line: Sendable {
    /// The observation.
    public var observation: Observation
    /// The modelled value, or `nil` when the run has none (no traffic where it was measured).
    public var modelled: ModelledValue?

    /// (modelled − observed) / observed, in percent; `nil` without a modelled value.
    public var errorPercent: Double? {
      guard let modelled, observation.value != 0 else { return nil }
      return 100 * (modelled.value - observation.value) / observation.value
    }

    /// Whether the modelled value is within the observation's tolerance.
    ///
    /// A share's tolerance is in points of share (10 means ±0.10), since a share near 0 has no
    /// useful relative error.
    public var withinTolerance: Bool {
      guard let modelled else { return false }
      if case .share = observation.quantity {
        return abs(modelled.value - observation.value) * 100 <= observation.tolerancePercent
      }
      return abs(errorPercent ?? .infinity) <= observation.tolerancePercent
    }

    /// The GEH statistic of a flow on units a day (trucks, trains, TEU).
    ///
    /// √(2 (M − C)² / (M + C)). It was made for hourly road counts, where 5 is a good fit; at
    /// the tens of trains a day of freight corridors it lets errors of 50 % or more pass, so it
    /// is reported for reference only, and the fit is judged on the relative error.
    public var geh: Double? {
      guard case .flow(_, _, let unit) = observation.quantity, let modelled else { return nil }
      let perDay = unit == .teuPerYear || unit == .tonnesPerYear ? 1.0 / 365 : 1
      let m = modelled.value * perDay
      let c = observation.value * perDay
      return m + c > 0 ? (2 * (m - c) * (m - c) / (m + c)).squareRoot() : 0
    }
  }

  /// How one set (calibrate or validate) fits.
  public struct Summary: Sendable, Equatable {
    /// Observations in the set.
    public var count: Int
    /// Those within their tolerance.
    public var withinTolerance: Int
    /// The squared correlation of log observed and log modelled counts, in TEU a year.
    ///
    /// Over the set's flow observations with a modelled value (`nil` below three), each
    /// converted to TEU a year at the scenario's sizes (trains, trucks, tonnes per TEU). Counts
    /// only: across kinds, the spread of units (hours against TEU a year) would make any model
    /// look correlated.
    public var r2: Double?
  }

  /// The lines, in the order of the observations.
  public let lines: [Line]
  /// The sizes that convert counts to TEU a year.
  let settings: Settings

  /// Compares each observation with the run.
  public init(observations: [Observation], run: ScenarioRun) {
    lines = observations.map { Line(observation: $0, modelled: ModelledValue.of($0, in: run)) }
    settings = run.scenario.settings
  }

  /// The fit of one set.
  public func summary(_ use: Observation.Use) -> Summary {
    let set = lines.filter { $0.observation.use == use }
    let counts = set.filter {
      if case .flow = $0.observation.quantity { return true }
      return false
    }
    let pairs = counts.compactMap { line -> (Double, Double)? in
      guard case .flow(_, _, let unit) = line.observation.quantity, let modelled = line.modelled,
        modelled.value > 0, line.observation.value > 0
      else { return nil }
      // Units of the count per TEU a year.
      let perTEU = ModelledValue.convert(1, to: unit, settings: settings)
      return (log(line.observation.value / perTEU), log(modelled.value / perTEU))
    }
    return Summary(
      count: set.count, withinTolerance: set.count(where: \.withinTolerance),
      r2: Self.squaredCorrelation(pairs))
  }

  /// The squared Pearson correlation of the pairs, or `nil` with fewer than three or no spread.
  static func squaredCorrelation(_ pairs: [(Double, Double)]) -> Double? {
    guard pairs.count >= 3 else { return nil }
    let n = Double(pairs.count)
    let mx = pairs.reduce(0) { $0 + $1.0 } / n
    let my = pairs.reduce(0) { $0 + $1.1 } / n
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for (x, y) in pairs {
      sxy += (x - mx) * (y - my)
      sxx += (x - mx) * (x - mx)
      syy += (y - my) * (y - my)
    }
    // Spread below rounding (values equal but for the last bits) is no spread.
    guard sxx > 1e-18 * n, syy > 1e-18 * n else { return nil }
    return sxy * sxy / (sxx * syy)
  }
}
