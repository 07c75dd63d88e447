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
    return LocalNumber.grouped(ci.mean * scale, decimals: decimals) + " ± "
      + LocalNumber.grouped(half, decimals: decimals)
  }

  /// A header row of texts in the report's language.
  static func words(_ cells: [String], numeric: Set<Int> = []) -> String {
    header(cells.map(Markup.escape), numeric: numeric)
  }

  static func corridors(_ run: BriefRun) -> String {
    let routes = run.routes
    let total = max(run.scenario.totalTEUPerYear, 1e-12)
    let kpis = Dictionary(
      run.simulation.corridors.map { ($0.corridor, $0) }, uniquingKeysWith: { a, _ in a })
    var out = [
      "<section><h2>\(Markup.escape(t("Corridors")))</h2><table>",
      words(
        [
          t("corridor"), t("TEU a year"), t("share of demand"), t("days in transit (95 %)"),
          t("1 in 20 takes more than, days"),
        ], numeric: [1, 2, 3, 4]),
      "<tbody>",
    ]
    for corridor in run.scenario.corridors {
      let teu = routes.teuPerYear(onCorridor: corridor.name)
      let kpi = kpis[corridor.name]
      out.append(
        row(
          [
            Markup.escape(Names.of(corridor)), LocalNumber.grouped(teu),
            LocalNumber.percent(100 * teu / total, decimals: 1),
            kpi.map { plusMinus($0.transitHours, scale: 1 / 24, decimals: 1) } ?? "–",
            kpi.map { LocalNumber.fixed($0.p95TransitHours.mean / 24, decimals: 1) } ?? "–",
          ], numeric: [1, 2, 3, 4]))
    }
    let note = t(
      "Shares of the {0} TEU a year of demand, from the freight-flow equilibrium; a route may belong to several corridors. Days in transit from the simulation, ± the 95 % interval over replications.",
      LocalNumber.grouped(run.scenario.totalTEUPerYear))
    out.append("</tbody></table><p class=\"note\">\(Markup.escape(note))</p></section>")
    return out.joined(separator: "\n")
  }

  /// A checkpoint as the brief names it: its place, mode and direction.
  static func post(_ c: SimulationResult.CheckpointKPI, in scenario: Scenario) -> String {
    t(
      "{0} ({1}, {2})", Names.node(c.node, in: scenario), BriefWords.family(c.mode),
      c.direction.map(BriefWords.direction) ?? t("both directions"))
  }

  static func checkpoints(_ run: BriefRun) -> String {
    var out = [
      "<table>",
      words(
        [
          t("border post"), t("hours to clear (95 %)"), t("1 in 20 waits more than, h"),
          t("trucks or trains a day"), t("fee, US$ per TEU"), t("busiest control"),
        ], numeric: [1, 2, 3, 4]),
      "<tbody>",
    ]
    let sorted = run.checkpointsBySlowest
    for c in sorted.prefix(16) {
      let busiest = c.stageUtilization.max { $0.utilization.mean < $1.utilization.mean }
      out.append(
        row(
          [
            Markup.escape(post(c, in: run.scenario)),
            plusMinus(c.clearanceHours, decimals: 2),
            LocalNumber.fixed(c.p95ClearanceHours.mean, decimals: 1),
            LocalNumber.fixed(c.unitsPerDay.mean, decimals: 1),
            LocalNumber.grouped(c.feeUSDPerTEU),
            busiest.map {
              Markup.escape(
                t(
                  "{0}, busy {1} % of open hours", t($0.stage),
                  LocalNumber.fixed(100 * $0.utilization.mean, decimals: 0)))
            } ?? "–",
          ], numeric: [1, 2, 3, 4]))
    }
    let note =
      t(
        "Each post on its own: time to clear it (queues, controls, opening hours), the trucks or trains it clears a day and its fee per TEU (CAREC CPMM TFI2). Observed times to clear are compared in the crossings table below, each beside the time of what it covers."
      ) + " "
      + (sorted.count > 16
        ? t("The 16 slowest of {0} posts; all are in checkpoints.csv.", "\(sorted.count)")
        : t("All {0} posts passed by traffic.", "\(sorted.count)"))
    out.append("</tbody></table><p class=\"note\">\(Markup.escape(note))</p>")
    return out.joined(separator: "\n")
  }

  static func comparison(_ variants: [(run: BriefRun, comparison: Comparison)], base: BriefRun)
    -> String
  {
    var out = ["<section><h2>\(Markup.escape(t("Comparison with the base")))</h2>"]
    for (run, comparison) in variants {
      out.append("<h3>\(Markup.escape(Names.scenario(run.scenario)))</h3>")
      let all = comparison.rows.filter { $0.key.subject.checkpoint != nil }
      let changed = all.filter(\.isSignificant)
        .sorted { ($0.difference.mean, $0.key) < ($1.difference.mean, $1.key) }
      out.append("<table>")
      out.append(
        words(
          [
            t("border post"), t("base, h"), t("what-if, h"), t("difference, h (95 %)"),
            t("change"),
          ], numeric: [1, 2, 3, 4]))
      out.append("<tbody>")
      for r in changed.prefix(20) {
        out.append(
          row(
            [
              Markup.escape(BriefWords.subject(r.key.subject, in: base.scenario)),
              LocalNumber.fixed(r.base, decimals: 2), LocalNumber.fixed(r.variant, decimals: 2),
              plusMinus(r.difference, decimals: 2),
              LocalNumber.percent(r.percent, decimals: 1),
            ], numeric: [1, 2, 3, 4]))
      }
      let note = t(
        "Border posts whose change is significant (its 95 % interval over paired replications excludes zero): {0} of {1}. Both scenarios ran with the same random streams.",
        "\(changed.count)", "\(all.count)")
      out.append("</tbody></table><p class=\"note\">\(Markup.escape(note))</p>")
      let hubPart = BriefHubs.section(comparison, scenario: run.scenario)
      if !hubPart.isEmpty { out.append(hubPart) }
      let shifts = comparison.corridorFlows.filter { abs($0.variant - $0.base) >= 0.5 }
      if !shifts.isEmpty {
        out.append("<table>")
        out.append(
          words(
            [t("corridor"), t("base, TEU a year"), t("what-if, TEU a year"), t("shift")],
            numeric: [1, 2, 3]))
        out.append("<tbody>")
        for s in shifts {
          let name = Names.corridor(named: s.corridor, in: base.scenario)
          out.append(
            row(
              [
                Markup.escape(name), LocalNumber.grouped(s.base),
                LocalNumber.grouped(s.variant),
                (s.variant >= s.base ? "+" : "−") + LocalNumber.grouped(abs(s.variant - s.base)),
              ], numeric: [1, 2, 3]))
        }
        out.append("</tbody></table>")
      } else {
        out.append("<p>\(Markup.escape(t("No flow moves between the named corridors.")))</p>")
      }
      out.append(BriefEconomics.section(run: run, comparison: comparison, base: base.scenario))
    }
    out.append("</section>")
    return out.joined(separator: "\n")
  }

  static func timeUse(_ run: BriefRun) -> String {
    let mean = run.simulation.meanTimeUse
    var out = [
      "<section><h2>\(Markup.escape(t("Where transit time goes")))</h2><table>",
      words([t("time spent"), t("hours per consignment"), t("share")], numeric: [1, 2]),
      "<tbody>",
    ]
    for use in TimeUse.allCases {
      let hours = mean.uses[use] ?? 0
      out.append(
        row(
          [
            Markup.escape(BriefWords.timeUse(use)),
            LocalNumber.fixed(hours, decimals: 1),
            LocalNumber.percent(100 * hours / max(mean.transit, 1e-12), decimals: 1),
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
      "<section class=\"appendix\"><h2>\(Markup.escape(t("Appendix")))</h2>",
      "<h3>\(Markup.escape(t("Methods")))</h3>",
      "<p>"
        + Markup.escape(
          t(
            "Routes and annual flows come from a freight-flow equilibrium on generalized cost (money plus value of time × expected time) for each commodity, with congestion at border controls (queues with several servers plus waits for opening hours), gauge changes, ports and ferries. Transit times come from a simulation of consignments, one by one, along those routes: queues at border controls and gauge-change yards, scheduled ferry sailings, hub dwell, opening hours. Each figure given with ± is the mean over replications with the half-width of its 95 % interval; compared scenarios use the same random streams, so differences are paired by replication. The full description is in docs/methods.md; the measure types and the evidence for their defaults are in docs/measures.md."
          )) + "</p>",
      "<h3>\(Markup.escape(t("Sources of the figures")))</h3>",
      "<p>"
        + Markup.escape(
          t(
            "Every figure in the scenario files carries its source or is marked as an estimate in the file itself (files and fingerprints below). Border-crossing observations are the CAREC Corridor Performance Measurement and Monitoring indicators (TFI1 time to clear, TFI2 cost to clear). Borders and coastlines on the maps: Natural Earth (public domain)."
          )) + "</p>",
    ]
    let runs = [base] + variants.map(\.run)
    let measures = runs.flatMap { run in run.scenario.appliedMeasures.map { (run.scenario, $0) } }
    if !measures.isEmpty {
      out.append(
        "<table>" + words([t("scenario"), t("measure"), t("description and source")])
          + "<tbody>")
      for (scenario, measure) in measures {
        out.append(
          row([
            Markup.escape(Names.scenario(scenario)), Markup.escape(Names.of(measure)),
            Markup.escape(Names.description(of: measure)),
          ]))
      }
      out.append("</tbody></table>")
    }
    out.append("<h3>\(Markup.escape(t("Run")))</h3><table><tbody>")
    let facts: [(String, String)] =
      [
        (t("tool"), "corridor \(metadata.toolVersion)"),
        (t("random seed"), "\(options.seed)"),
        (t("replications"), "\(base.simulation.replicationCount)"),
        (
          t("simulated period"),
          t(
            "{0} days after {1} days of warm-up", LocalNumber.grouped(options.days),
            LocalNumber.grouped(options.warmUpDays))
        ),
      ]
      + runs.map {
        (
          t("equilibrium: {0}", Names.scenario($0.scenario)),
          BriefWords.gap($0.assignment.equilibrium.final?.relativeGap ?? .nan)
        )
      }
    for (name, value) in facts {
      out.append(row([Markup.escape(name), Markup.escape(value)]))
    }
    // The files and their fingerprints stay together on one page, each fingerprint on one line.
    out.append(
      "</tbody></table><div class=\"keep\"><h3>\(Markup.escape(t("Scenario files (SHA-256)")))</h3>"
        + "<table><tbody>")
    for file in metadata.files {
      out.append(
        row([
          "<code>\(Markup.escape(file.path))</code>",
          "<code class=\"digest\">\(file.sha256)</code>",
        ]))
    }
    out.append("</tbody></table></div></section>")
    return out.joined(separator: "\n")
  }
}
