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
      "\(Names.scenario(scenario)): \(NumberFormat.grouped(scenario.totalTEUPerYear)) TEU/year, \(simulation.replicationCount) "
        + "replications × \(NumberFormat.grouped(simulation.options.days)) days (± 95 % interval)")
    out.append("")
    var corridors = TextTable(
      headers: ["corridor", "TEU/year", "share", "transit days", "other way TEU/year"],
      alignments: [.left, .right, .right, .right, .right])
    let kpis = Dictionary(
      simulation.corridors.map { ($0.corridor, $0) }, uniquingKeysWith: { a, _ in a })
    for corridor in scenario.corridors {
      let teu = routes.teuPerYear(onCorridor: corridor.name)
      let transit = kpis[corridor.name].map {
        "\(NumberFormat.fixed($0.transitHours.mean / 24, decimals: 1)) ± \(NumberFormat.fixed($0.transitHours.halfWidth / 24, decimals: 1))"
      }
      corridors.append([
        Names.of(corridor), NumberFormat.grouped(teu),
        NumberFormat.fixed(100 * teu / max(scenario.totalTEUPerYear, 1e-12), decimals: 1) + " %",
        transit ?? "–", NumberFormat.grouped(routes.teuPerYear(against: corridor)),
      ])
    }
    out.append(corridors.render())
    out.append("")
    out.append("Slowest border posts (hours to clear one post; units a day: trucks or trains)")
    var crossings = TextTable(
      headers: ["border post", "mode", "direction", "hours", "p95", "units/day"],
      alignments: [.left, .left, .left, .right, .right, .right])
    for c in simulation.checkpoints.sorted(by: { $0.clearanceHours.mean > $1.clearanceHours.mean })
      .prefix(8)
    {
      let cleared = c.units > 0
      crossings.append([
        Names.node(c.node, in: scenario), BriefWords.family(c.mode),
        BriefWords.directionOrBoth(c.direction),
        cleared ? CrossingComparison.hours(c.clearanceHours, decimals: 1) : "none cleared",
        cleared ? NumberFormat.fixed(c.p95ClearanceHours.mean, decimals: 1) : "–",
        NumberFormat.fixed(c.unitsPerDay.mean, decimals: 1),
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

  /// The crossings the scenario groups, both sides' posts together, beside the observed
  /// figures of the same thing; nothing when it groups none.
  static func wholeCrossings(_ simulation: SimulationResult) -> [String] {
    let rows = CrossingComparison(simulation).rows
    guard !rows.isEmpty else { return [] }
    var table = TextTable(
      headers: ["crossing", "direction", "posts", "hours", "p95", "observed", "observed figure"],
      alignments: [.left, .left, .left, .right, .right, .right, .left])
    let scenario = simulation.scenario
    for row in rows {
      table.append([
        Names.crossing(row.crossing, in: scenario), BriefWords.directionOrBoth(row.borderDirection),
        BriefWords.posts(side: row.side),
        row.simulated.map { CrossingComparison.hours($0, decimals: 1) } ?? row.missing,
        row.p95Hours.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
        row.observed.map { NumberFormat.fixed($0.hours, decimals: 1) } ?? "",
        row.observed.map(BriefWords.observed) ?? "",
      ])
    }
    return [
      "Crossings, both sides' posts together (hours to clear; each observed figure beside the "
        + "simulated time of what it covers)",
      table.render(), "",
    ]
  }
}
