import CorridorModel

/// Warns where the demand, sent along its fastest free-flow routes, overloads a facility.
///
/// This is a screening check for scenario authors, not the assignment: each OD flow takes
/// the path of least free-flow time (``FreeFlowRoutes``), and every
/// checkpoint stage, gauge change, ferry and link with a capacity is compared with the load.
struct LoadCheck {
  let sink: DiagnosticSink
  let draft: ScenarioDraft
  let scenario: Scenario
  let graph: Graph

  func run() {
    let weights = FreeFlowRoutes(scenario).linkHours
    let volumes = scenario.demand.compactMap { demand -> ODVolume? in
      guard let o = graph.nodeIndex[demand.origin], let d = graph.nodeIndex[demand.destination]
      else { return nil }
      return ODVolume(origin: o, destination: d, volume: demand.teuPerYear)
    }
    let linkLoad = graph.allOrNothing(volumes, weights: weights)
    checkLinks(linkLoad)
    checkNodes(linkLoad)
  }

  private func process(at node: CorridorModel.Node, for l: Int) -> CheckpointProcess? {
    FreeFlowRoutes.process(at: node, entering: l, scenario: scenario, graph: graph)
  }

  private func percent(_ x: Double) -> String { "\(Int((x * 100).rounded())) %" }

  private func checkLinks(_ load: [Double]) {
    for (l, link) in scenario.links.enumerated() {
      guard let capacity = link.effectiveCapacityTEUPerYear, load[l] > capacity,
        let located = draft.links[link.id]
      else { continue }
      let what = link.ferry != nil ? "ferry service" : "link"
      sink.warning(
        located.location,
        "\(what) '\(link.id)' would carry \(Int(load[l].rounded())) TEU/year on the fastest "
          + "routes, \(percent(load[l] / capacity)) of its capacity of "
          + "\(Int(capacity.rounded())) TEU/year; flows will divert or queue")
    }
  }

  private func checkNodes(_ load: [Double]) {
    var incoming = [[Int]](repeating: [], count: graph.nodeCount)
    for l in scenario.links.indices where graph.linkTo[l] >= 0 && load[l] > 0 {
      incoming[graph.linkTo[l]].append(l)
    }
    for (n, node) in scenario.nodes.enumerated() {
      guard let located = draft.nodes[node.id] else { continue }
      var throughput = 0.0
      var processLoad: [Int: Double] = [:]
      for l in incoming[n] {
        throughput += load[l]
        if let checkpoint = node.checkpoint, let process = process(at: node, for: l),
          let index = checkpoint.processes.firstIndex(of: process)
        {
          processLoad[index, default: 0] += load[l]
        }
      }
      if let checkpoint = node.checkpoint {
        for (index, teu) in processLoad.sorted(by: { $0.key < $1.key }) {
          let process = checkpoint.processes[index]
          let unit = scenario.teuPerUnit(of: process)
          guard
            let peak = process.peakUtilization(teuPerYear: teu, defaultTEUPerUnit: unit),
            peak.utilization >= 1
          else { continue }
          sink.warning(
            located.location,
            "checkpoint '\(node.id)' \(process.mode.rawValue) "
              + "\(process.direction?.description ?? "both ways"): stage '\(peak.stage)' would be "
              + "loaded at \(percent(peak.utilization)) by \(Int(teu.rounded())) TEU/year on the "
              + "fastest routes; queues grow without bound above 100 % (add lanes, shorten "
              + "service or extend opening hours)")
        }
      }
      if let gauge = node.gaugeChange, let perDay = gauge.capacityTEUPerDay,
        throughput > perDay * 365
      {
        sink.warning(
          located.location,
          "gauge change '\(node.id)' would transship \(Int(throughput.rounded())) TEU/year, "
            + "\(percent(throughput / (perDay * 365))) of its capacity of "
            + "\(Int(perDay.rounded())) TEU/day")
      }
      if let hub = node.hub, let capacity = hub.capacityTEUPerYear, throughput > capacity {
        sink.warning(
          located.location,
          "hub '\(node.id)' would handle \(Int(throughput.rounded())) TEU/year, "
            + "\(percent(throughput / capacity)) of its capacity")
      }
    }
  }
}
