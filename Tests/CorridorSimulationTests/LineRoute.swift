import CorridorModel

/// The route through every node and link of a line scenario in order (O, its facilities, D),
/// carrying `teuPerYear` of a commodity; the checkpoints are the line's checkpoint nodes.
func lineRoute(_ scenario: Scenario, commodity: CommodityID = "goods", teuPerYear: Double)
  -> AssignedRoute
{
  let nodes = scenario.nodes.map(\.id)
  return AssignedRoute(
    commodity: commodity, origin: nodes[0], destination: nodes[nodes.count - 1], nodes: nodes,
    links: Array(scenario.links.indices),
    checkpoints: scenario.nodes.filter { $0.checkpoint != nil }.map(\.id), corridors: [],
    teuPerYear: teuPerYear, share: 1, hours: 0, moneyUSD: 0, generalizedCostUSD: 0, km: 0)
}

/// A line of `nodes` joined in order by links of `modes` that take no time, with trucks of 2
/// TEU, trains of 80 and one commodity, "goods".
func modalLine(_ id: String, nodes: [Node], modes: [Mode]) -> Scenario {
  let links = zip(zip(nodes, nodes.dropFirst()), modes).map { pair, mode in
    Link(
      id: LinkID("\(pair.0.id)-\(pair.1.id)"), from: pair.0.id, to: pair.1.id, mode: mode,
      distanceKm: 1, runningHours: .fixed(0))
  }
  return Scenario(
    id: id, name: id, settings: Settings(teuPerTruck: 2, teuPerTrain: 80), nodes: nodes,
    links: links,
    commodities: [
      Commodity(id: "goods", name: "goods", valueUSDPerTEU: 30_000, timeCostSharePerDay: 0.008)
    ])
}

/// A node of a ``modalLine(_:nodes:modes:)``: with `mode`, a checkpoint of that mode whose one
/// stage has `lanes` lanes of `serviceHours`.
func modalPlace(
  _ id: String, _ kind: NodeKind, _ mode: ModeFamily? = nil, lanes: Int = 100,
  serviceHours: Double = 0.01
) -> Node {
  var node = Node(
    id: NodeID(id), name: id, kind: kind, country: "KZ",
    coordinate: .init(latitude: 44, longitude: 80))
  if let mode {
    node.checkpoint = Checkpoint(
      countries: ["KZ", "KG"],
      processes: [
        CheckpointProcess(
          mode: mode,
          stages: [Stage(id: "control", lanes: lanes, serviceHours: .fixed(serviceHours))])
      ])
  }
  return node
}
