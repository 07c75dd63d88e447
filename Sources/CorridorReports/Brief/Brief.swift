import CorridorAssignment
import CorridorCalibration
import CorridorModel
import CorridorSimulation
import CorridorStudy

/// What a brief says about how it was made: tool version, date, input files, run settings.
public struct BriefMetadata: Sendable {
  /// The version of the tool that made the brief.
  public var toolVersion: String
  /// The date printed on the brief (YYYY-MM-DD).
  public var date: String
  /// Every scenario file read, with its SHA-256.
  public var files: [(path: String, sha256: String)]

  /// Creates the metadata.
  public init(toolVersion: String, date: String, files: [(path: String, sha256: String)]) {
    self.toolVersion = toolVersion
    self.date = date
    self.files = files
  }
}

/// The results of one scenario, as a brief reads them.
struct BriefRun: Sendable {
  /// The run.
  let run: ScenarioRun
  /// The checkpoint KPIs, slowest to clear first, derived once from the simulation.
  let checkpointsBySlowest: [SimulationResult.CheckpointKPI]

  /// The scenario.
  var scenario: Scenario { run.scenario }
  /// Its equilibrium.
  var assignment: CorridorAssignmentResult { run.assignment }
  /// Its simulation.
  var simulation: SimulationResult { run.simulation }
  /// The equilibrium routes.
  var routes: [AssignedRoute] { run.routes }

  init(_ run: ScenarioRun) {
    self.run = run
    checkpointsBySlowest = run.simulation.checkpoints.sorted {
      ($0.clearanceHours.mean, $1.node.rawValue) > ($1.clearanceHours.mean, $0.node.rawValue)
    }
  }
}

/// `brief.html`: a self-contained, printable (A4) document for a ministerial meeting.
///
/// It holds the key findings as sentences, the KPI and comparison tables, a UNESCAP
/// time/cost-distance chart for each main corridor, a chart of clearance times, a map with
/// line width by flow, and an appendix with methods, sources and run metadata. It uses no
/// external assets, and the same inputs give the same bytes.
public enum Brief {
  /// The brief of a run (`variants` empty) or of a comparison of variants with a base.
  public static func html(
    base: ScenarioRun, variants: [(run: ScenarioRun, comparison: Comparison)],
    metadata: BriefMetadata, fit: FitTable? = nil, phrasebook: Phrasebook = .english,
    agendaCorridors: [String]? = nil
  ) -> String {
    Phrasebook.$current.withValue(phrasebook) {
      html(
        base: BriefRun(base), variants: variants.map { (BriefRun($0.run), $0.comparison) },
        metadata: metadata, fit: fit, agendaCorridors: agendaCorridors)
    }
  }

  private static func html(
    base: BriefRun, variants: [(run: BriefRun, comparison: Comparison)], metadata: BriefMetadata,
    fit: FitTable?, agendaCorridors: [String]?
  ) -> String {
    let scenario = base.scenario
    let title =
      switch variants.count {
      case 0: Names.scenario(scenario)
      case 1:
        t("{0} against {1}", Names.scenario(variants[0].run.scenario), Names.scenario(scenario))
      default: t("{0} against {1} what-if cases", Names.scenario(scenario), "\(variants.count)")
      }
    var body: [String] = []
    body.append("<header><h1>\(Markup.escape(title))</h1>")
    var meta: [String] = [metadata.date]
    if let year = scenario.year { meta.append(t("year {0}", "\(year)")) }
    body.append(
      "<p class=\"meta\">" + Markup.escape(meta.joined(separator: " · ")) + "</p></header>")
    for run in [base] + variants.map(\.run) {
      guard let note = OverloadNote.text(run.simulation, namingOption: false) else { continue }
      body.append(
        "<p class=\"note\"><strong>\(Markup.escape(Names.scenario(run.scenario))): "
          + "\(Markup.escape(note))</strong></p>")
    }
    body.append("<section><h2>\(Markup.escape(t("Key findings")))</h2><ol>")
    for finding in (fit.flatMap(BriefFit.finding).map { [$0] } ?? [])
      + BriefFindings.sentences(base: base, variants: variants)
    {
      body.append("<li>\(Markup.escape(finding))</li>")
    }
    body.append("</ol></section>")
    body.append(BriefFit.section(fit, scenario: scenario, isBase: !variants.isEmpty))
    body.append(BriefTables.corridors(base))
    if !variants.isEmpty {
      body.append(BriefTables.comparison(variants, base: base))
    }
    body.append(clearanceSection(base: base, variants: variants))
    body.append(BriefProfiles.section(base, ids: agendaCorridors))
    body += BriefMaps.sections(base: base, variants: variants)
    body.append(BriefTables.timeUse(base))
    body.append(BriefTables.appendix(base: base, variants: variants, metadata: metadata))
    return document(title: title, toolVersion: metadata.toolVersion, body: body)
  }

  /// A whole self-contained page: the brief's style, `title`, and `body`'s parts in order.
  static func document(title: String, toolVersion: String, body: [String]) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(Phrasebook.current.language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="generator" content="corridor \(Markup.escape(toolVersion))">
    <title>\(Markup.escape(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>
    \(body.joined(separator: "\n"))
    </body>
    </html>

    """
  }

  private static func clearanceSection(
    base: BriefRun, variants: [(run: BriefRun, comparison: Comparison)]
  ) -> String {
    let checkpoints = base.checkpointsBySlowest.prefix(16)
    func key(_ c: SimulationResult.CheckpointKPI) -> CheckpointKey { c.key }
    var rows: [(label: String, values: [Double])] = []
    let series: [String]
    let title: String
    let observed = CrossingComparison(base.simulation).rows.filter { $0.observed != nil }
    if variants.isEmpty && !observed.isEmpty {
      series = [t("simulated"), t("observed")]
      title = t("Hours to clear the crossings: simulated, and observed for the same posts")
      let scenario = base.scenario
      for row in observed.prefix(16) {
        let side = row.side.map { ", " + t("{0} side", BriefWords.country($0)) } ?? ""
        rows.append(
          (
            Names.crossing(row.crossing, in: scenario) + ", "
              + (row.borderDirection.map(BriefWords.direction) ?? t("both directions")) + side,
            [row.simulated?.mean ?? .nan, row.observed?.hours ?? .nan]
          ))
      }
    } else if variants.isEmpty {
      series = [t("simulated")]
      title = t("Hours to clear the slowest border posts")
      for c in checkpoints {
        rows.append((BriefTables.post(c, in: base.scenario), [c.clearanceHours.mean]))
      }
    } else {
      series = [Names.scenario(base.scenario)] + variants.map { Names.scenario($0.run.scenario) }
      title = t("Hours to clear the slowest border posts: base and what-if cases")
      let lookups = variants.map { variant in
        Dictionary(
          variant.run.checkpointsBySlowest.map { (key($0), $0.clearanceHours.mean) },
          uniquingKeysWith: { a, _ in a })
      }
      for c in checkpoints {
        rows.append(
          (
            BriefTables.post(c, in: base.scenario),
            [c.clearanceHours.mean] + lookups.map { $0[key(c)] ?? .nan }
          ))
      }
    }
    return "<section><h2>\(Markup.escape(t("Border crossings: time to clear")))</h2>\n"
      + BriefCharts.clearance(rows: rows, series: series, title: title) + "\n"
      + BriefTables.checkpoints(base) + BriefCrossings.table(base.simulation) + "</section>"
  }

  static let style = """
    @page { size: A4; margin: 15mm 14mm; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #1b1b1b; max-width: 182mm; margin: 0 auto; }
    h1 { font-size: 17pt; margin: 0 0 2mm; }
    h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; page-break-after: avoid; }
    .meta, .note { color: #555; }
    .ns { color: #8a8a8a; }
    .keep { page-break-inside: avoid; }
    code.digest { font-size: 6.5pt; white-space: nowrap; }
    .note { font-size: 8.5pt; }
    table { border-collapse: collapse; width: 100%; margin: 2mm 0; page-break-inside: auto; }
    tr { page-break-inside: avoid; }
    th, td { border-bottom: 1px solid #ddd; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
    td:not(.n) { overflow-wrap: anywhere; min-width: 3.5em; }
    td.n, th.n { text-align: right; }
    td.n { white-space: nowrap; }
    th { background: #eef2f6; font-size: 8pt; }
    figure { margin: 3mm 0; page-break-inside: avoid; }
    figcaption { margin-bottom: 1mm; }
    svg { max-width: 100%; height: auto; font-size: 8px; font-family: inherit; }
    svg .title { font-size: 9px; font-weight: bold; }
    svg .grid { stroke: #e3e3e3; stroke-width: 0.6; }
    svg .axis { stroke: #444; stroke-width: 0.8; }
    svg .run { stroke: #1f4e79; stroke-width: 1.6; }
    svg .stop { stroke: #c0392b; stroke-width: 2.2; }
    svg .series0 { fill: #1f4e79; }
    svg .series1 { fill: #e39b2d; }
    svg .series2 { fill: #4c9a52; }
    svg .series3 { fill: #8e5ea2; }
    svg .series4 { fill: #b04a4a; }
    svg .sea { fill: #f6f8fa; }
    svg .rail { stroke: #1f4e79; stroke-linecap: round; }
    svg .road { stroke: #c0392b; stroke-linecap: round; }
    svg .water { stroke: #2e86c1; stroke-dasharray: 4 2; }
    svg .transfer { stroke: #888; }
    svg .node { fill: #333; }
    svg .checkpoint { fill: #e39b2d; stroke: #333; stroke-width: 0.5; }
    svg .hub { fill: #b5179e; stroke: #fff; stroke-width: 1; }
    svg .label { font-size: 7px; fill: #333; }
    section.map { page-break-before: always; }
    section.map svg { page-break-inside: avoid; max-height: 245mm; width: auto; height: auto; }
    figure svg { max-height: 135mm; width: auto; height: auto; }
    figure.profile svg { max-height: 120mm; }
    code { font-size: 8.5pt; }
    """
}
