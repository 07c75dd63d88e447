import CorridorModel
import CorridorSimulation
import CorridorSweep

/// The KPIs a sweep's brief leads with, and how each is written.
struct SweepHeadline {
  let kpi: SweepKPI
  /// What it is, for sentences and table headings (English; see ``label``).
  private let englishLabel: String
  private let englishUnit: String
  private let englishShort: String
  let decimals: Int

  static let all = [
    SweepHeadline(
      kpi: SweepKPI(ResultKey.networkCost), englishLabel: "generalized cost per TEU",
      englishUnit: "US$", englishShort: "cost", decimals: 1),
    SweepHeadline(
      kpi: SweepKPI(ResultKey.networkTransit), englishLabel: "mean transit per TEU",
      englishUnit: "h", englishShort: "transit", decimals: 1),
  ]

  /// What it is, in the report's language.
  var label: String { t(englishLabel) }
  /// Its unit, for headings.
  var unit: String { t(englishUnit) }
  /// A short name for table headings.
  var short: String { t(englishShort) }

  /// An estimate with its interval: `-12.3 ± 0.4`, marked `n.s.` when the interval holds 0,
  /// in the report's language.
  static func text(_ ci: ConfidenceInterval?, decimals: Int, signed: Bool = true) -> String {
    guard let ci else { return "–" }
    let significant = ci.observations > 1 && (ci.lower > 0 || ci.upper < 0)
    let half = ci.halfWidth.isFinite ? LocalNumber.fixed(ci.halfWidth, decimals: decimals) : "?"
    let mean = LocalNumber.grouped(ci.mean, decimals: decimals)
    let plus = signed && ci.mean > 0 ? "+" : ""
    return plus + mean + " ± " + half + (signed && !significant ? " " + t("n.s.") : "")
  }

  func text(_ ci: ConfidenceInterval?, signed: Bool = true) -> String {
    Self.text(ci, decimals: decimals, signed: signed)
  }
}
