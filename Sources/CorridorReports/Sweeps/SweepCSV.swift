import CorridorSimulation
import CorridorSweep

/// The sweep's tables as CSV: every KPI, every estimate with its 95 % interval.
enum SweepCSV {
  static let kpiColumns = ["kind", "subject", "measure"]
  static let intervalColumns = ["mean", "lower", "upper", "replications"]

  static func kpi(_ kpi: SweepKPI) -> [String] { [kpi.kind, kpi.name, kpi.measure] }

  static func interval(_ ci: ConfidenceInterval?) -> [String] {
    guard let ci else { return ["", "", "", ""] }
    return [
      CSVTable.number(ci.mean), CSVTable.number(ci.lower), CSVTable.number(ci.upper),
      "\(ci.observations)",
    ]
  }

  static func prefixed(_ prefix: String) -> [String] { intervalColumns.map { "\(prefix)_\($0)" } }

  /// `variants.csv`: each variant's measures, input values and overloaded facilities.
  static func variants(_ analysis: SweepAnalysis) -> String {
    var table = CSVTable(
      header: ["variant", "point", "measures"] + analysis.manifest.inputs.map(\.id) + ["overloaded"]
    )
    for variant in analysis.manifest.variants {
      table.append(
        [
          "\(variant.index)", point(variant.point, analysis),
          variant.measures.joined(separator: " "),
        ]
          + variant.values.map { CSVTable.number($0) }
          + [analysis.overloads[variant.index]?.joined(separator: "; ") ?? ""])
    }
    return table.text
  }

  /// `variant-kpis.csv`: each variant's mean of every KPI over its replications.
  static func variantKPIs(_ analysis: SweepAnalysis) -> String {
    var table = CSVTable(header: ["variant"] + kpiColumns + intervalColumns)
    for variant in analysis.manifest.variants {
      for (k, kpi) in analysis.keys.enumerated() {
        guard let mean = analysis.variantMeans[variant.index][k] else { continue }
        table.append(["\(variant.index)"] + self.kpi(kpi) + interval(mean))
      }
    }
    return table.text
  }

  static func point(_ point: SweepVariant.Point, _ analysis: SweepAnalysis) -> String {
    switch point {
    case .measures: "measures"
    case .oneAtATime(let p, let high):
      "\(analysis.manifest.inputs[p].id) \(high ? "high" : "low")"
    case .factorial(let corner): "corner \(corner)"
    case .sample(let s): "sample \(s + 1)"
    }
  }

  /// `measures.csv`: by KPI, the bundle's effect and each measure's effect alone and Shapley
  /// share.
  static func measures(_ analysis: SweepAnalysis) -> String {
    var table = CSVTable(
      header: kpiColumns + ["measure"] + prefixed("alone") + prefixed("shapley")
        + prefixed("bundle_effect") + prefixed("interaction"))
    for row in analysis.measures {
      for effect in row.measures {
        table.append(
          kpi(row.kpi) + [effect.measure] + interval(effect.alone) + interval(effect.shapley)
            + interval(row.bundleEffect) + interval(row.interaction))
      }
    }
    return table.text
  }

  /// `tornado.csv`: by KPI, each input's low and high values and the KPI's change at each.
  static func tornado(_ analysis: SweepAnalysis) -> String {
    var table = CSVTable(
      header: kpiColumns + ["input", "low_value", "high_value"] + prefixed("at_low")
        + prefixed("at_high") + prefixed("bundle_effect_at_low")
        + prefixed("bundle_effect_at_high"))
    for tornado in analysis.tornadoes {
      for bar in tornado.bars {
        let input = analysis.manifest.inputs[bar.input]
        table.append(
          kpi(tornado.kpi) + [input.id, CSVTable.number(input.low), CSVTable.number(input.high)]
            + interval(bar.atLow) + interval(bar.atHigh) + interval(bar.effectAtLow)
            + interval(bar.effectAtHigh))
      }
    }
    return table.text
  }

  /// `main-effects.csv`: by KPI, each input's main effect in the factorial design.
  static func mainEffects(_ analysis: SweepAnalysis) -> String {
    var table = CSVTable(
      header: kpiColumns + ["input"] + prefixed("effect") + prefixed("effect_on_bundle"))
    for row in analysis.mainEffects {
      for effect in row.effects {
        table.append(
          kpi(row.kpi) + [analysis.manifest.inputs[effect.input].id] + interval(effect.effect)
            + interval(effect.effectOnBundle))
      }
    }
    return table.text
  }

  /// `bands.csv`: by KPI, P10, P50 and P90 over the samples with their intervals.
  static func bands(_ analysis: SweepAnalysis) -> String {
    let columns = ["p10", "p50", "p90"].flatMap { ["\($0)", "\($0)_lower", "\($0)_upper"] }
    var table = CSVTable(header: kpiColumns + ["quantity", "samples"] + columns + ["exact"])
    for row in analysis.bands {
      for band in row.bands {
        let percentiles = [band.p10, band.p50, band.p90]
        table.append(
          kpi(row.kpi) + [band.label, "\(analysis.samples)"]
            + percentiles.flatMap {
              [CSVTable.number($0.value), CSVTable.number($0.lower), CSVTable.number($0.upper)]
            } + [percentiles.allSatisfy(\.isExact) ? "yes" : "no"])
      }
    }
    return table.text
  }
}

extension SweepAnalysis {
  /// The number of Latin hypercube samples (0 for other designs).
  var samples: Int {
    manifest.variants.filter {
      if case .sample = $0.point { $0.measures.isEmpty } else { false }
    }.count
  }
}
