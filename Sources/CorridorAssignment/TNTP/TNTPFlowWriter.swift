/// Writes link flows in the layout of TNTP's `_flow.tntp` files: a header, then one
/// `From To Volume Cost` row per link in network order.
public enum TNTPFlowWriter {
  /// The file's text for the given flows and generalized costs.
  public static func text(network: TNTPNetwork, flows: [Double], costs: [Double]) -> String {
    var out = "From \tTo \tVolume \tCost \n"
    out.reserveCapacity(network.links.count * 48)
    for (index, link) in network.links.enumerated() {
      out += "\(link.from) \t\(link.to) \t\(flows[index]) \t\(costs[index]) \n"
    }
    return out
  }
}
