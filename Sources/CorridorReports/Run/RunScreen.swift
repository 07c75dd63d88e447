import CorridorAssignment
import CorridorModel
import CorridorSimulation
import CorridorStudy

/// The one-screen summary of a run printed on standard output.
public enum RunScreen {
  /// Corridors with their shares and transit times, then the slowest crossings.
  public static func text(_ run: ScenarioRun, folder: String) -> String {
    let scenario = run.scenario
    let routes = run.routes
    let simulation = run.simulation
    var out: [String] = []
    out.append(
      "\(scenario.id): \(NumberFormat.grouped(scenario.totalTEUPerYear)) TEU/year, \(simulation.replicationCount) "
        + "replications × \(NumberFormat.grouped(simulation.options.days)) days (± 95 % interval)")
    out.append("")
    var corridors = TextTable(
      headers: ["corridor", "TEU/year", "share", "transit days"],
      alignments: [.left, .right, .right, .right])
    let kpis = Dictionary(
      simulation.corridors.map { ($0.corridor, $0) }, uniquingKeysWith: { a, _ in a })
    for corridor in scenario.corridors {
      let teu = routes.teuPerYear(onCorridor: corridor.name)
      let transit = kpis[corridor.name].map {
        "\(NumberFormat.fixed($0.transitHours.mean / 24, decimals: 1)) ± \(NumberFormat.fixed($0.transitHours.halfWidth / 24, decimals: 1))"
      }
      corridors.append([
        corridor.name, NumberFormat.grouped(teu),
        NumberFormat.fixed(100 * teu / max(scenario.totalTEUPerYear, 1e-12), decimals: 1) + " %",
        transit ?? "–",
      ])
    }
    out.append(corridors.render())
    out.append("")
    out.append("Slowest border crossings (hours to clear; CPMM TFI1 for comparison)")
    var crossings = TextTable(
      headers: ["checkpoint", "mode", "direction", "hours", "p95", "CPMM"],
      alignments: [.left, .left, .left, .right, .right, .right])
    for c in simulation.checkpoints.sorted(by: { $0.clearanceHours.mean > $1.clearanceHours.mean })
      .prefix(8)
    {
      let cleared = c.units > 0
      crossings.append([
        c.node.rawValue, c.mode.rawValue, c.direction?.description ?? "both",
        cleared
          ? "\(NumberFormat.fixed(c.clearanceHours.mean, decimals: 1)) ± \(NumberFormat.fixed(c.clearanceHours.halfWidth.isFinite ? c.clearanceHours.halfWidth : 0, decimals: 1))"
          : "none cleared",
        cleared ? NumberFormat.fixed(c.p95ClearanceHours.mean, decimals: 1) : "–",
        c.observedClearanceHours.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
      ])
    }
    out.append(crossings.render())
    out.append("")
    out += wholeCrossings(simulation)
    if let note = OverloadNote.text(simulation) {
      out.append(note)
      out.append("")
    }
    out.append("Report: \(folder)/brief.html, summary.md, CSV tables and network.geojson")
    return out.joined(separator: "\n") + "\n"
  }

  /// The crossings the scenario groups, both sides' posts together; nothing when it groups none.
  static func wholeCrossings(_ simulation: SimulationResult) -> [String] {
    let crossings = simulation.crossings
    guard !crossings.isEmpty else { return [] }
    var table = TextTable(
      headers: ["crossing", "direction", "hours", "p95"],
      alignments: [.left, .left, .right, .right])
    for c in crossings {
      let half = c.clearanceHours.halfWidth
      table.append([
        c.name, c.key.direction.description,
        "\(NumberFormat.fixed(c.clearanceHours.mean, decimals: 1)) ± "
          + NumberFormat.fixed(half.isFinite ? half : 0, decimals: 1),
        NumberFormat.fixed(c.p95ClearanceHours.mean, decimals: 1),
      ])
    }
    return ["Crossings, both sides' posts together (hours to clear)", table.render(), ""]
  }
}
