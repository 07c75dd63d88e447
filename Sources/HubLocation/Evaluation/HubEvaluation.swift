/// The cost of a solution, split into its parts, with the hubs' loads and the rules it breaks.
public struct HubEvaluation: Sendable, Hashable {
  /// The hubs, 0-based, ascending.
  public var hubs: [Int]
  /// The hub of each node, 0-based (single allocation), or `nil` (multiple allocation).
  public var allocation: [Int]?
  /// The collection part, `chi * d(i, k)` weighted by the flows.
  public var collectionCost: Double
  /// The transfer part, `alpha * d(k, m)` weighted by the flows.
  public var transferCost: Double
  /// The distribution part, `delta * d(m, j)` weighted by the flows.
  public var distributionCost: Double
  /// The fixed costs of the hubs (0 unless the problem pays them).
  public var fixedCost: Double
  /// The loads of the hubs, ascending by hub.
  public var loads: [HubLoad]
  /// The rules of the problem that the solution breaks; empty when it is feasible.
  public var violations: [HubViolation]

  /// The flow cost: collection + transfer + distribution.
  public var transportCost: Double { collectionCost + transferCost + distributionCost }
  /// The objective: transport cost + fixed costs.
  public var cost: Double { transportCost + fixedCost }
  /// Whether the solution follows every rule of the problem.
  public var isFeasible: Bool { violations.isEmpty }
}
