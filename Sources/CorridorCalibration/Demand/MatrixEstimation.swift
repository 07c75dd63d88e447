import CorridorModel
import CorridorStudy
import Foundation
import NLopt

/// Demand adjusted to counts, keeping the prior matrix's structure.
///
/// The flows at the counted places are linear in the demand once the routes are fixed: each
/// OD entry sends a known fraction of its TEU through each place. The estimation finds a
/// factor per OD entry that passes a counted place, minimizing the squared errors of the
/// counts in units of their tolerance plus a penalty `priorWeight × Σ (ln factor)²` that keeps
/// the matrix near the prior (generalized least squares with a prior, after Cascetta 1984), by
/// BOBYQA in log space with factors from 0.1 to 10. Routes then change with the demand, so the
/// estimation alternates with the equilibrium for a few rounds (a bilevel loop). Cells no count
/// touches keep their prior value.
public enum MatrixEstimation {
  /// What the estimation found: the factor of each demand entry (by index in the scenario's
  /// demand; 1 where unchanged), the adjusted scenario and the checks of its distortion.
  public struct Result: Sendable {
    /// The factor of each demand entry (1 where unchanged).
    public var factors: [Double]
    /// The scenario with the adjusted demand.
    public var scenario: Scenario
    /// How far the adjusted matrix is from the prior.
    public var checks: MatrixChecks
    /// Rounds of estimation and equilibrium made.
    public var rounds: Int
  }

  /// Adjusts `scenario`'s demand to the `flow` observations of the calibration set.
  public static func estimate(
    _ scenario: Scenario, counts: [Observation], settings: RunSettings, priorWeight: Double = 1,
    rounds: Int = 3
  ) throws(StudyError) -> Result {
    let flows = counts.filter {
      if case .flow = $0.quantity { return $0.use == .calibrate }
      return false
    }
    var factors = [Double](repeating: 1, count: scenario.demand.count)
    var adjusted = scenario
    var made = 0
    for _ in 0..<max(1, rounds) where !flows.isEmpty {
      made += 1
      let routes = try Study.equilibrium(adjusted, settings: settings).routes()
      let proportions = Proportions(
        scenario: adjusted, routes: routes, counts: flows, factors: factors)
      guard !proportions.free.isEmpty else { break }
      let step = solve(proportions, counts: flows, base: factors, priorWeight: priorWeight)
      // To six decimals, as the calibrated scenario writes them.
      for (k, d) in proportions.free.enumerated() { factors[d] = (step[k] * 1e6).rounded() / 1e6 }
      adjusted = scenario
      for d in adjusted.demand.indices { adjusted.demand[d].teuPerYear *= factors[d] }
    }
    let checks = MatrixChecks(prior: scenario, adjusted: adjusted, settings: settings)
    return Result(factors: factors, scenario: adjusted, checks: checks, rounds: made)
  }

  /// The factors of the free cells that minimize the counts' errors and the prior penalty.
  private static func solve(
    _ p: Proportions, counts: [Observation], base: [Double], priorWeight: Double
  ) -> [Double] {
    let n = p.free.count
    let start = p.free.map { log(base[$0]) }
    let minimizer = BoundedMinimizer(
      algorithm: .bobyqa, relativeTolerance: 1e-6, maximumEvaluations: 200 * (n + 1))
    let objective = { (u: [Double]) -> Double in
      var total = 0.0
      for (c, count) in counts.enumerated() {
        var modelled = 0.0
        for k in 0..<n { modelled += p.teu[k][c] * exp(u[k]) }
        let error =
          (p.unit(modelled, c) - count.value) / (count.value * count.tolerancePercent / 100)
        total += error * error
      }
      for k in 0..<n { total += priorWeight * u[k] * u[k] }
      return total
    }
    guard
      let result = try? minimizer.minimize(
        start: start, lower: .init(repeating: log(0.1), count: n),
        upper: .init(repeating: log(10), count: n), objective: objective)
    else { return p.free.map { base[$0] } }
    return result.x.map(exp)
  }
}

/// How each free OD cell's prior TEU reaches each count.
struct Proportions {
  /// The demand entries (by index) that pass at least one counted place.
  let free: [Int]
  /// Per free cell and count: the TEU a year through the count's place per unit of the cell's
  /// factor (the prior's TEU on the current routes).
  let teu: [[Double]]
  let settings: Settings
  let units: [Observation.FlowUnit]

  init(scenario: Scenario, routes: [AssignedRoute], counts: [Observation], factors: [Double]) {
    settings = scenario.settings
    units = counts.map {
      if case .flow(_, _, let unit) = $0.quantity { return unit }
      return .teuPerYear
    }
    var free: [Int] = []
    var teu: [[Double]] = []
    for (d, demand) in scenario.demand.enumerated() {
      let own = routes.filter {
        $0.origin == demand.origin && $0.destination == demand.destination
          && $0.commodity == demand.commodity
      }
      let row = counts.map { observation -> Double in
        guard case .flow(let place, let direction, _) = observation.quantity else { return 0 }
        return FlowCount(scenario: scenario, routes: own).teuPerYear(
          at: place, direction: direction)
      }
      if row.contains(where: { $0 > 0 }) {
        free.append(d)
        teu.append(row.map { $0 / factors[d] })
      }
    }
    self.free = free
    self.teu = teu
  }

  /// TEU a year in the unit of count `c`.
  func unit(_ teuPerYear: Double, _ c: Int) -> Double {
    ModelledValue.convert(teuPerYear, to: units[c], settings: settings)
  }
}
