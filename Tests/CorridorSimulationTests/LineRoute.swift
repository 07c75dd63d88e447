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
