import CorridorModel
import CorridorSimulation

/// The crossings' simulated times to clear beside the observed figures of the same thing.
///
/// Each crossing that traffic passes has a row per direction for both sides together; each
/// observed figure then sits in the row of what it covers (a direction, one side or both, or
/// both directions averaged), so that a figure for one side's posts is never set beside the
/// whole crossing's time. A figure for a crossing or direction without traffic keeps its row,
/// with no simulated time.
struct CrossingComparison {
  /// One compared quantity.
  struct Row {
    /// The crossing's id.
    var crossing: String
    /// The direction, or `nil` for both directions averaged.
    var borderDirection: BorderDirection?
    /// The side's country, or `nil` for both sides.
    var side: String?
    /// The simulated time to clear (hours), when traffic passes.
    var simulated: ConfidenceInterval?
    /// The 95th percentile, for both sides together in one direction.
    var p95Hours: Double?
    /// Consignments a year, for both sides together in one direction.
    var consignmentsPerYear: Double?
    /// The observed figure for the same thing, when the scenario gives one.
    var observed: ObservedClearance?
    /// Why there is no simulated time, when there is none.
    var missing: String {
      consignmentsPerYear == nil && simulated == nil && hasTraffic
        ? "posts not modelled" : "no traffic"
    }
    /// Whether traffic passes the crossing in this row's direction.
    var hasTraffic = false

    /// The direction as the CSV and JSON files write it: `CN->KZ`, or "both" for both
    /// directions averaged.
    var direction: String { borderDirection?.description ?? "both" }
    /// The posts as the CSV and JSON files write them: "both sides", or "CN side".
    var scope: String { side.map { "\($0) side" } ?? "both sides" }
  }

  let rows: [Row]

  init(_ simulation: SimulationResult) {
    let kpis = simulation.crossings
    let years = max(simulation.options.days / 365, 1e-12)
    var rows: [Row] = []
    for crossing in simulation.scenario.crossings {
      let own = kpis.filter { $0.key.crossing == crossing.id }
      var remaining = crossing.observed
      /// Takes the observations of a direction and side out of `remaining`.
      func take(_ direction: BorderDirection?, side: String?) -> [ObservedClearance] {
        let taken = remaining.filter { $0.direction == direction && $0.side == side }
        remaining.removeAll { $0.direction == direction && $0.side == side }
        return taken
      }
      for kpi in own {
        var whole = Row(
          crossing: crossing.id, borderDirection: kpi.key.direction,
          simulated: kpi.clearanceHours.observations > 0 ? kpi.clearanceHours : nil,
          p95Hours: kpi.clearanceHours.observations > 0 ? kpi.p95ClearanceHours.mean : nil,
          consignmentsPerYear: kpi.consignments / years)
        whole.hasTraffic = true
        if kpi.sides.count == 1, let only = kpi.sides.first?.country {
          // One side's posts on the route: the crossing's time is that side's, which a figure
          // for both sides does not measure.
          whole.side = only
          rows += Self.rows(whole, observed: take(kpi.key.direction, side: only))
          continue
        }
        rows += Self.rows(whole, observed: take(kpi.key.direction, side: nil))
        for side in kpi.sides {
          let figures = take(kpi.key.direction, side: side.country)
          guard !figures.isEmpty else { continue }
          var row = whole
          row.side = side.country
          row.simulated = side.hours.observations > 0 ? side.hours : nil
          row.p95Hours = nil
          row.consignmentsPerYear = nil
          rows += Self.rows(row, observed: figures)
        }
      }
      for figure in remaining {
        var row = Row(
          crossing: crossing.id, borderDirection: figure.direction, side: figure.side,
          simulated: figure.direction == nil
            ? simulation.clearanceHours(crossing: crossing.id, direction: nil, side: figure.side)
            : nil,
          observed: figure)
        row.hasTraffic = own.contains {
          figure.direction == nil || $0.key.direction == figure.direction
        }
        rows.append(row)
      }
    }
    self.rows = rows
  }

  /// A row once per observed figure, or once without one.
  private static func rows(_ row: Row, observed: [ObservedClearance]) -> [Row] {
    guard !observed.isEmpty else { return [row] }
    return observed.map {
      var copy = row
      copy.observed = $0
      return copy
    }
  }

  /// Hours with their 95 % half-width, or the mean alone when there is no interval.
  static func hours(_ value: ConfidenceInterval, decimals: Int) -> String {
    let mean = NumberFormat.fixed(value.mean, decimals: decimals)
    guard value.halfWidth.isFinite else { return mean }
    return "\(mean) ± \(NumberFormat.fixed(value.halfWidth, decimals: decimals))"
  }
}
