import GLPK
import HubLocation

/// The Benders master of single allocation (Skorin-Kapov et al.'s path formulation with the
/// transfer part projected out): allocation variables, one `η` per origin, and the
/// assignment, linking, hub-count, capacity and aggregate-capacity rows.
enum SingleAllocationMaster {
  /// Builds the master without cuts.
  static func model(data: SingleAllocationData, columns: MasterColumns) -> LinearModel {
    let problem = data.problem
    let n = data.n
    var model = LinearModel(name: "hub_master")
    model.reserveCapacity(
      variables: columns.count, constraints: n + columns.zCount + 2 * n + 2,
      nonzeros: 4 * columns.zCount)
    for i in 0..<n {
      for k in 0..<n where columns.z[i * n + k] >= 0 {
        let isForcedHub = i == k && problem.fixedOpen.contains(k)
        let objective = data.lin[i * n + k] + (i == k ? data.fixedCost[k] : 0)
        model.addVariable(
          name: "z_\(i + 1)_\(k + 1)", lowerBound: isForcedHub ? 1 : 0, upperBound: 1,
          kind: .binary, objective: objective)
      }
    }
    for i in 0..<n where columns.eta[i] >= 0 {
      model.addVariable(name: "eta_\(i + 1)", objective: 1)
    }
    // Every node has one hub.
    for i in 0..<n {
      let terms = (0..<n).compactMap { k -> (Variable, Double)? in
        let column = columns.z[i * n + k]
        return column >= 0 ? (Variable(index: column), 1) : nil
      }
      model.addConstraint(name: "assign_\(i + 1)", terms: terms, lowerBound: 1, upperBound: 1)
    }
    // Only hubs receive nodes.
    for i in 0..<n {
      for k in 0..<n where k != i && columns.z[i * n + k] >= 0 {
        let hub = columns.z[k * n + k]
        if hub >= 0 {
          model.addConstraint(
            name: "link_\(i + 1)_\(k + 1)",
            terms: [(Variable(index: columns.z[i * n + k]), 1), (Variable(index: hub), -1)],
            upperBound: 0)
        } else {
          // k cannot be its own hub, so nobody can use it.
          model.addConstraint(
            name: "link_\(i + 1)_\(k + 1)", terms: [(Variable(index: columns.z[i * n + k]), 1)],
            upperBound: 0)
        }
      }
    }
    let hubTerms = (0..<n).compactMap { k -> (Variable, Double)? in
      let column = columns.z[k * n + k]
      return column >= 0 ? (Variable(index: column), 1) : nil
    }
    model.addHubCountRow(hubTerms, rule: problem.hubCount)
    if problem.capacitated, let capacities = problem.instance.capacities {
      let origin = problem.instance.originTotals
      for k in 0..<n where columns.z[k * n + k] >= 0 {
        var terms: [(Variable, Double)] = []
        for i in 0..<n where columns.z[i * n + k] >= 0 {
          let coefficient = i == k ? origin[k] - capacities[k] : origin[i]
          terms.append((Variable(index: columns.z[i * n + k]), coefficient))
        }
        model.addConstraint(name: "capacity_\(k + 1)", terms: terms, upperBound: 0)
      }
      // The open hubs must hold all the flow.
      let capacityTerms = (0..<n).compactMap { k -> (Variable, Double)? in
        let column = columns.z[k * n + k]
        return column >= 0 ? (Variable(index: column), capacities[k]) : nil
      }
      model.addConstraint(
        name: "total_capacity", terms: capacityTerms, lowerBound: origin.reduce(0, +))
    }
    return model
  }
}
