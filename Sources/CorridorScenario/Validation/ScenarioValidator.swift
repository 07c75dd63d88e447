import CorridorModel

/// Checks a resolved scenario as a whole: references, connectivity, and suspicious loads.
struct ScenarioValidator {
  let sink: DiagnosticSink
  let draft: ScenarioDraft
  let removedNodes: [NodeID: String]
  /// The node suggestions, built at the first hint and kept for the rest: the draft does not
  /// change during validation.
  private let suggestions = SuggestionCache()

  func run() {
    checkReferences()
    checkCrossings()
    guard !sink.hasErrors else { return }
    let scenario = draft.scenario
    let graph = Graph(scenario)
    let routes = FreeFlowRoutes(scenario)
    let corridorRoutes = checkPaths(scenario, graph, routes)
    guard !sink.hasErrors else { return }
    checkGauges(scenario, graph)
    checkIsolated(scenario, graph)
    checkUncontrolledEntries(scenario, graph)
    PlausibilityCheck(sink: sink, draft: draft, scenario: scenario, graph: graph).run()
    LoadCheck(
      sink: sink, draft: draft, scenario: scenario, graph: graph, routes: routes,
      corridorRoutes: corridorRoutes
    ).run()
  }

  private func unknownNode(
    _ id: NodeID, _ role: String, at location: SourceLocation,
    near place: NodeSuggestion.Place? = nil
  ) {
    if let measure = removedNodes[id] {
      sink.error(location, "\(role) node '\(id)', which measure '\(measure)' removed")
    } else {
      sink.error(
        location,
        "\(role) node '\(id)', which is not defined"
          + (sink.takeHint()
            ? suggestions.get { draft.nodes.values.map(\.value) }
              .hint(for: id.rawValue, near: place)
            : "")
          + "; define it under 'nodes:' or fix the id")
    }
  }

  private func checkReferences() {
    for link in draft.links.values {
      let from = draft.nodes[link.value.from]?.value
      let to = draft.nodes[link.value.to]?.value
      if from == nil {
        unknownNode(
          link.value.from, "link '\(link.value.id)' starts at", at: link.location(of: "from"),
          near: NodeSuggestion.place(otherEnd: to, linkKm: link.value.distanceKm))
      }
      if to == nil {
        unknownNode(
          link.value.to, "link '\(link.value.id)' ends at", at: link.location(of: "to"),
          near: NodeSuggestion.place(otherEnd: from, linkKm: link.value.distanceKm))
      }
    }
    for entry in draft.demand.values {
      let e = entry.value
      if draft.nodes[e.origin] == nil {
        unknownNode(e.origin, "demand starts at", at: entry.location(of: "from"))
      }
      if draft.nodes[e.destination] == nil {
        unknownNode(e.destination, "demand ends at", at: entry.location(of: "to"))
      }
      if draft.commodities[e.commodity] == nil {
        sink.error(
          entry.location(of: "commodity"),
          "demand refers to commodity '\(e.commodity)', which is not defined"
            + Spelling.hint(
              for: e.commodity.rawValue, among: draft.commodities.keys.map(\.rawValue))
            + "; define it under 'commodities:'")
      }
    }
    for commodity in draft.commodities.values
    where commodity.value.valueOfTimeUSDPerTEUHour <= 0
      && (commodity.value.logitScaleUSDPerTEU ?? draft.settings.logitScaleUSDPerTEU) != nil
    {
      // The scale is in USD, the equilibrium's costs in hours: the spread is the value of time
      // over the scale.
      sink.error(
        commodity.location,
        "commodity '\(commodity.value.id)' has a route-choice scale (logit_scale_usd_per_teu) "
          + "but no value of time; give it a time_cost_percent_per_day above 0")
    }
    for commodity in draft.commodities.values {
      guard let name = commodity.value.priorityClass,
        !draft.settings.priorityClasses.contains(name)
      else { continue }
      let classes = draft.settings.priorityClasses
      sink.error(
        commodity.location(of: "priority_class"),
        "commodity '\(commodity.value.id)' has priority class '\(name)', which is not defined"
          + (classes.isEmpty
            ? "; list the classes, highest first, under 'settings: priority_classes:'"
            : "; the classes are \(classes.map { "'\($0)'" }.joined(separator: ", "))"))
    }
    checkCorridors()
    checkServices()
    if draft.nodes.isEmpty {
      sink.error(
        draft.rootLocation, "the scenario has no nodes; expected at least two under 'nodes:'")
    }
  }

  /// Each consolidated service of its own runs between two nodes with a hub.
  private func checkServices() {
    for service in draft.consolidationServices {
      for (field, id) in [("from", service.value.from), ("to", service.value.to)] {
        guard let node = draft.nodes[id]?.value else {
          unknownNode(id, "a consolidated service runs \(field)", at: service.location(of: field))
          continue
        }
        if node.hub == nil {
          sink.error(
            service.location(of: field),
            "a consolidated service runs \(field) '\(id)', which has no 'hub:'; services run "
              + "between consolidation hubs")
        }
      }
    }
  }

  /// Corridors pass known nodes and have names of their own.
  private func checkCorridors() {
    for corridor in draft.corridors.values {
      for (i, point) in corridor.value.waypoints.enumerated() where draft.nodes[point] == nil {
        unknownNode(
          point, "corridor '\(corridor.value.id)' passes", at: corridor.location(of: "via.\(i)"))
      }
      for (i, point) in (corridor.value.segment ?? []).enumerated() where draft.nodes[point] == nil
      {
        unknownNode(
          point, "the segment of corridor '\(corridor.value.id)' passes",
          at: corridor.location(of: "segment.\(i)"))
      }
    }
    // Reports key corridors by name, so two corridors may not share one.
    var names: [String: String] = [:]
    for corridor in draft.corridors.values {
      if let other = names[corridor.value.name] {
        sink.error(
          corridor.location,
          "corridors '\(other)' and '\(corridor.value.id)' have the same name '\(corridor.value.name)'; "
            + "give each corridor its own name, since reports list them by name")
      }
      names[corridor.value.name] = corridor.value.id
    }
    AgendaCheck(sink: sink, draft: draft).run()
  }

  /// Checks that every demand pair and corridor leg is connected; returns the corridor routes.
  ///
  /// Modes change only where a node allows them. The routes are the corridors' fastest, as
  /// scenario links.
  private func checkPaths(_ scenario: Scenario, _ graph: Graph, _ routes: FreeFlowRoutes)
    -> [(id: String, links: [Int])]
  {
    var reach: [Int: [Bool]] = [:]
    var plainReach: [Int: [Bool]] = [:]
    for entry in draft.demand.values {
      let e = entry.value
      guard let o = graph.nodeIndex[e.origin], let d = graph.nodeIndex[e.destination] else {
        continue
      }
      if !routes.connects(o, d, reachable: &reach) {
        // Which message applies takes a search; only for the messages that will be shown.
        guard sink.willRecord else {
          sink.error(entry.location, "")
          continue
        }
        if plainReach[o] == nil { plainReach[o] = graph.reachable(from: o) }
        let plain = plainReach[o]?[d] ?? false
        sink.error(
          entry.location,
          "no path from '\(e.origin)' to '\(e.destination)' in the network; "
            + (plain
              ? "links join them, but only with a change of mode where none is allowed (modes "
                + "change at nodes with a 'hub:' block, such as hubs, ports and terminals; gauges "
                + "at gauge-change nodes; or along 'transfer' links)"
              : "add links that connect them (links run one way when both_ways is false) or "
                + "remove this demand"))
      }
    }
    let legs = draft.corridors.values.reduce(0) { $0 + $1.value.waypoints.count - 1 }
    let work = Double(legs) * Double(routes.searchSize)
    if work > Self.maximumCorridorSearchWork, let first = draft.corridors.values.first {
      sink.error(
        first.location,
        "the \(draft.corridors.count) corridors have \(legs) legs between waypoints over a "
          + "network of \(routes.searchSize) route-search vertices and links; finding their "
          + "routes would take more than \(Int(Self.maximumCorridorSearchWork)) search steps. "
          + "Give each corridor only the waypoints that tell its route apart, or fewer corridors")
      return []
    }
    var found: [(id: String, links: [Int])] = []
    for corridor in draft.corridors.values {
      let points = corridor.value.waypoints
      switch routes.route(through: points) {
      case .route(let links, _):
        found.append((corridor.value.id, links))
      case .unreachable(let leg) where leg >= 1:
        sink.error(
          corridor.location(of: "via.\(leg)"),
          "corridor '\(corridor.value.id)' has no route from '\(points[leg - 1])' to "
            + "'\(points[leg])' through the waypoints before it")
      case .unreachable:
        break
      }
    }
    return found
  }

  /// The most work the corridors' route searches may take: legs between waypoints times the
  /// size of the route-search network (vertices and links of the modal graph).
  static let maximumCorridorSearchWork = 2e8

  /// Rail of one gauge meeting rail of the other needs a gauge-change node.
  private func checkGauges(_ scenario: Scenario, _ graph: Graph) {
    var incoming = [Set<Mode>](repeating: [], count: graph.nodeCount)
    for (l, link) in scenario.links.enumerated() where graph.linkTo[l] >= 0 {
      incoming[graph.linkTo[l]].insert(link.mode)
    }
    for (n, node) in scenario.nodes.enumerated() where node.kind != .gaugeChange {
      for l in graph.links(from: n) {
        let mode = scenario.links[l].mode
        let other: Mode = mode == .rail1435 ? .rail1520 : .rail1435
        guard mode.isRail, incoming[n].contains(other), let located = draft.nodes[node.id] else {
          continue
        }
        sink.warning(
          located.location,
          "node '\(node.id)' joins \(other.rawValue) and \(mode.rawValue) links but is not a "
            + "gauge_change node; trains cannot pass here without transshipment")
        break
      }
    }
  }

  /// A link that crosses a border checkpoint by a mode it has no process for passes unchecked.
  private func checkUncontrolledEntries(_ scenario: Scenario, _ graph: Graph) {
    for (l, link) in scenario.links.enumerated() where link.mode != .transfer {
      let to = graph.linkTo[l]
      guard to >= 0, graph.linkFrom[l] >= 0, let checkpoint = scenario.nodes[to].checkpoint,
        FreeFlowRoutes.process(
          at: scenario.nodes[to], by: link.mode, from: scenario.nodes[graph.linkFrom[l]]) == nil,
        let located = draft.links[link.id]
      else { continue }
      let from = graph.linkFrom[l] >= 0 ? scenario.nodes[graph.linkFrom[l]].country : "?"
      sink.warning(
        located.location,
        "link '\(link.id)' (\(link.mode.rawValue)) enters checkpoint '\(scenario.nodes[to].id)' "
          + "from \(from), but the checkpoint has no \(link.mode.family.rawValue) process for that "
          + "direction (it has: "
          + checkpoint.processes.map {
            "\($0.mode.rawValue) \($0.direction?.description ?? "both")"
          }
          .joined(separator: ", ") + "); freight on it would cross without controls")
    }
  }

  private func checkIsolated(_ scenario: Scenario, _ graph: Graph) {
    var touched = [Bool](repeating: false, count: graph.nodeCount)
    for l in scenario.links.indices where graph.linkFrom[l] >= 0 && graph.linkTo[l] >= 0 {
      touched[graph.linkFrom[l]] = true
      touched[graph.linkTo[l]] = true
    }
    for (n, node) in scenario.nodes.enumerated() where !touched[n] {
      if let located = draft.nodes[node.id] {
        sink.warning(located.location, "node '\(node.id)' has no links; no freight can use it")
      }
    }
  }

  /// Each crossing's posts are checkpoints of one border (two countries), and each post
  /// belongs to one crossing.
  private func checkCrossings() {
    var owner: [NodeID: String] = [:]
    for crossing in draft.crossings.values {
      var countries: [String] = []
      var yards: [(node: Node, at: SourceLocation)] = []
      for (i, post) in crossing.value.posts.enumerated() {
        let here = crossing.location(of: "posts.\(i)")
        guard let node = draft.nodes[post]?.value else {
          unknownNode(post, "crossing '\(crossing.value.id)' groups", at: here)
          continue
        }
        if let other = owner[post], other != crossing.value.id {
          sink.error(here, "post '\(post)' is in crossings '\(other)' and '\(crossing.value.id)'")
        }
        owner[post] = crossing.value.id
        guard let checkpoint = node.checkpoint else {
          if node.gaugeChange != nil {
            yards.append((node, here))
          } else {
            sink.error(
              here,
              "crossing '\(crossing.value.id)' groups node '\(post)', which is a "
                + "\(node.kind.rawValue), not a checkpoint or a gauge change; a crossing groups "
                + "border posts and the gauge change that belongs to them")
          }
          continue
        }
        for country in checkpoint.countries where !countries.contains(country) {
          countries.append(country)
        }
        if countries.count > 2 {
          sink.error(
            here,
            "crossing '\(crossing.value.id)' groups post '\(post)' of a third country: its posts "
              + "serve \(countries.joined(separator: ", ")); a crossing is one border between two "
              + "countries")
          break
        }
      }
      checkYards(yards, of: crossing.value, countries: countries)
      checkObservations(of: crossing, countries: countries)
    }
  }

  /// A crossing's gauge changes lie in one of its two countries, beside at least one post.
  private func checkYards(
    _ yards: [(node: Node, at: SourceLocation)], of crossing: Crossing, countries: [String]
  ) {
    for yard in yards where countries.isEmpty || !countries.contains(yard.node.country) {
      sink.error(
        yard.at,
        "crossing '\(crossing.id)' groups gauge change '\(yard.node.id)' in "
          + "\(yard.node.country), "
          + (countries.isEmpty
            ? "but no border post; list the posts of both sides too"
            : "outside the border it crosses (\(countries.joined(separator: " and ")))"))
    }
  }

  /// Each observed figure of a crossing names a side and a direction of its own border.
  private func checkObservations(of crossing: Located<Crossing>, countries: [String]) {
    guard countries.count == 2 else { return }
    let border = countries.joined(separator: " and ")
    for (i, figure) in crossing.value.observed.enumerated() {
      let here = crossing.location(of: "observed.\(i)")
      let what = "observation #\(i + 1) of crossing '\(crossing.value.id)'"
      if let side = figure.side, !countries.contains(side) {
        sink.error(
          here,
          "\(what) is for side '\(side)', but the crossing joins \(border); expected one "
            + "of them, or no 'side' for both sides together")
      }
      if let direction = figure.direction, Set([direction.from, direction.to]) != Set(countries) {
        sink.error(
          here,
          "\(what) is for direction \(direction), but the crossing joins \(border); "
            + "expected \(countries[0])->\(countries[1]), \(countries[1])->\(countries[0]) or both")
      }
    }
  }
}
