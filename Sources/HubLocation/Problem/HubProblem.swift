/// A hub-location problem: an instance and the rules a solution must follow.
///
/// Validated when created: `p` lies between the number of forced hubs and the number of
/// candidate nodes, fixed costs and capacities are present when the rules use them, and
/// capacities are only used with single allocation (the only kind whose capacity rule, the sum
/// of `O_i` over the nodes of a hub, is defined here).
public struct HubProblem: Sendable, Hashable {
  /// The data.
  public let instance: HubInstance
  /// Single or multiple allocation.
  public let allocation: HubAllocation
  /// Exactly `p` hubs, or fixed costs with a free number of hubs.
  public let hubCount: HubCountRule
  /// Whether hub capacities bound the allocation (single allocation only).
  public let capacitated: Bool
  /// Nodes that must be hubs (existing hubs), 0-based.
  public let fixedOpen: Set<Int>
  /// Nodes that may be hubs, 0-based; `nil` means every node.
  public let candidates: Set<Int>?

  /// Creates and validates a problem.
  ///
  /// - Parameters:
  ///   - instance: The data.
  ///   - allocation: Single or multiple allocation.
  ///   - hubCount: `.exactly(p)` or `.fixedCosts` (the instance must have fixed costs).
  ///   - capacitated: Whether the instance's capacities bound the hubs' loads (single
  ///     allocation only; the instance must have capacities).
  ///   - fixedOpen: Nodes forced to be hubs, 0-based; they must be candidates.
  ///   - candidates: Nodes allowed to be hubs, 0-based, or `nil` for all.
  /// - Throws: ``HubModelError`` saying which rule is broken.
  public init(
    instance: HubInstance, allocation: HubAllocation, hubCount: HubCountRule,
    capacitated: Bool = false, fixedOpen: Set<Int> = [], candidates: Set<Int>? = nil
  ) throws(HubModelError) {
    let n = instance.nodeCount
    if let candidates {
      if let bad = candidates.sorted().first(where: { !(0..<n).contains($0) }) {
        throw HubModelError(
          "candidate hub \(bad + 1) is not a node; nodes are 1...\(n)")
      }
      guard !candidates.isEmpty else {
        throw HubModelError("the candidate set is empty; give at least one node that may be a hub")
      }
    }
    if let bad = fixedOpen.sorted().first(where: { !(0..<n).contains($0) }) {
      throw HubModelError("forced hub \(bad + 1) is not a node; nodes are 1...\(n)")
    }
    if let candidates, let bad = fixedOpen.sorted().first(where: { !candidates.contains($0) }) {
      throw HubModelError(
        "forced hub \(bad + 1) is not a candidate; add it to the candidates or drop it")
    }
    let candidateCount = candidates?.count ?? n
    switch hubCount {
    case .exactly(let p):
      guard p >= 1, p <= candidateCount else {
        throw HubModelError(
          "p = \(p) hubs asked; expected 1 <= p <= \(candidateCount) (the number of candidate nodes)"
        )
      }
      guard p >= fixedOpen.count else {
        throw HubModelError(
          "p = \(p) hubs asked but \(fixedOpen.count) hubs are forced open; raise p or force fewer")
      }
    case .fixedCosts:
      guard instance.fixedCosts != nil else {
        throw HubModelError(
          "the problem pays fixed costs but the instance has none; add them (e.g. from an FcostX file)"
        )
      }
    }
    if capacitated {
      guard allocation == .single else {
        throw HubModelError(
          "capacities are defined here for single allocation only; use allocation .single")
      }
      guard instance.capacities != nil else {
        throw HubModelError(
          "the problem is capacitated but the instance has no capacities; add them (e.g. from a CapY file)"
        )
      }
    }
    self.instance = instance
    self.allocation = allocation
    self.hubCount = hubCount
    self.capacitated = capacitated
    self.fixedOpen = fixedOpen
    self.candidates = candidates
  }

  /// Creates a problem of a named variant.
  ///
  /// - Parameters:
  ///   - variant: The literature variant.
  ///   - instance: The data.
  ///   - p: The number of hubs, required for the p-hub median variants and refused otherwise.
  ///   - fixedOpen: Nodes forced to be hubs, 0-based.
  ///   - candidates: Nodes allowed to be hubs, 0-based, or `nil` for all.
  /// - Throws: ``HubModelError`` when `p` is missing or not allowed, or the data lacks what the
  ///   variant needs.
  public init(
    _ variant: HubVariant, instance: HubInstance, p: Int? = nil,
    fixedOpen: Set<Int> = [], candidates: Set<Int>? = nil
  ) throws(HubModelError) {
    let rule: HubCountRule
    switch (variant.hasHubCount, p) {
    case (true, let p?): rule = .exactly(p)
    case (true, nil):
      throw HubModelError("\(variant.rawValue) needs the number of hubs p")
    case (false, nil): rule = .fixedCosts
    case (false, _?):
      throw HubModelError(
        "\(variant.rawValue) chooses the number of hubs from fixed costs; do not give p")
    }
    try self.init(
      instance: instance, allocation: variant.allocation, hubCount: rule,
      capacitated: variant.isCapacitated, fixedOpen: fixedOpen, candidates: candidates)
  }

  /// The literature name of the problem.
  public var variant: HubVariant {
    switch (allocation, hubCount, capacitated) {
    case (.single, .exactly, false): .usaphmp
    case (.single, .exactly, true): .csaphmp
    case (.single, .fixedCosts, false): .usahlp
    case (.single, .fixedCosts, true): .csahlp
    case (.multiple, .exactly, _): .umaphmp
    case (.multiple, .fixedCosts, _): .umahlp
    }
  }

  /// The nodes that may be hubs, ascending.
  public var candidateNodes: [Int] {
    candidates.map { $0.sorted() } ?? Array(0..<instance.nodeCount)
  }

  /// Whether node `k` may be a hub.
  public func isCandidate(_ k: Int) -> Bool { candidates?.contains(k) ?? true }

  /// Whether the problem pays fixed costs for its hubs.
  public var paysFixedCosts: Bool { hubCount == .fixedCosts }

  /// The fixed cost paid for a set of hubs (0 unless the problem pays fixed costs).
  public func fixedCost<S: Sequence<Int>>(of hubs: S) -> Double {
    guard paysFixedCosts, let costs = instance.fixedCosts else { return 0 }
    return hubs.reduce(0) { $0 + costs[$1] }
  }
}
