import CorridorModel
import CorridorSweep

/// The appendix of a sweep's brief: method, inputs, settings, files, and what the sweep
/// leaves out.
enum SweepAppendix {
  static func html(_ analysis: SweepAnalysis, toolVersion: String) -> String {
    let manifest = analysis.manifest
    var out = [
      "<section class=\"appendix\"><h2>Appendix</h2><h3>Method</h3>",
      "<p>Every variant is the scenario with some of its measures and the inputs at given "
        + "values, run end to end: the freight-flow equilibrium, then \(manifest.replications) "
        + "replications of the consignment simulation. Replication r of every variant uses the "
        + "same random streams, so differences between variants are paired by replication and "
        + "their intervals are the 95 % Student-t intervals of the paired differences. A "
        + "measure's Shapley share is its extra effect averaged over every order of adding the "
        + "measures (Shapley, 1953), computed per replication from every subset of the measures, "
        + "so the shares add up to the bundle's effect exactly. Inputs varied one at a time go "
        + "to the 10th and 90th percentiles of their distributions, the others staying at the "
        + "scenario's values; Latin hypercube samples (McKay, Beckman and Conover, 1979) cover "
        + "each input's distribution in equal-probability strata. Means and variances are "
        + "merged unit by unit in a fixed order (Welford; Chan, Golub and LeVeque), so the "
        + "report is the same to the byte however the units were split over machines.</p>",
      "<h3>What the sweep leaves out</h3>",
      "<p>Inputs not listed below stay at the scenario's values; their uncertainty is not in "
        + "these ranges. Each sample's figure still carries the simulation's noise of "
        + "\(manifest.replications) replications, so percentile bands are somewhat wider than "
        + "the inputs alone would make them. Ranges marked as estimates are judgement, not "
        + "measurement.</p>",
    ]
    if !manifest.inputs.isEmpty {
      out.append(
        "<h3>Uncertain inputs</h3><table>"
          + BriefTables.header(
            ["input", "in the scenario", "P10", "P90", "source"], numeric: [1, 2, 3]) + "<tbody>")
      for input in manifest.inputs {
        out.append(
          BriefTables.row(
            [
              "\(Markup.escape(input.name)) <code>\(Markup.escape(input.id))</code>",
              NumberFormat.significant(input.nominal), NumberFormat.significant(input.low),
              NumberFormat.significant(input.high),
              Markup.escape((input.source ?? "") + (input.estimate ? " (estimate)" : "")),
            ], numeric: [1, 2, 3]))
      }
      out.append("</tbody></table>")
    }
    if !analysis.overloads.isEmpty {
      out.append("<h3>Variants beyond capacity (queues capped)</h3><ul class=\"note\">")
      for (variant, facilities) in analysis.overloads.sorted(by: { $0.key < $1.key }) {
        out.append(
          "<li>\(Markup.escape(manifest.label(manifest.variants[variant]))): "
            + "\(Markup.escape(facilities.joined(separator: "; ")))</li>")
      }
      out.append("</ul>")
    }
    out.append("<h3>Run</h3><table><tbody>")
    let facts = [
      ("tool", "corridor \(toolVersion)"), ("seed", "\(manifest.seed)"),
      ("replications per variant", "\(manifest.replications)"),
      ("recorded days", NumberFormat.significant(manifest.days)),
      ("warm-up days", NumberFormat.significant(manifest.warmUpDays)),
      ("measures", "\(manifest.measureDesign) over \(manifest.measures.count)"),
      ("inputs", "\(manifest.parameterDesign) over \(manifest.inputs.count)"),
      ("variants", "\(manifest.variants.count)"), ("units", "\(manifest.units.count)"),
    ]
    for (name, value) in facts {
      out.append(BriefTables.row([Markup.escape(name), Markup.escape(value)]))
    }
    out.append("</tbody></table><h3>Files</h3><table>")
    out.append(BriefTables.header(["file", "FNV-1a 64"]) + "<tbody>")
    for file in manifest.files {
      out.append(
        BriefTables.row([
          "<code>\(Markup.escape(file.path))</code>", "<code>\(Markup.escape(file.digest))</code>",
        ]))
    }
    out.append("</tbody></table></section>")
    return out.joined(separator: "\n")
  }
}
