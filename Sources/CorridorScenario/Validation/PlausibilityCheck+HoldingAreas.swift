import CorridorModel

extension PlausibilityCheck {
  /// Two posts next to each other that both have a holding area on a process of both
  /// directions can each fill with consignments bound for the other, and then wait on each
  /// other for ever: a warning at the second.
  func checkHoldingAreas() {
    func bothWays(_ node: Node, _ family: ModeFamily) -> Bool {
      node.checkpoint?.processes.contains {
        $0.mode == family && $0.direction == nil && $0.holdingAreaUnits != nil
      } == true
    }
    var warned = Set<String>()
    for link in scenario.links where link.mode != .transfer {
      guard let from = scenario.node(link.from), let to = scenario.node(link.to),
        bothWays(from, link.mode.family), bothWays(to, link.mode.family),
        scenario.links.contains(where: { $0.from == link.to && $0.to == link.from }),
        warned.insert([from.id.rawValue, to.id.rawValue].sorted().joined(separator: " ")).inserted,
        let located = draft.nodes[to.id]
      else { continue }
      sink.warning(
        located.location,
        "posts '\(from.id)' and '\(to.id)' both have a holding area for \(link.mode.family.rawValue) "
          + "traffic of both directions: each can fill with consignments bound for the other and "
          + "both then wait for ever; give the holding areas to one direction's processes")
    }
  }
}
