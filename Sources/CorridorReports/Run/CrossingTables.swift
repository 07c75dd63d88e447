import CorridorModel
import CorridorSimulation

/// The border crossings, both sides' posts together, as a Markdown section.
enum CrossingTables {
  /// The section of `summary.md`, or nothing when the scenario groups no posts.
  static func markdown(_ simulation: SimulationResult) -> [String] {
    let crossings = simulation.crossings
    guard !crossings.isEmpty else { return [] }
    var out = [
      "", "## Border crossings, both sides together (CAREC CPMM TFI1)", "",
      "| crossing | direction | hours to clear | p95 hours | consignments/year |",
      "|---|---|---:|---:|---:|",
    ]
    let years = simulation.options.days / 365
    for c in crossings {
      let half = c.clearanceHours.halfWidth
      out.append(
        "| \(c.name) | \(c.key.direction) | "
          + "\(NumberFormat.fixed(c.clearanceHours.mean, decimals: 2)) ± "
          + "\(NumberFormat.fixed(half.isFinite ? half : 0, decimals: 2)) | "
          + "\(NumberFormat.fixed(c.p95ClearanceHours.mean, decimals: 1)) | "
          + "\(NumberFormat.grouped(c.consignments / max(years, 1e-12))) |")
    }
    return out
  }
}
