extension Scenario {
  /// The countries a crossing's posts serve, in the order first met: two for a crossing of
  /// one border (its gauge change serves none).
  public func borderCountries(of crossing: Crossing) -> [String] {
    var countries: [String] = []
    for post in crossing.posts {
      for country in node(post)?.checkpoint?.countries ?? [] where !countries.contains(country) {
        countries.append(country)
      }
    }
    return countries
  }
}

extension BorderDirection {
  /// The direction a route takes across a border.
  ///
  /// The route through `nodes` enters the crossing or post at position `entered` and leaves it
  /// at `left`; the direction runs from the country of the node before to the other country of
  /// `border`. The node after may lie beyond, in a third country, when one side's post is
  /// modelled alone; without a border of two countries, from the country before to the country
  /// after.
  public init(
    route nodes: [NodeID], entered: Int, left: Int, border: [String], scenario: Scenario
  ) {
    let country = { (position: Int) in scenario.node(nodes[position])?.country ?? "" }
    let before = country(max(0, entered - 1))
    let after = country(min(nodes.count - 1, left + 1))
    guard border.count == 2 else {
      self.init(from: before, to: after)
      return
    }
    if border.contains(before) {
      self.init(from: before, to: border.first { $0 != before } ?? after)
    } else if border.contains(after) {
      self.init(from: border.first { $0 != after } ?? before, to: after)
    } else {
      self.init(from: before, to: after)
    }
  }
}
