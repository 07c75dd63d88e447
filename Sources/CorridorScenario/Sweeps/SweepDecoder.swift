import CorridorModel
import Foundation
import Yams

/// Decodes a sweep file: the scenario, the measures to decompose, the uncertain inputs, the
/// design and the run settings.
enum SweepDecoder {
  static let topKeys: Set<String> = [
    "sweep", "name", "name_ru", "name_tr", "description", "scenario", "measures", "design",
    "parameters", "replications", "seed", "days", "warm_up_days", "allow_overload",
  ]
  static let parameterKeys: Set<String> = [
    "id", "name", "name_ru", "name_tr", "distribution", "service_scale", "demand_scale",
    "value_of_time_scale",
    "logit_scale", "choice_constant",
  ]
  static let targets = [
    "service_scale", "demand_scale", "value_of_time_scale", "logit_scale", "choice_constant",
  ]

  /// The definition as written, with where each part was written.
  ///
  /// `nil` after reporting when the file cannot give one. The scenario path is resolved
  /// against the file's folder.
  static func decode(_ root: Yams.Node, path: String, context: DecodingContext)
    -> LocatedSweep?
  {
    guard
      let reader = ObjectReader(root, what: "the sweep file", allowed: topKeys, context: context)
    else { return nil }
    let id = reader.identifier("sweep", required: true)
    let name = reader.string("name")
    let scenario = reader.string("scenario", required: true)
    let measures = self.measures(reader, context: context)
    let design = self.design(reader, context: context)
    let parameters = (reader.sequence("parameters") ?? []).enumerated().compactMap {
      parameter($1, index: $0, context: context)
    }
    let replications = reader.integer("replications", 1...200) ?? 10
    let seed = reader.integer("seed", 0...Int(Int32.max)) ?? 1
    let days = reader.number("days", .within(0.01, 36_500)) ?? 365
    let warmUp = reader.number("warm_up_days", .within(0, 3_650)) ?? 30
    guard let id, let scenario, let design else { return nil }
    let scenarioPath = ScenarioLoader.displayPath(scenario, relativeTo: path)
    var definition = SweepDefinition(
      id: id, name: name ?? id, scenarioPath: scenarioPath, measures: measures?.ids ?? [],
      measureDesign: design.measures, parameters: parameters.map(\.value),
      parameterDesigns: design.parameters, replications: replications, seed: UInt64(seed),
      days: days, warmUpDays: warmUp)
    definition.allowOverload = reader.bool("allow_overload") ?? false
    definition.otherNames = reader.otherNames()
    return LocatedSweep(
      definition: definition, allMeasures: measures?.all ?? false,
      scenario: reader.location(of: "scenario"), measures: measures?.locations ?? [],
      measuresKey: reader.location(of: "measures"), design: reader.location(of: "design"),
      parameters: parameters)
  }

  /// `measures: [ID, ...]` or `measures: all`.
  private static func measures(_ reader: ObjectReader, context: DecodingContext)
    -> (ids: [String], locations: [SourceLocation], all: Bool)?
  {
    guard let node = reader.value("measures") else { return nil }
    if node.scalar?.string == "all" { return ([], [], true) }
    guard let items = context.strings(node, named: "'measures' in the sweep file") else {
      return nil
    }
    return (items.map(\.0), items.map { context.location($0.1) }, false)
  }

  static let parameterDesigns = ["one_at_a_time", "factorial", "latin_hypercube"]

  /// `design: {measures: ..., parameters: DESIGN or [DESIGN, ...], samples: N}`.
  private static func design(_ reader: ObjectReader, context: DecodingContext)
    -> (measures: SweepDefinition.MeasureDesign, parameters: [SweepDefinition.ParameterDesign])?
  {
    guard let node = reader.value("design") else { return (.allSubsets, [.oneAtATime]) }
    guard
      let design = ObjectReader(
        node, what: "'design'", allowed: ["measures", "parameters", "samples"], context: context)
    else { return nil }
    let measures =
      design.choice(
        "measures", [("all_subsets", .allSubsets), ("one_at_a_time", .oneAtATime)])
      ?? SweepDefinition.MeasureDesign.allSubsets
    var names = ["one_at_a_time"]
    if let value = design.value("parameters") {
      let written =
        value.scalar != nil
        ? [(value.scalar?.string ?? "", value.mark)]
        : context.strings(value, named: "'parameters' in 'design'") ?? []
      names = []
      for (name, mark) in written {
        guard parameterDesigns.contains(name) else {
          context.error(
            at: mark,
            "unknown design '\(name)' in 'design'\(Spelling.hint(for: name, among: parameterDesigns)); "
              + "expected one or a list of: \(parameterDesigns.joined(separator: ", "))")
          return nil
        }
        if !names.contains(name) { names.append(name) }
      }
    }
    let samples = design.integer("samples", 2...SweepDefinition.maximumSamples)
    let hypercube = names.contains("latin_hypercube")
    if design.has("samples") && !hypercube {
      context.error(
        at: design.value("samples")?.mark,
        "'samples' in 'design' is for 'parameters: latin_hypercube'; remove it or add that design")
    }
    if hypercube && samples == nil {
      if !design.has("samples") {
        design.missing("samples", expected: "the number of Latin hypercube samples, for example 20")
      }
      return nil
    }
    return (
      measures,
      names.map { name -> SweepDefinition.ParameterDesign in
        switch name {
        case "factorial": .factorial
        case "latin_hypercube": .latinHypercube(samples: samples ?? 2)
        default: .oneAtATime
        }
      }
    )
  }

  private static func parameter(_ item: Yams.Node, index: Int, context: DecodingContext)
    -> Located<SweepParameter>?
  {
    let label =
      PlainScalar.peek(item, "id").map { "parameter '\($0)'" } ?? "parameter #\(index + 1)"
    guard let reader = ObjectReader(item, what: label, allowed: parameterKeys, context: context)
    else { return nil }
    let id = reader.identifier("id", required: true)
    let name = reader.string("name")
    let given = targets.filter { reader.has($0) }
    var target: SweepParameter.Target?
    if given.count == 1, let key = given.first, let node = reader.value(key) {
      target = self.target(key, node, label: label, context: context)
    } else {
      context.error(
        at: item.mark,
        "\(label) must give one of \(targets.joined(separator: ", ")) (what it changes)")
    }
    let distribution = reader.value("distribution").flatMap {
      InputDistributionDecoder.decode($0, what: "'distribution' in \(label)", context: context)
    }
    if !reader.has("distribution") {
      reader.missing(
        "distribution",
        expected: "{type: uniform, low: L, high: H}, {type: triangular, low: L, mode: M, "
          + "high: H} or {type: log_normal, median: M, sigma: S}")
    }
    guard let id, let target, let distribution else { return nil }
    let fields = [
      "id": reader.location(of: "id"), "target": reader.location(of: given.first ?? "id"),
      "distribution": reader.location(of: "distribution"),
    ]
    var parameter = SweepParameter(
      id: id, name: name ?? id, target: target, distribution: distribution,
      source: reader.string("source"), isEstimate: reader.bool("estimate") ?? false)
    parameter.otherNames = reader.otherNames()
    return Located(value: parameter, location: reader.location, fields: fields)
  }

  private static func target(
    _ key: String, _ node: Yams.Node, label: String, context: DecodingContext
  ) -> SweepParameter.Target? {
    let name = "'\(key)' in \(label)"
    switch key {
    case "service_scale":
      guard
        let selector = ParameterDecoder.processes(
          node, what: name, checkpointRequired: false, context: context)
      else { return nil }
      guard let checkpoint = selector.checkpoint else {
        return .everyServiceScale(mode: selector.mode, direction: selector.direction)
      }
      return .calibration(
        .serviceScale(checkpoint: checkpoint, mode: selector.mode, direction: selector.direction))
    case "value_of_time_scale":
      guard let reader = ObjectReader(node, what: name, allowed: ["commodity"], context: context)
      else { return nil }
      return .valueOfTimeScale(commodity: reader.identifier("commodity").map { CommodityID($0) })
    default:
      return ParameterDecoder.target(key, node, label: label, context: context)
        .map { .calibration($0) }
    }
  }
}

/// A decoded sweep file with where its parts were written, for the checks against the
/// scenario.
struct LocatedSweep {
  var definition: SweepDefinition
  /// Whether `measures: all` was written (the ids are then the scenario file's own).
  var allMeasures: Bool
  var scenario: SourceLocation
  var measures: [SourceLocation]
  var measuresKey: SourceLocation
  var design: SourceLocation
  var parameters: [Located<SweepParameter>]
}
