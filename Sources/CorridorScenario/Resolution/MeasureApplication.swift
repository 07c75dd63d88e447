import CorridorModel
import Foundation

/// Applies a measure's changes to a draft, reporting changes that do not fit the scenario.
struct MeasureApplication {
  let sink: DiagnosticSink
  /// Nodes removed by measures, with the measure that removed them, for clearer messages.
  var removedNodes: [NodeID: String] = [:]
  /// The demand entries scaled so far by the measures of the file being applied, by key: the
  /// measures that scaled them and the product of their factors, to warn when another measure
  /// of the same file scales the same demand again.
  private var scaledDemand: [String: (measures: [String], factor: Double)] = [:]

  init(sink: DiagnosticSink) { self.sink = sink }

  /// Starts the measures of the next file in an `extends` chain: its base's demand, scaled or
  /// not, is where it starts.
  mutating func startFile() { scaledDemand = [:] }

  /// "; did you mean 'x'?" for an unknown link, within the load's budget of hints.
  private func linkHint(_ id: LinkID, _ draft: ScenarioDraft) -> String {
    guard sink.takeHint() else { return "" }
    return Spelling.hint(for: id.rawValue, among: draft.links.keys.lazy.map(\.rawValue))
  }

  mutating func apply(_ measure: Measure, to draft: inout ScenarioDraft) {
    for change in measure.changes {
      apply(change, of: measure, to: &draft)
    }
    var record = MeasureRecord(id: measure.id, name: measure.name, description: measure.description)
    record.otherNames = measure.otherNames
    record.otherDescriptions = measure.otherDescriptions
    draft.measures.append(record)
  }

  private mutating func apply(
    _ change: Located<Change>, of measure: Measure, to draft: inout ScenarioDraft
  ) {
    let here = change.location(of: "target")
    let label = "measure '\(measure.id)'"
    switch change.value {
    case .stage(let selector, let edits), .process(let selector, let edits):
      let isStage = if case .stage = change.value { true } else { false }
      editCheckpoint(selector, edits, isStage: isStage, label: label, at: here, draft: &draft)
    case .link(let id, let edits):
      editLink(id, edits, label: label, at: here, draft: &draft)
    case .gaugeChange(let id, let edits):
      editGaugeChange(id, edits, label: label, at: here, draft: &draft)
    case .hub(let id, let edits):
      editHub(id, edits, label: label, at: here, draft: &draft)
    case .crossing(let id, let edits):
      guard var crossing = draft.crossings[id] else {
        sink.error(
          here,
          "\(label) changes crossing '\(id)', which the scenario does not define; its crossings "
            + "are \(draft.crossings.keys.joined(separator: ", "))")
        return
      }
      for (field, edit) in edits {
        FieldEditor(sink: sink, location: here, label: "\(label) on crossing '\(id)'")
          .edit(&crossing.value, field: field, edit)
      }
      draft.crossings[id] = crossing
    case .addNodes(let nodes):
      addNodes(nodes, label: label, draft: &draft)
    case .removeNodes(let ids):
      removeNodes(ids, of: measure, label: label, draft: &draft)
    case .addLinks(let links):
      addLinks(links, label: label, draft: &draft)
    case .removeLinks(let ids):
      removeLinks(ids, label: label, draft: &draft)
    case .scaleDemand(let factor, let from, let to, let commodity):
      scaleDemand(
        by: factor, from: from, to: to, commodity: commodity, of: measure, label: label, at: here,
        draft: &draft)
    case .oneStopBorderPost(let first, let second, let mode):
      joinSides(first, second, mode: mode, label: label, at: here, draft: &draft)
    case .addDemand(let entries):
      addDemand(entries, label: label, draft: &draft)
    }
  }

  /// Applies field edits to a link.
  private func editLink(
    _ id: LinkID, _ edits: [(field: String, edit: FieldEdit)], label: String,
    at here: SourceLocation, draft: inout ScenarioDraft
  ) {
    guard var link = draft.links[id] else {
      sink.error(
        here,
        "\(label) changes link '\(id)', which is not in the scenario"
          + linkHint(id, draft))
      return
    }
    for (field, edit) in edits {
      FieldEditor(sink: sink, location: here, label: "\(label) on link '\(id)'")
        .edit(&link.value, field: field, edit)
    }
    draft.links[id] = link
  }

  /// Applies field edits to a gauge-change yard.
  private func editGaugeChange(
    _ id: NodeID, _ edits: [(field: String, edit: FieldEdit)], label: String,
    at here: SourceLocation, draft: inout ScenarioDraft
  ) {
    guard var node = facilityNode(id, kind: .gaugeChange, label: label, at: here, draft: draft),
      var facility = node.value.gaugeChange
    else { return }
    for (field, edit) in edits {
      FieldEditor(sink: sink, location: here, label: "\(label) on gauge change '\(id)'")
        .edit(&facility, field: field, edit)
    }
    node.value.gaugeChange = facility
    draft.nodes[id] = node
  }

  /// Applies field edits to a hub, dry port or terminal.
  private func editHub(
    _ id: NodeID, _ edits: [(field: String, edit: FieldEdit)], label: String,
    at here: SourceLocation, draft: inout ScenarioDraft
  ) {
    guard var node = draft.nodes[id] else {
      unknownNode(id, label: label, at: here, draft: draft)
      return
    }
    guard var facility = node.value.hub else {
      sink.error(
        here,
        "\(label) targets node '\(id)' of kind \(node.value.kind.rawValue), which has no "
          + "'hub:' block; a hub change needs a hub, dry port or terminal")
      return
    }
    for (field, edit) in edits {
      FieldEditor(sink: sink, location: here, label: "\(label) on hub '\(id)'")
        .edit(&facility, field: field, edit)
    }
    node.value.hub = facility
    draft.nodes[id] = node
  }

  /// Adds nodes that do not exist yet.
  private mutating func addNodes(
    _ nodes: [Located<CorridorModel.Node>], label: String, draft: inout ScenarioDraft
  ) {
    for node in nodes {
      if let existing = draft.nodes[node.value.id] {
        sink.error(
          node.location(of: "id"),
          "\(label) adds node '\(node.value.id)', which already exists (defined at "
            + "\(existing.location)); change it with a 'stage', 'hub' or 'gauge_change' change")
      } else {
        draft.nodes[node.value.id] = node
        removedNodes[node.value.id] = nil
      }
    }
  }

  /// Removes nodes and every link to or from them.
  private mutating func removeNodes(
    _ ids: [Located<NodeID>], of measure: Measure, label: String, draft: inout ScenarioDraft
  ) {
    var removed: Set<NodeID> = []
    for id in ids {
      guard draft.nodes.removeValue(forKey: id.value) != nil else {
        if !removed.contains(id.value) {
          unknownNode(id.value, label: label, at: id.location, draft: draft)
        }
        continue
      }
      removed.insert(id.value)
      removedNodes[id.value] = measure.id
    }
    if !removed.isEmpty {
      // One pass over the links for the whole list, not one per node.
      draft.links.removeAll {
        removed.contains($0.value.value.from) || removed.contains($0.value.value.to)
      }
    }
  }

  /// Adds links that do not exist yet.
  private func addLinks(
    _ links: [Located<Link>], label: String, draft: inout ScenarioDraft
  ) {
    for link in links {
      if let existing = draft.links[link.value.id] {
        sink.error(
          link.location(of: "id"),
          "\(label) adds link '\(link.value.id)', which already exists (defined at "
            + "\(existing.location)); change it with a 'link' change, or give the new link an id")
      } else {
        draft.links[link.value.id] = link
      }
    }
  }

  /// Removes links.
  private func removeLinks(
    _ ids: [Located<LinkID>], label: String, draft: inout ScenarioDraft
  ) {
    for id in ids where draft.links.removeValue(forKey: id.value) == nil {
      sink.error(
        id.location,
        "\(label) removes link '\(id.value)', which is not in the scenario"
          + linkHint(id.value, draft))
    }
  }

  /// Scales the demand entries that match the filter, warning when another measure scaled them already.
  private mutating func scaleDemand(
    by factor: Double, from: NodeID?, to: NodeID?, commodity: CommodityID?, of measure: Measure,
    label: String, at here: SourceLocation, draft: inout ScenarioDraft
  ) {
    var matched = 0
    var again = 0
    var earlierMeasures: [String] = []
    var combined: ClosedRange<Double>?
    for key in draft.demand.keys {
      guard var entry = draft.demand[key] else { continue }
      let e = entry.value
      guard from == nil || e.origin == from, to == nil || e.destination == to,
        commodity == nil || e.commodity == commodity
      else { continue }
      matched += 1
      let (scaled, range, unit): (Double, NumberRange, String) =
        switch e.amount {
        case .teu(let value): (value * factor, InputRange.demandTEU, "TEU")
        case .tonnes(let value): (value * factor, InputRange.demandTonnes, "tonnes")
        }
      guard range.contains(scaled) else {
        sink.error(
          here,
          "\(label) would make the demand \(e.origin) to \(e.destination) (\(e.commodity)) "
            + "\(scaled.formattedPlain) \(unit) a year; it must be \(range.expectation)")
        continue
      }
      switch e.amount {
      case .teu: entry.value.amount = .teu(scaled)
      case .tonnes: entry.value.amount = .tonnes(scaled)
      }
      draft.demand[key] = entry
      let previous = scaledDemand[key] ?? ([], 1)
      let others = previous.measures.filter { $0 != measure.id }
      if !others.isEmpty {
        again += 1
        for name in others where !earlierMeasures.contains(name) { earlierMeasures.append(name) }
        let product = previous.factor * factor
        combined =
          combined.map { min($0.lowerBound, product)...max($0.upperBound, product) }
          ?? product...product
      }
      scaledDemand[key] = (previous.measures + [measure.id], previous.factor * factor)
    }
    if matched == 0 {
      sink.error(here, "\(label) scales demand, but no demand entry matches its filter")
    }
    if again > 0, let combined {
      func rounded(_ x: Double) -> String { String(format: "%.4g", x) }
      let names = earlierMeasures.map { "'\($0)'" }.joined(separator: ", ")
      let product =
        combined.lowerBound == combined.upperBound
        ? rounded(combined.upperBound)
        : "\(rounded(combined.lowerBound)) to \(rounded(combined.upperBound))"
      sink.warning(
        here,
        "\(label) scales \(again) demand \(again == 1 ? "entry" : "entries") that "
          + "\(earlierMeasures.count == 1 ? "measure" : "measures") \(names) already scaled: "
          + "together they multiply \(again == 1 ? "it" : "them") by \(product), not "
          + "\(rounded(factor)). If this measure is meant to replace the other, scale by the "
          + "ratio, or keep one of them")
    }
  }

  /// Adds demand entries that do not exist yet.
  private func addDemand(
    _ entries: [Located<DemandEntry>], label: String, draft: inout ScenarioDraft
  ) {
    for entry in entries {
      if let existing = draft.demand[entry.value.key] {
        sink.error(
          entry.location,
          "\(label) adds demand \(entry.value.origin) to \(entry.value.destination) for "
            + "\(entry.value.commodity), which already exists (at \(existing.location)); "
            + "use a 'demand' change with 'scale:'")
      } else {
        draft.demand[entry.value.key] = entry
      }
    }
  }

  private func editCheckpoint(
    _ selector: ProcessSelector, _ edits: [(field: String, edit: FieldEdit)], isStage: Bool,
    label: String, at here: SourceLocation, draft: inout ScenarioDraft
  ) {
    guard
      var node = facilityNode(
        selector.checkpoint, kind: .checkpoint, label: label, at: here, draft: draft),
      var checkpoint = node.value.checkpoint
    else { return }
    let matching = checkpoint.processes.indices.filter {
      selector.matches(checkpoint.processes[$0])
    }
    guard !matching.isEmpty else {
      let what = [selector.mode?.rawValue, selector.direction?.description].compactMap { $0 }
      sink.error(
        here,
        "\(label) targets \(what.joined(separator: " ")) processes at checkpoint "
          + "'\(selector.checkpoint)', which has none; it has: "
          + checkpoint.processes.map {
            "\($0.mode.rawValue) \($0.direction?.description ?? "both")"
          }
          .joined(separator: ", "))
      return
    }
    let editor = FieldEditor(
      sink: sink, location: here, label: "\(label) at '\(selector.checkpoint)'")
    var stageFound = selector.stage == nil
    for index in matching {
      if isStage {
        for s in checkpoint.processes[index].stages.indices
        where selector.stage == nil || checkpoint.processes[index].stages[s].id == selector.stage {
          stageFound = true
          for (field, edit) in edits {
            editor.edit(&checkpoint.processes[index].stages[s], field: field, edit)
          }
        }
      } else {
        for (field, edit) in edits {
          editor.edit(&checkpoint.processes[index], field: field, edit)
        }
      }
    }
    if !stageFound, let stage = selector.stage {
      let ids = Set(matching.flatMap { checkpoint.processes[$0].stages.map(\.id) })
      sink.error(
        here,
        "\(label) targets stage '\(stage)' at checkpoint '\(selector.checkpoint)', which "
          + "has no such stage\(Spelling.hint(for: stage, among: ids.sorted())); its stages are: "
          + ids.sorted().joined(separator: ", "))
    }
    node.value.checkpoint = checkpoint
    draft.nodes[selector.checkpoint] = node
  }

  /// The node `id`, checked to exist and to be of `kind`.
  func facilityNode(
    _ id: NodeID, kind: NodeKind, label: String, at here: SourceLocation, draft: ScenarioDraft
  ) -> Located<CorridorModel.Node>? {
    guard let node = draft.nodes[id] else {
      unknownNode(id, label: label, at: here, draft: draft)
      return nil
    }
    guard node.value.kind == kind else {
      sink.error(
        here,
        "\(label) targets node '\(id)' of kind \(node.value.kind.rawValue); this change "
          + "needs a node of kind \(kind.rawValue)")
      return nil
    }
    return node
  }

  private func unknownNode(
    _ id: NodeID, label: String, at here: SourceLocation, draft: ScenarioDraft
  ) {
    if let by = removedNodes[id] {
      sink.error(here, "\(label) targets node '\(id)', which measure '\(by)' removed")
    } else {
      sink.error(
        here,
        "\(label) targets node '\(id)', which is not in the scenario"
          + NodeSuggestion.hint(
            for: id.rawValue, among: draft.nodes.values.map(\.value), sink: sink))
    }
  }
}
