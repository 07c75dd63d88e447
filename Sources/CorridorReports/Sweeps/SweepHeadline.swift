import CorridorModel
import CorridorSimulation
import CorridorSweep

/// The KPIs a sweep's brief leads with, and how each is written.
struct SweepHeadline {
  let kpi: SweepKPI
  /// What it is, for sentences and table headings.
  let label: String
  /// Its unit, for headings.
  let unit: String
  /// A short name for table headings.
  let short: String
  let decimals: Int

  static let all = [
    SweepHeadline(
      kpi: SweepKPI(ResultKey.networkCost), label: "generalized cost per TEU", unit: "US$",
      short: "cost", decimals: 1),
    SweepHeadline(
      kpi: SweepKPI(ResultKey.networkTransit), label: "mean transit per TEU", unit: "h",
      short: "transit", decimals: 1),
  ]

  /// An estimate with its interval: `-12.3 ± 0.4`, marked `n.s.` when the interval holds 0.
  static func text(_ ci: ConfidenceInterval?, decimals: Int, signed: Bool = true) -> String {
    guard let ci else { return "–" }
    let significant = ci.observations > 1 && (ci.lower > 0 || ci.upper < 0)
    let half = ci.halfWidth.isFinite ? NumberFormat.fixed(ci.halfWidth, decimals: decimals) : "?"
    let mean = NumberFormat.grouped(ci.mean, decimals: decimals)
    let plus = signed && !mean.hasPrefix("-") && ci.mean != 0 ? "+" : ""
    return plus + mean + " ± " + half
      + (signed && !significant ? " n.s." : "")
  }

  func text(_ ci: ConfidenceInterval?, signed: Bool = true) -> String {
    Self.text(ci, decimals: decimals, signed: signed)
  }
}
