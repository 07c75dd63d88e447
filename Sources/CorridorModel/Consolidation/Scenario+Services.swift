extension Scenario {
  /// The indices of the nodes whose hub consolidates freight, in node order.
  public var consolidationHubs: [Int] {
    nodes.indices.filter { nodes[$0].hub?.consolidates == true }
  }

  /// The consolidated services between every two consolidation hubs, in both directions,
  /// when the settings give ``Settings/consolidation``.
  ///
  /// Each runs the fastest free-flow route between its hubs (``FreeFlowRoutes``) on links of
  /// the consolidation's mode, ferries, ships and transfer links, through the posts, gauge
  /// changes and ports on it; a pair no such route joins has no service. Services are in the
  /// order of their hubs.
  public func consolidatedServices() -> [ConsolidatedService] {
    guard let terms = settings.consolidation else { return [] }
    let hubs = consolidationHubs
    guard hubs.count >= 2 else { return [] }
    let routes = FreeFlowRoutes(self)
    let modal = routes.modal
    var services: [ConsolidatedService] = []
    for a in hubs {
      let tree = modal.graph.shortestPaths(from: modal.source[a]) { s in
        if case .link(let l) = modal.steps[s] {
          let mode = links[l].mode
          guard mode == .transfer || mode.family == .water || mode.family == terms.mode else {
            return .infinity
          }
        }
        return routes.stepHours[s]
      }
      for b in hubs where b != a {
        guard let steps = tree.path(to: modal.sink[b], in: modal.graph) else { continue }
        let path = steps.compactMap { s -> Int? in
          if case .link(let l) = modal.steps[s] { return l }
          return nil
        }
        guard !path.isEmpty else { continue }
        var service = ConsolidatedService(
          origin: a, destination: b, links: path,
          terms: terms.terms(from: nodes[a].id, to: nodes[b].id))
        service.price(in: self)
        services.append(service)
      }
    }
    return services
  }
}

extension ConsolidatedService {
  /// Sets the free-flow hours, money and km of the run between the hubs.
  ///
  /// Hours: the links' running times, sailings' mean waits, the mean service time and closure
  /// wait of each post passed, transshipments between gauges and dwells at mode changes on
  /// the way. Money: the links' tariffs at the service's tariff factor, and in full the posts'
  /// fees, the gauge changes' costs and the handling at mode changes on the way. The hubs'
  /// own dwell and handling, and the wait for a departure, are not included.
  mutating func price(in scenario: Scenario) {
    let index = Dictionary(
      scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var hours = 0.0
    var money = 0.0
    var km = 0.0
    for (position, l) in links.enumerated() {
      let link = scenario.links[l]
      hours += link.runningHours.mean + (link.ferry?.meanHeadwayWaitHours ?? 0)
      money += terms.tariffFactor * link.costUSDPerTEU
      km += link.distanceKm
      guard let u = index[link.from], let v = index[link.to] else { continue }
      let node = scenario.nodes[v]
      if let process = FreeFlowRoutes.process(at: node, by: link.mode, from: scenario.nodes[u]) {
        hours += process.meanServiceHours + process.calendar().meanClosureWaitHours
        money += process.feeUSDPerTEU
      }
      guard position + 1 < links.count else { continue }
      let next = scenario.links[links[position + 1]].mode
      switch node.modeChangeStop(from: link.mode, to: next) {
      case .gaugeChange(let gauge):
        hours += gauge.transshipmentHours.mean
        money += gauge.costUSDPerTEU
      case .terminal(let hub):
        hours += hub.dwellHours.mean
        money += hub.handlingUSDPerTEU
      case nil: break
      }
    }
    freeFlowHours = hours
    moneyUSD = money
    self.km = km
  }
}
