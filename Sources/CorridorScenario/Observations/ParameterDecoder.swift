import CorridorModel
import Yams

/// Decodes `parameters:` of an observations file: what calibration may change, within bounds.
enum ParameterDecoder {
  static let keys: Set<String> = [
    "id", "service_scale", "demand_scale", "logit_scale", "choice_constant", "bounds",
    "observations", "note",
  ]
  static let targets = ["service_scale", "demand_scale", "logit_scale", "choice_constant"]

  static func decode(_ items: [Yams.Node], context: DecodingContext)
    -> [Located<CalibrationParameter>]
  {
    items.enumerated().compactMap { index, item in parameter(item, index: index, context: context) }
  }

  private static func parameter(_ item: Yams.Node, index: Int, context: DecodingContext)
    -> Located<CalibrationParameter>?
  {
    let label =
      PlainScalar.peek(item, "id").map { "parameter '\($0)'" } ?? "parameter #\(index + 1)"
    guard let reader = ObjectReader(item, what: label, allowed: keys, context: context)
    else { return nil }
    let id = reader.identifier("id", required: true)
    let given = targets.filter { reader.has($0) }
    guard given.count == 1, let key = given.first, let node = reader.value(key) else {
      context.error(
        at: item.mark,
        "\(label) must give one of \(targets.joined(separator: ", ")) (what it changes)")
      return nil
    }
    let target = self.target(key, node, label: label, context: context)
    let range: NumberRange =
      switch key {
      case "choice_constant": InputRange.choiceConstantUSDPerTEU
      case "logit_scale": InputRange.logitScaleUSDPerTEU
      default: .within(1e-6, 1_000)  // a factor, as measures take it
      }
    let bounds = self.bounds(reader, label: label, range: range, context: context)
    let observations = reader.value("observations").flatMap {
      context.strings($0, named: "'observations' in \(label)")
    }
    guard let id, let target, let bounds else { return nil }
    var fields = ["id": reader.location(of: "id"), "target": reader.location(of: key)]
    for (i, observation) in (observations ?? []).enumerated() {
      fields["observations.\(i)"] = context.location(observation.1)
    }
    return Located(
      value: CalibrationParameter(
        id: id, target: target, lower: bounds.0, upper: bounds.1,
        observations: (observations ?? []).map(\.0)),
      location: reader.location, fields: fields)
  }

  /// What a parameter written as `key: node` changes (`key` one of ``targets``).
  static func target(
    _ key: String, _ node: Yams.Node, label: String, context: DecodingContext
  ) -> CalibrationParameter.Target? {
    let name = "'\(key)' in \(label)"
    switch key {
    case "service_scale":
      guard
        let selector = processes(node, what: name, checkpointRequired: true, context: context),
        let checkpoint = selector.checkpoint
      else { return nil }
      return .serviceScale(
        checkpoint: checkpoint, mode: selector.mode, direction: selector.direction)
    case "demand_scale":
      guard
        let reader = ObjectReader(
          node, what: name, allowed: ["from", "to", "commodity"], context: context)
      else { return nil }
      return .demandScale(
        origin: reader.identifier("from").map { NodeID($0) },
        destination: reader.identifier("to").map { NodeID($0) },
        commodity: reader.identifier("commodity").map { CommodityID($0) })
    case "choice_constant":
      guard let reader = ObjectReader(node, what: name, allowed: ["crossing"], context: context),
        let crossing = reader.identifier("crossing", required: true)
      else { return nil }
      return .choiceConstant(crossing: crossing)
    default:
      guard ObjectReader(node, what: name, allowed: [], context: context) != nil else {
        return nil
      }
      return .logitScale
    }
  }

  /// The checkpoint processes `{checkpoint: ID, mode: road|rail, direction: A->B}` selects
  /// (`checkpoint` may be left out unless required: then every post's), or `nil` after
  /// reporting.
  static func processes(
    _ node: Yams.Node, what name: String, checkpointRequired: Bool, context: DecodingContext
  ) -> (checkpoint: NodeID?, mode: ModeFamily?, direction: BorderDirection?)? {
    guard
      let reader = ObjectReader(
        node, what: name, allowed: ["checkpoint", "mode", "direction"], context: context)
    else { return nil }
    let checkpoint = reader.identifier("checkpoint", required: checkpointRequired)
    if checkpointRequired && checkpoint == nil { return nil }
    let mode = reader.choice("mode", CheckpointDecoder.modes)
    var direction: BorderDirection?
    if let text = reader.string("direction"), text != "both" {
      direction = CheckpointDecoder.parseDirection(
        text, at: reader.value("direction")?.mark, countries: nil, what: name, context: context)
      if direction == nil { return nil }
    }
    return (checkpoint.map { NodeID($0) }, mode, direction)
  }

  /// `bounds: [LOW, HIGH]`, LOW below HIGH, both in `range` (what the scenario file takes for
  /// the value, so that the calibrated scenario loads).
  private static func bounds(
    _ reader: ObjectReader, label: String, range: NumberRange, context: DecodingContext
  ) -> (Double, Double)? {
    guard let node = reader.value("bounds") else {
      reader.missing("bounds", expected: "[LOW, HIGH], the values it may take")
      return nil
    }
    guard case .sequence(let items) = node, items.count == 2 else {
      context.error(at: node.mark, "'bounds' in \(label) must be [LOW, HIGH]")
      return nil
    }
    let values = items.compactMap { context.number($0, named: "'bounds' in \(label)", range) }
    guard values.count == 2 else { return nil }
    guard values[0] < values[1] else {
      context.error(at: node.mark, "'bounds' in \(label) must be [LOW, HIGH] with LOW below HIGH")
      return nil
    }
    return (values[0], values[1])
  }
}
