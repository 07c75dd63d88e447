import CorridorModel

extension SimulationResult {
  /// One border crossing's performance in one direction, both sides' posts together.
  public struct CrossingKPI: Sendable {
    /// The crossing and the direction.
    public var key: CrossingKey
    /// The crossing's name.
    public var name: String
    /// Time to clear the crossing (CAREC CPMM TFI1): from arrival at its first post to
    /// leaving its last, the way between included (hours).
    public var clearanceHours: ConfidenceInterval
    /// The 95th percentile of the time to clear, averaged over replications (hours).
    public var p95ClearanceHours: ConfidenceInterval
    /// Consignments that cleared it, per replication on average.
    public var consignments: Double
    /// The time at each side's posts (hours): per country in the order passed, the sum of its
    /// posts' times to clear in this direction.
    public var sides: [(country: String, hours: ConfidenceInterval)]
  }

  /// The crossings that traffic passes, in each direction it passes them, in key order.
  public var crossings: [CrossingKPI] {
    plan.crossings.enumerated().map { x, facility in
      let used = replications.filter { $0.crossingClearance[x].count > 0 }
      let crossing = scenario.crossings[facility.crossing]
      return CrossingKPI(
        key: CrossingKey(crossing: crossing.id, direction: facility.direction),
        name: crossing.name,
        clearanceHours: ConfidenceInterval(
          observations: used.map { $0.crossingClearance[x].mean }),
        p95ClearanceHours: ConfidenceInterval(
          observations: used.map { $0.crossingQuantiles[x].quantile(0.95) }),
        consignments: Double(used.reduce(0) { $0 + $1.crossingClearance[x].count })
          / Double(max(1, used.count)),
        sides: sides(of: x))
    }
    .sorted { $0.key < $1.key }
  }

  /// Each side's time at crossing facility `x`: per replication, the sum of the mean times to
  /// clear of that country's posts on it.
  private func sides(of x: Int) -> [(country: String, hours: ConfidenceInterval)] {
    var countries: [String] = []
    for f in plan.crossingPosts[x] {
      let country = scenario.nodes[plan.checkpoints[f].node].country
      if !countries.contains(country) { countries.append(country) }
    }
    return countries.map { country in
      let posts = plan.crossingPosts[x].filter {
        scenario.nodes[plan.checkpoints[$0].node].country == country
      }
      let used = replications.filter { r in posts.allSatisfy { r.checkpointClearance[$0].count > 0 }
      }
      return (
        country,
        ConfidenceInterval(
          observations: used.map { r in posts.reduce(0) { $0 + r.checkpointClearance[$1].mean } })
      )
    }
  }
}
