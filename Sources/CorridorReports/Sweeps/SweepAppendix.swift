import CorridorModel
import CorridorSweep

/// The appendix of a sweep's brief: method, inputs, settings, files, and what the sweep
/// leaves out.
enum SweepAppendix {
  static func html(_ analysis: SweepAnalysis, names: SweepNames, toolVersion: String) -> String {
    let manifest = analysis.manifest
    func paragraph(_ text: String) -> String { "<p>\(Markup.escape(text))</p>" }
    func heading(_ text: String) -> String { "<h3>\(Markup.escape(text))</h3>" }
    var out = [
      "<section class=\"appendix\"><h2>\(Markup.escape(t("Appendix")))</h2>", heading(t("Method")),
      paragraph(
        t(
          "Every variant is the scenario with some of its measures and the inputs at given values, run end to end: the freight-flow equilibrium, then {0} replications of the consignment simulation. Replication r of every variant uses the same random streams, so differences between variants are paired by replication and their intervals are the 95 % Student-t intervals of the paired differences. A measure's Shapley share is its extra effect averaged over every order of adding the measures (Shapley, 1953), computed per replication from every subset of the measures, so the shares add up to the bundle's effect exactly. Inputs varied one at a time go to the 10th and 90th percentiles of their distributions, the others staying at the scenario's values; Latin hypercube samples (McKay, Beckman and Conover, 1979) cover each input's distribution in equal-probability strata. Means and variances are merged unit by unit in a fixed order (Welford; Chan, Golub and LeVeque), so the report is the same to the byte however the units were split over machines.",
          "\(manifest.replications)")),
      heading(t("What the sweep leaves out")),
      paragraph(
        t(
          "Inputs not listed below stay at the scenario's values; their uncertainty is not in these ranges. Each sample's figure still carries the simulation's noise of {0} replications, so percentile bands are somewhat wider than the inputs alone would make them. Ranges marked as estimates are judgement, not measurement.",
          "\(manifest.replications)")),
    ]
    if !manifest.inputs.isEmpty {
      out.append(
        heading(t("Uncertain inputs")) + "<table>"
          + BriefTables.header(
            [t("input"), t("in the scenario"), "P10", "P90", t("source")].map(Markup.escape),
            numeric: [1, 2, 3]) + "<tbody>")
      for (i, input) in manifest.inputs.enumerated() {
        out.append(
          BriefTables.row(
            [
              "\(Markup.escape(names.input(i))) <code>\(Markup.escape(input.id))</code>",
              LocalNumber.significant(input.nominal), LocalNumber.significant(input.low),
              LocalNumber.significant(input.high),
              Markup.escape(
                (input.source ?? "") + (input.estimate ? " (" + t("estimate") + ")" : "")),
            ], numeric: [1, 2, 3]))
      }
      out.append("</tbody></table>")
    }
    out += overloads(analysis, names: names)
    // The run's settings and its files stay together on one page.
    out.append("<div class=\"keep\">" + heading(t("Run")) + "<table><tbody>")
    let facts = [
      (t("tool"), "corridor \(toolVersion)"), (t("random seed"), "\(manifest.seed)"),
      (t("replications per variant"), "\(manifest.replications)"),
      (t("recorded days"), LocalNumber.significant(manifest.days)),
      (t("warm-up days"), LocalNumber.significant(manifest.warmUpDays)),
      (t("measures"), t("{0} over {1}", manifest.measureDesign, "\(manifest.measures.count)")),
      (t("inputs"), t("{0} over {1}", manifest.parameterDesign, "\(manifest.inputs.count)")),
      (t("variants"), "\(manifest.variants.count)"), (t("units"), "\(manifest.units.count)"),
    ]
    for (name, value) in facts {
      out.append(BriefTables.row([Markup.escape(name), Markup.escape(value)]))
    }
    out.append("</tbody></table>" + heading(t("Files")) + "<table>")
    out.append(BriefTables.header([Markup.escape(t("file")), "FNV-1a 64"]) + "<tbody>")
    for file in manifest.files {
      out.append(
        BriefTables.row([
          "<code>\(Markup.escape(file.path))</code>", "<code>\(Markup.escape(file.digest))</code>",
        ]))
    }
    out.append("</tbody></table></div></section>")
    return out.joined(separator: "\n")
  }

  /// The variants run beyond capacity, each with the places of its overloaded facilities and
  /// their loads (the facilities themselves are in `variants.csv`).
  static func overloads(_ analysis: SweepAnalysis, names: SweepNames) -> [String] {
    guard !analysis.overloads.isEmpty else { return [] }
    let manifest = analysis.manifest
    var out = [
      "<h3>\(Markup.escape(t("Variants beyond capacity (queues capped)")))</h3>"
        + "<p class=\"note\">"
        + Markup.escape(
          t("Each place with the load of its most loaded facility; variants.csv names every one."))
        + "</p><ul class=\"note\">"
    ]
    for (variant, facilities) in analysis.overloads.sorted(by: { $0.key < $1.key }) {
      let places = mostLoaded(analysis.overloadedPlaces[variant] ?? [])
      let text =
        !places.isEmpty
        ? places.map {
          t(
            "{0} at {1} of capacity", names.place($0.node),
            LocalNumber.percent(100 * $0.load, decimals: 1))
        }.joined(separator: "; ")
        : facilities.joined(separator: "; ")
      out.append(
        "<li>\(Markup.escape(label(manifest.variants[variant], names: names))): "
          + "\(Markup.escape(text))</li>")
    }
    out.append("</ul>")
    return out
  }

  /// Each place once, with its highest load, most loaded first (ties by place).
  static func mostLoaded(_ places: [OverloadedPlace]) -> [OverloadedPlace] {
    var highest: [String: Double] = [:]
    for place in places { highest[place.node] = max(highest[place.node] ?? 0, place.load) }
    return highest.map { OverloadedPlace(node: $0.key, load: $0.value) }
      .sorted { ($0.load, $1.node) > ($1.load, $0.node) }
  }

  /// A variant in words, as ``SweepManifest/label(_:)`` writes it with ids.
  static func label(_ variant: SweepVariant, names: SweepNames) -> String {
    let manifest = names.manifest
    let on =
      variant.measures.isEmpty
      ? t("no measures")
      : variant.measures.count == manifest.measures.count && manifest.measures.count > 1
        ? t("all measures")
        : variant.measures.map { names.measure(id: $0) }.joined(separator: " + ")
    switch variant.point {
    case .measures: return on
    case .oneAtATime(let p, let high):
      let input = manifest.inputs.indices.contains(p) ? names.input(p) : "\(p + 1)"
      return high ? t("{0}, {1} high", on, input) : t("{0}, {1} low", on, input)
    case .factorial(let corner): return t("{0}, corner {1}", on, "\(corner)")
    case .sample(let s): return t("{0}, sample {1}", on, "\(s + 1)")
    }
  }
}
