import CorridorModel
import Foundation

/// A sweep file that loaded without errors, with the scenario it varies.
public struct LoadedSweep: Sendable {
  /// The definition, its measures spelled out (`measures: all` gives the file's own).
  public var definition: SweepDefinition
  /// The scenario with all its measures.
  public var scenario: Scenario
  /// The scenario files read, root base first.
  public var scenarioFiles: [String]
}

/// Loads sweep files: reads and decodes them, loads the scenario they vary, and checks the
/// measures and parameters against it.
///
/// Loading never traps on bad input: every problem becomes a ``Diagnostic`` with its file,
/// line and column, and all of them are reported together.
public enum SweepLoader {
  /// Loads the sweep file at `path`.
  ///
  /// - Throws: ``ScenarioError`` with every diagnostic when there is at least one error, the
  ///   scenario's own included.
  public static func load(path: String) throws(ScenarioError) -> LoadedSweep {
    let sink = DiagnosticSink()
    guard let source = SourceText.read(path: path, url: URL(fileURLWithPath: path), sink: sink),
      let root = YAMLDocument.parse(source, sink: sink)
    else { throw ScenarioError(diagnostics: sink.sorted()) }
    let context = DecodingContext(path: path, sink: sink)
    guard var sweep = SweepDecoder.decode(root, path: path, context: context) else {
      throw ScenarioError(diagnostics: sink.sorted())
    }
    let scenarioPath = sweep.definition.scenarioPath
    guard FileManager.default.fileExists(atPath: scenarioPath) else {
      sink.error(
        sweep.scenario,
        "scenario '\(scenarioPath)' not found; 'scenario' takes a path relative to the sweep file")
      throw ScenarioError(diagnostics: sink.sorted())
    }
    let report = ScenarioLoader.validate(path: scenarioPath)
    guard let scenario = report.scenario, report.errors.isEmpty else {
      sink.error(
        sweep.scenario, "scenario '\(scenarioPath)' has errors (listed with it); fix them first")
      throw ScenarioError(diagnostics: sink.sorted() + report.errors)
    }
    let checks = SweepChecks(scenario: scenario, sink: sink)
    checks.run(&sweep, ownMeasures: report.ownMeasures)
    guard !sink.hasErrors else { throw ScenarioError(diagnostics: sink.sorted()) }
    return LoadedSweep(
      definition: sweep.definition, scenario: scenario, scenarioFiles: report.files)
  }
}

/// Checks a sweep against the scenario it varies.
struct SweepChecks {
  let scenario: Scenario
  let sink: DiagnosticSink

  func run(_ sweep: inout LocatedSweep, ownMeasures: [String]) {
    checkMeasures(&sweep, ownMeasures: ownMeasures)
    var seen: [String: SourceLocation] = [:]
    for parameter in sweep.parameters {
      let id = parameter.value.id
      if let earlier = seen[id] {
        sink.error(
          parameter.location(of: "id"),
          "duplicate parameter id '\(id)' (first at line \(earlier.line)); each must be unique")
      }
      seen[id] = parameter.location(of: "id")
      check(parameter)
    }
    let definition = sweep.definition
    if definition.measures.isEmpty && definition.parameters.isEmpty {
      sink.error(
        sweep.measuresKey,
        "the sweep varies nothing: give 'measures:' (ids of measures in the scenario file) or "
          + "'parameters:' (uncertain inputs)")
    }
    let units = definition.variantCount * definition.replications
    if definition.measureDesign != .allSubsets
      || definition.measures.count <= SweepDefinition.maximumShapleyMeasures,
      definition.parameters.count <= SweepDefinition.maximumFactorialParameters
        || !definition.parameterDesigns.contains(.factorial),
      units > SweepDefinition.maximumUnits
    {
      sink.error(
        sweep.design,
        "the sweep would run \(units) units (\(definition.variantCount) variants × "
          + "\(definition.replications) replications); at most \(SweepDefinition.maximumUnits): "
          + "take fewer samples or replications, or split it into several sweeps")
    }
    if definition.parameterDesigns.contains(.factorial),
      definition.parameters.count > SweepDefinition.maximumFactorialParameters
    {
      sink.error(
        sweep.design,
        "a factorial design of \(definition.parameters.count) parameters has "
          + "2^\(definition.parameters.count) combinations; use at most "
          + "\(SweepDefinition.maximumFactorialParameters), or 'latin_hypercube'")
    }
  }

  private func checkMeasures(_ sweep: inout LocatedSweep, ownMeasures: [String]) {
    let file = (sweep.definition.scenarioPath as NSString).lastPathComponent
    if sweep.allMeasures {
      if ownMeasures.isEmpty {
        sink.error(sweep.measuresKey, "'measures: all' but \(file) writes no measures of its own")
      }
      sweep.definition.measures = ownMeasures
    }
    var seen: Set<String> = []
    for (id, location) in zip(sweep.definition.measures, sweep.measures) {
      if !seen.insert(id).inserted {
        sink.error(location, "measure '\(id)' is listed twice; list each once")
      } else if !ownMeasures.contains(id) {
        let known = ownMeasures.isEmpty ? "it writes none" : ownMeasures.joined(separator: ", ")
        sink.error(
          location,
          "\(file) has no measure '\(id)'\(Spelling.hint(for: id, among: ownMeasures)); a sweep "
            + "decomposes measures written in the scenario file itself (\(known))")
      }
    }
    let count = sweep.definition.measures.count
    if sweep.definition.measureDesign == .allSubsets,
      count > SweepDefinition.maximumShapleyMeasures
    {
      sink.error(
        sweep.design,
        "\(count) measures have 2^\(count) subsets; 'measures: all_subsets' (exact Shapley "
          + "shares) takes at most \(SweepDefinition.maximumShapleyMeasures): use "
          + "'one_at_a_time' or decompose fewer")
    }
  }

  private func check(_ parameter: Located<SweepParameter>) {
    let label = "parameter '\(parameter.value.id)'"
    let here = parameter.location(of: "target")
    var range = 0.001...1_000.0
    var unit = "a factor"
    switch parameter.value.target {
    case .calibration(let target):
      ObservationChecks(scenario: scenario, sink: sink).checkTarget(target, at: here, label: label)
      switch target {
      case .logitScale:
        range = 0.01...1e7
        unit = "USD per TEU"
      case .choiceConstant:
        range = 0...1e6
        unit = "USD per TEU"
      default: break
      }
    case .everyServiceScale:
      if !scenario.nodes.contains(where: { $0.checkpoint != nil }) {
        sink.error(here, "\(label) scales every checkpoint's service, but the scenario has none")
      }
    case .valueOfTimeScale(let commodity):
      if let commodity, !scenario.commodities.contains(where: { $0.id == commodity }) {
        sink.error(
          here, "\(label) names commodity '\(commodity)', which the scenario does not define")
      }
    }
    let distribution = parameter.value.distribution
    let extremes = [distribution.quantile(1e-4), distribution.quantile(1 - 1e-4)]
    if !extremes.allSatisfy(range.contains) {
      sink.error(
        parameter.location(of: "distribution"),
        "\(label) is \(unit) from \(range.lowerBound.formattedPlain) to "
          + "\(range.upperBound.formattedPlain); its distribution reaches "
          + "\(extremes.map { String(format: "%.4g", $0) }.joined(separator: " to "))")
    }
  }
}
