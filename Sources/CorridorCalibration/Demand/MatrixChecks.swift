import CorridorModel
import CorridorStudy

/// Whether matrix estimation distorted the prior demand: the checks of UK TAG unit M3.1 on the
/// change between the prior and the adjusted matrix.
///
/// TAG asks that a regression of adjusted on prior cell values have a slope within 0.98–1.02,
/// an intercept near 0 and R² above 0.95, and that the mean and the standard deviation of trip
/// lengths change by less than 5 %. ``withinTAG`` checks all but the intercept, which is
/// reported.
public struct MatrixChecks: Sendable, Equatable {
  /// The least-squares line of adjusted on prior cell values (TEU a year) and its R².
  public var slope: Double
  public var intercept: Double
  public var r2: Double
  /// Cells changed by more than 5 %, of all cells.
  public var changedCells: Int
  public var cells: Int
  /// The TEU-weighted mean trip length on the equilibrium routes (km), before and after.
  public var meanKmPrior: Double
  public var meanKmAdjusted: Double
  /// The TEU-weighted standard deviation of trip lengths (km), before and after.
  public var sdKmPrior: Double
  public var sdKmAdjusted: Double

  /// The relative change of the mean trip length (percent).
  public var meanKmChangePercent: Double { 100 * (meanKmAdjusted - meanKmPrior) / meanKmPrior }

  /// The relative change of the trip lengths' standard deviation (percent).
  public var sdKmChangePercent: Double {
    sdKmPrior > 0 ? 100 * (sdKmAdjusted - sdKmPrior) / sdKmPrior : 0
  }

  /// Whether the TAG criteria hold.
  public var withinTAG: Bool {
    (0.98...1.02).contains(slope) && r2 > 0.95 && abs(meanKmChangePercent) < 5
      && abs(sdKmChangePercent) < 5
  }

  init(prior: Scenario, adjusted: Scenario, settings: RunSettings) {
    let x = prior.demand.map(\.teuPerYear)
    let y = adjusted.demand.map(\.teuPerYear)
    let n = Double(max(x.count, 1))
    let mx = x.reduce(0, +) / n
    let my = y.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for (a, b) in zip(x, y) {
      sxy += (a - mx) * (b - my)
      sxx += (a - mx) * (a - mx)
      syy += (b - my) * (b - my)
    }
    slope = sxx > 0 ? sxy / sxx : 1
    intercept = my - slope * mx
    r2 = sxx > 0 && syy > 0 ? sxy * sxy / (sxx * syy) : 1
    cells = x.count
    changedCells = zip(x, y).count { a, b in a > 0 && abs(b / a - 1) > 0.05 }
    (meanKmPrior, sdKmPrior) = Self.tripLengths(prior, settings: settings)
    (meanKmAdjusted, sdKmAdjusted) = Self.tripLengths(adjusted, settings: settings)
  }

  /// The TEU-weighted mean and standard deviation of the equilibrium routes' lengths (km); 0
  /// when the equilibrium cannot be solved.
  private static func tripLengths(_ scenario: Scenario, settings: RunSettings)
    -> (mean: Double, sd: Double)
  {
    guard let routes = try? Study.equilibrium(scenario, settings: settings).routes() else {
      return (0, 0)
    }
    let teu = routes.reduce(0) { $0 + $1.teuPerYear }
    guard teu > 0 else { return (0, 0) }
    let mean = routes.reduce(0) { $0 + $1.km * $1.teuPerYear } / teu
    let variance = routes.reduce(0) { $0 + ($1.km - mean) * ($1.km - mean) * $1.teuPerYear } / teu
    return (mean, variance.squareRoot())
  }
}
