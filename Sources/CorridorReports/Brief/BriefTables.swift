import CorridorAssignment
import CorridorModel
import CorridorSimulation
import CorridorStudy

/// The HTML tables of a brief.
enum BriefTables {
  static func row(_ cells: [String], numeric: Set<Int> = []) -> String {
    "<tr>"
      + cells.enumerated().map { i, cell in
        numeric.contains(i) ? "<td class=\"n\">\(cell)</td>" : "<td>\(cell)</td>"
      }.joined() + "</tr>"
  }

  static func header(_ cells: [String], numeric: Set<Int> = []) -> String {
    "<thead><tr>"
      + cells.enumerated().map { i, cell in
        numeric.contains(i) ? "<th class=\"n\">\(cell)</th>" : "<th>\(cell)</th>"
      }.joined() + "</tr></thead>"
  }

  static func plusMinus(_ ci: ConfidenceInterval, scale: Double = 1, decimals: Int)
    -> String
  {
    let half = ci.halfWidth.isFinite ? ci.halfWidth * scale : 0
    return "\(NumberFormat.fixed(ci.mean * scale, decimals: decimals)) ± "
      + NumberFormat.fixed(half, decimals: decimals)
  }

  static func corridors(_ run: BriefRun) -> String {
    let routes = run.routes
    let total = max(run.scenario.totalTEUPerYear, 1e-12)
    let kpis = Dictionary(
      run.simulation.corridors.map { ($0.corridor, $0) }, uniquingKeysWith: { a, _ in a })
    var out = [
      "<section><h2>Corridors</h2><table>",
      header(
        ["corridor", "TEU/year", "share of demand", "transit days", "p95 days"],
        numeric: [1, 2, 3, 4]),
      "<tbody>",
    ]
    for corridor in run.scenario.corridors {
      let teu = routes.teuPerYear(onCorridor: corridor.name)
      let kpi = kpis[corridor.name]
      out.append(
        row(
          [
            Markup.escape(corridor.name), NumberFormat.grouped(teu),
            NumberFormat.fixed(100 * teu / total, decimals: 1) + " %",
            kpi.map { plusMinus($0.transitHours, scale: 1 / 24, decimals: 1) } ?? "–",
            kpi.map { NumberFormat.fixed($0.p95TransitHours.mean / 24, decimals: 1) } ?? "–",
          ], numeric: [1, 2, 3, 4]))
    }
    out.append(
      "</tbody></table><p class=\"note\">Shares of the \(NumberFormat.grouped(run.scenario.totalTEUPerYear)) TEU/year of demand from the freight-flow equilibrium; a route may belong to several corridors. Transit days from the simulation, ± the 95 % interval over replications.</p></section>"
    )
    return out.joined(separator: "\n")
  }

  static func checkpoints(_ run: BriefRun) -> String {
    var out = [
      "<table>",
      header(
        [
          "post", "mode", "direction", "hours to clear", "p95 hours", "units/day",
          "fee US$/TEU", "busiest stage",
        ], numeric: [3, 4, 5, 6]),
      "<tbody>",
    ]
    let sorted = run.checkpointsBySlowest
    for c in sorted.prefix(16) {
      let busiest = c.stageUtilization.max { $0.utilization.mean < $1.utilization.mean }
      out.append(
        row(
          [
            Markup.escape(c.node.rawValue), c.mode.rawValue, c.direction?.description ?? "both",
            plusMinus(c.clearanceHours, decimals: 2),
            NumberFormat.fixed(c.p95ClearanceHours.mean, decimals: 1),
            NumberFormat.fixed(c.unitsPerDay.mean, decimals: 1),
            NumberFormat.grouped(c.feeUSDPerTEU),
            busiest.map {
              "\(Markup.escape($0.stage)) \(NumberFormat.fixed(100 * $0.utilization.mean, decimals: 0)) %"
            } ?? "–",
          ], numeric: [3, 4, 5, 6]))
    }
    out.append(
      "</tbody></table><p class=\"note\">Each post on its own: time to clear it (queues, controls, opening hours), the units it clears a day (trucks or trains) and its fee per TEU (CAREC CPMM TFI2). Observed times to clear are compared in the crossings table below, each beside the time of what it covers. "
        + (sorted.count > 16
          ? "The 16 slowest of \(sorted.count) posts; all are in checkpoints.csv."
          : "All \(sorted.count) posts passed by traffic.") + "</p>"
    )
    return out.joined(separator: "\n")
  }

  static func comparison(_ variants: [(run: BriefRun, comparison: Comparison)]) -> String {
    var out = ["<section><h2>Comparison with the base</h2>"]
    for (run, comparison) in variants {
      out.append(
        "<h3>\(Markup.escape(run.scenario.name)) (<code>\(Markup.escape(comparison.variant))</code>)</h3>"
      )
      let changed = comparison.rows.filter { $0.key.subject.checkpoint != nil && $0.isSignificant }
        .sorted { ($0.difference.mean, $0.key) < ($1.difference.mean, $1.key) }
      out.append("<table>")
      out.append(
        header(
          ["crossing", "base h", "variant h", "difference h (95 %)", "change"],
          numeric: [1, 2, 3, 4]))
      out.append("<tbody>")
      for r in changed.prefix(20) {
        out.append(
          row(
            [
              Markup.escape(r.key.subject.name),
              NumberFormat.fixed(r.base, decimals: 2), NumberFormat.fixed(r.variant, decimals: 2),
              plusMinus(r.difference, decimals: 2),
              NumberFormat.fixed(r.percent, decimals: 1) + " %",
            ], numeric: [1, 2, 3, 4]))
      }
      out.append(
        "</tbody></table><p class=\"note\">Crossings whose change is significant (its 95 % interval over paired replications excludes zero): \(changed.count) of \(comparison.rows.filter { $0.key.subject.checkpoint != nil }.count). Both scenarios ran with the same random streams.</p>"
      )
      let hubPart = BriefHubs.section(comparison)
      if !hubPart.isEmpty { out.append(hubPart) }
      let shifts = comparison.corridorFlows.filter { abs($0.variant - $0.base) >= 0.5 }
      if !shifts.isEmpty {
        out.append("<table>")
        out.append(
          header(["corridor", "base TEU/year", "variant TEU/year", "shift"], numeric: [1, 2, 3]))
        out.append("<tbody>")
        for s in shifts {
          out.append(
            row(
              [
                Markup.escape(s.corridor), NumberFormat.grouped(s.base),
                NumberFormat.grouped(s.variant),
                (s.variant >= s.base ? "+" : "−") + NumberFormat.grouped(abs(s.variant - s.base)),
              ], numeric: [1, 2, 3]))
        }
        out.append("</tbody></table>")
      } else {
        out.append("<p>No flow moves between the named corridors.</p>")
      }
    }
    out.append("</section>")
    return out.joined(separator: "\n")
  }

  static func timeUse(_ run: BriefRun) -> String {
    let mean = run.simulation.meanTimeUse
    var out = [
      "<section><h2>Where transit time goes</h2><table>",
      header(["use", "hours per consignment", "share"], numeric: [1, 2]), "<tbody>",
    ]
    for use in TimeUse.allCases {
      let hours = mean.uses[use] ?? 0
      out.append(
        row(
          [
            use.name.replacingOccurrences(of: "_", with: " "),
            NumberFormat.fixed(hours, decimals: 1),
            NumberFormat.fixed(100 * hours / max(mean.transit, 1e-12), decimals: 1) + " %",
          ], numeric: [1, 2]))
    }
    out.append("</tbody></table></section>")
    return out.joined(separator: "\n")
  }

  static func appendix(
    base: BriefRun, variants: [(run: BriefRun, comparison: Comparison)], metadata: BriefMetadata
  ) -> String {
    let options = base.simulation.options
    var out = [
      "<section class=\"appendix\"><h2>Appendix</h2><h3>Methods</h3>",
      "<p>Routes and annual flows come from a multi-class freight-flow equilibrium on generalized cost (money plus value of time × expected time): path-based gradient projection, with congestion at border stages (Allen–Cunneen G/G/c queues plus waits for opening hours), gauge changes, ports and ferries. Transit times come from a discrete-event simulation of consignments along those routes: queues at checkpoint stages and gauge-change yards, scheduled ferry sailings, hub dwell, opening hours. Each figure given with ± is the mean over replications with the half-width of its 95 % Student-t interval; compared scenarios use common random numbers, so differences are paired by replication. The full description is in docs/methods.md; the measure types and the evidence for their defaults are in docs/measures.md.</p>",
      "<h3>Sources of the figures</h3>",
      "<p>Every figure in the scenario files carries its source or is marked as an estimate in the file itself (files and fingerprints below). Border-crossing observations are the CAREC Corridor Performance Measurement and Monitoring indicators (TFI1 time to clear, TFI2 cost to clear).</p>",
    ]
    let runs = [base] + variants.map(\.run)
    let measures = runs.flatMap { run in run.scenario.appliedMeasures.map { (run.scenario.id, $0) }
    }
    if !measures.isEmpty {
      out.append("<table>" + header(["scenario", "measure", "description and source"]) + "<tbody>")
      for (id, measure) in measures {
        out.append(
          row([
            "<code>\(Markup.escape(id))</code>", Markup.escape(measure.name),
            Markup.escape(measure.description),
          ]))
      }
      out.append("</tbody></table>")
    }
    out.append("<h3>Run</h3><table><tbody>")
    let facts: [(String, String)] =
      [
        ("tool", "corridor \(metadata.toolVersion)"),
        ("seed", "\(options.seed)"),
        ("replications", "\(base.simulation.replicationCount)"),
        (
          "simulated period",
          "\(NumberFormat.grouped(options.days)) days after \(NumberFormat.grouped(options.warmUpDays)) days of warm-up"
        ),
      ]
      + runs.map {
        (
          "equilibrium gap (\($0.scenario.id))",
          NumberFormat.scientific($0.assignment.equilibrium.final?.relativeGap ?? .nan)
        )
      }
    for (name, value) in facts {
      out.append(row([Markup.escape(name), Markup.escape(value)]))
    }
    out.append("</tbody></table><h3>Scenario files (SHA-256)</h3><table><tbody>")
    for file in metadata.files {
      out.append(
        row(["<code>\(Markup.escape(file.path))</code>", "<code>\(file.sha256)</code>"]))
    }
    out.append("</tbody></table></section>")
    return out.joined(separator: "\n")
  }
}
