import CorridorModel

/// Warns where the demand, sent along its fastest free-flow routes, overloads a facility.
///
/// This is a screening check for scenario authors, not the assignment: each OD flow takes
/// the route of least free-flow time (``FreeFlowRoutes``), and every checkpoint stage, gauge
/// change, hub, ferry and link with a capacity is compared with the load.
struct LoadCheck {
  let sink: DiagnosticSink
  let draft: ScenarioDraft
  let scenario: Scenario
  let graph: Graph
  let routes: FreeFlowRoutes
  /// The corridors' fastest routes, to tell whether any carries demand.
  let corridorRoutes: [(id: String, links: [Int])]

  func run() {
    let stepLoad = routes.allOrNothing(scenario.demand)
    var linkLoad = [Double](repeating: 0, count: scenario.links.count)
    var gaugeLoad = [Double](repeating: 0, count: scenario.nodes.count)
    var hubLoad = [Double](repeating: 0, count: scenario.nodes.count)
    for (s, step) in routes.modal.steps.enumerated() where stepLoad[s] > 0 {
      switch step {
      case .link(let l):
        linkLoad[l] += stepLoad[s]
      case .modeChange(let n, let m1, let m2):
        switch scenario.nodes[n].modeChangeStop(from: m1, to: m2) {
        case .gaugeChange: gaugeLoad[n] += stepLoad[s]
        case .terminal: hubLoad[n] += stepLoad[s]
        case nil: break
        }
      case .start(let n), .end(let n):
        hubLoad[n] += stepLoad[s]
      }
    }
    checkLinks(linkLoad)
    checkCheckpoints(linkLoad)
    checkFacilities(gaugeLoad: gaugeLoad, hubLoad: hubLoad)
    if scenario.totalTEUPerYear > 0 {
      PlausibilityCheck.checkCorridorsCarryDemand(
        draft: draft, corridorRoutes: corridorRoutes, linkLoad: linkLoad, sink: sink)
    } else {
      sink.warning(
        draft.demand.values.first?.location ?? draft.rootLocation,
        "the demand adds up to 0 TEU a year: nothing will be assigned or simulated, and every "
          + "table of the reports will be empty")
    }
  }

  private func percent(_ x: Double) -> String { "\(whole(x * 100)) %" }

  /// A whole number for messages, safe for any size.
  private func whole(_ x: Double) -> String { x.isFinite ? String(format: "%.0f", x) : "\(x)" }

  private func checkLinks(_ load: [Double]) {
    for (l, link) in scenario.links.enumerated() {
      guard let capacity = link.effectiveCapacityTEUPerYear, load[l] > capacity,
        let located = draft.links[link.id]
      else { continue }
      let what = link.ferry != nil ? "ferry service" : "link"
      sink.warning(
        located.location,
        "\(what) '\(link.id)' would carry \(whole(load[l])) TEU/year on the fastest "
          + "routes, \(percent(load[l] / capacity)) of its capacity of "
          + "\(whole(capacity)) TEU/year; flows will divert or queue")
    }
  }

  private func checkCheckpoints(_ load: [Double]) {
    var processLoad: [Int: [Int: Double]] = [:]
    for (l, link) in scenario.links.enumerated() where load[l] > 0 {
      guard let v = graph.nodeIndex[link.to], let u = graph.nodeIndex[link.from],
        let checkpoint = scenario.nodes[v].checkpoint,
        let process = FreeFlowRoutes.process(
          at: scenario.nodes[v], by: link.mode, from: scenario.nodes[u]),
        let index = checkpoint.processes.firstIndex(of: process)
      else { continue }
      processLoad[v, default: [:]][index, default: 0] += load[l]
    }
    for (n, loads) in processLoad.sorted(by: { $0.key < $1.key }) {
      let node = scenario.nodes[n]
      guard let checkpoint = node.checkpoint, let located = draft.nodes[node.id] else { continue }
      for (index, teu) in loads.sorted(by: { $0.key < $1.key }) {
        let process = checkpoint.processes[index]
        guard
          let peak = process.peakUtilization(
            teuPerYear: teu, defaultTEUPerUnit: scenario.teuPerUnit(of: process)),
          peak.utilization > 1
        else { continue }
        sink.warning(
          located.location,
          "checkpoint '\(node.id)' \(process.mode.rawValue) "
            + "\(process.direction?.description ?? "both ways"): stage '\(peak.stage)' would be "
            + "loaded at \(percent(peak.utilization)) by \(whole(teu)) TEU/year on the "
            + "fastest routes; queues grow without bound above 100 % (add lanes, shorten "
            + "service or extend opening hours)")
      }
    }
  }

  private func checkFacilities(gaugeLoad: [Double], hubLoad: [Double]) {
    for (n, node) in scenario.nodes.enumerated() {
      guard let located = draft.nodes[node.id] else { continue }
      if let gauge = node.gaugeChange, let perDay = gauge.capacityTEUPerDay,
        gaugeLoad[n] > perDay * 365
      {
        sink.warning(
          located.location,
          "gauge change '\(node.id)' would transship \(whole(gaugeLoad[n])) TEU/year, "
            + "\(percent(gaugeLoad[n] / (perDay * 365))) of its capacity of "
            + "\(whole(perDay)) TEU/day")
      }
      if let hub = node.hub, let capacity = hub.capacityTEUPerYear, hubLoad[n] > capacity {
        sink.warning(
          located.location,
          "hub '\(node.id)' would handle \(whole(hubLoad[n])) TEU/year, "
            + "\(percent(hubLoad[n] / capacity)) of its capacity")
      }
    }
  }
}
