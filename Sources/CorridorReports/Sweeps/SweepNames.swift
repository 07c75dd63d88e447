import CorridorModel
import CorridorSweep

/// The names a sweep's brief writes, in the brief's language: from the sweep file and its
/// scenario, read again for the merge, or the manifest's English names and the ids when they
/// could not be read.
struct SweepNames {
  let manifest: SweepManifest
  private let sweep: LoadedSweepPlan?
  /// The crossings' clearance KPIs in words: "Torugart road, Kyrgyzstan to China".
  private let crossings: [SweepKPI: String]

  /// The names of `manifest`'s sweep, from `sweep` when it could be read; build it while the
  /// brief's phrasebook is in force.
  init(_ manifest: SweepManifest, sweep: LoadedSweepPlan?) {
    self.manifest = manifest
    self.sweep = sweep
    var crossings: [SweepKPI: String] = [:]
    if let scenario = sweep?.scenario {
      for crossing in scenario.crossings {
        let countries = scenario.borderCountries(of: crossing)
        for from in countries {
          for to in countries where to != from {
            let direction = BorderDirection(from: from, to: to)
            let key = ResultKey.crossingClearance(
              CrossingKey(crossing: crossing.id, direction: direction))
            crossings[SweepKPI(key)] = t(
              "{0}, {1}", Names.of(crossing), BriefWords.direction(direction))
          }
        }
      }
    }
    self.crossings = crossings
  }

  /// The sweep's title.
  var title: String {
    sweep.map { Names.local($0.definition.name, $0.definition.otherNames) } ?? manifest.name
  }

  /// The name of the sweep's measure number `index`.
  func measure(_ index: Int) -> String {
    let id = manifest.measures[index]
    guard let record = sweep?.scenario.appliedMeasures.last(where: { $0.id == id }) else {
      return manifest.measureNames[index]
    }
    return Names.of(record)
  }

  /// The name of the measure with id `id`.
  func measure(id: String) -> String {
    manifest.measures.firstIndex(of: id).map(measure) ?? id
  }

  /// The name of the sweep's uncertain input number `index`.
  func input(_ index: Int) -> String {
    guard
      let parameter = sweep?.definition.parameters.first(where: {
        $0.id == manifest.inputs[index].id
      })
    else { return manifest.inputs[index].name }
    return Names.local(parameter.name, parameter.otherNames)
  }

  /// A KPI in words where the scenario names it, else its own text.
  func kpi(_ kpi: SweepKPI) -> String {
    crossings[kpi] ?? kpi.name
  }

  /// The name of the node `id`.
  func place(_ id: String) -> String {
    sweep.map { Names.node(NodeID(id), in: $0.scenario) } ?? id
  }
}
