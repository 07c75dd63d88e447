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
    /// The time at each side (hours), per country in the order first passed: from arrival at
    /// the side's first post or gauge change to leaving its last, the way between included.
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

  /// The simulated time to clear the posts an observed figure covers, or `nil` without
  /// traffic there or without posts of that side on the routes.
  ///
  /// The posts are one side's (`side`), or the whole crossing's where the routes pass posts of
  /// both sides. In one direction the time comes with its interval; over both directions
  /// (`direction` `nil`) it is the consignment-weighted mean of the directions, without one.
  public func clearanceHours(crossing: String, direction: BorderDirection?, side: String?)
    -> ConfidenceInterval?
  {
    var parts: [(hours: ConfidenceInterval, weight: Double)] = []
    for kpi in crossings
    where kpi.key.crossing == crossing && (direction == nil || kpi.key.direction == direction) {
      let hours =
        side.map { country in kpi.sides.first { $0.country == country }?.hours }
        ?? (kpi.sides.count >= 2 ? kpi.clearanceHours : nil)
      guard let hours, hours.observations > 0, hours.mean.isFinite else { continue }
      parts.append((hours, kpi.consignments))
    }
    if direction != nil { return parts.first?.hours }
    let weight = parts.reduce(0) { $0 + $1.weight }
    guard weight > 0 else { return nil }
    return ConfidenceInterval(
      observations: [parts.reduce(0) { $0 + $1.hours.mean * $1.weight } / weight])
  }

  /// Each side's time at crossing facility `x`, in the order passed: from arrival at the
  /// side's first post or gauge change to leaving its last, per replication.
  private func sides(of x: Int) -> [(country: String, hours: ConfidenceInterval)] {
    plan.crossingSides.indices.filter { plan.crossingSides[$0].crossing == x }.map { side in
      let used = replications.filter { $0.sideClearance[side].count > 0 }
      return (
        plan.crossingSides[side].country,
        ConfidenceInterval(observations: used.map { $0.sideClearance[side].mean })
      )
    }
  }
}
