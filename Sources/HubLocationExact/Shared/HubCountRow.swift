import GLPK
import HubLocation

extension LinearModel {
  /// Adds the row `hub_count` over the hub-opening variables `hubs`: exactly p of them,
  /// or at least one when fixed costs decide how many.
  mutating func addHubCountRow(_ hubs: [(Variable, Double)], rule: HubCountRule) {
    switch rule {
    case .exactly(let p):
      addConstraint(name: "hub_count", terms: hubs, lowerBound: Double(p), upperBound: Double(p))
    case .fixedCosts:
      addConstraint(name: "hub_count", terms: hubs, lowerBound: 1)
    }
  }
}
