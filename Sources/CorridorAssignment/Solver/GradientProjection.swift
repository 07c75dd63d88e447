import CorridorModel
import Dispatch
import Foundation
import Synchronization

/// Deterministic user equilibrium by path-based gradient projection.
///
/// The method of Jayakrishnan, Tsai, Prashker and Rajadhyaksha (1994), in the Gauss–Seidel
/// form studied by Perederieieva, Ehrgott, Raith and Wang (2015): for each OD pair in turn,
/// the current shortest path joins the pair's path set, and flow moves from every costlier
/// path to the cheapest one by a Newton step, `Δ = (c_p − c_min) / Σ t'_a` over the links the
/// two paths do not share; link flows and times are updated at once. Path sets stay small, so
/// the method converges to relative gaps of 1e-12 and below, where link-based Frank–Wolfe
/// variants stall near 1e-6.
///
/// Several classes share the link time functions through their PCE factors; each class adds
/// its own fixed link costs. The relative gap is `(TSTT − SPTT) / TSTT` with
/// `TSTT = Σ_k Σ_a x_ka (t_a + F_ka)` and `SPTT = Σ_k Σ_od d_od^k · (cheapest path cost)`.
///
/// A class with a logit spread θ is assigned to the logit stochastic user equilibrium (Fisk
/// 1980) over its generated path set instead: the same Newton steps act on the modified path
/// costs `c_p + ln(f_p) / θ`, which are equal on every path at the equilibrium. The set starts
/// with the shortest path and alternatives found by penalising it (links of the shortest-path
/// tree cost 1.5 times more, three times over), and grows with each iteration's shortest
/// path. Such a class adds `Σ f_p (ĉ_p − min ĉ)` to the gap's numerator instead of its
/// TSTT − SPTT.
public struct GradientProjection: Sendable {
  /// The network.
  public let network: AssignmentNetwork
  /// The classes.
  public let classes: [DemandClass]

  /// Creates a solver after checking the classes against the network.
  ///
  /// - Throws: ``AssignmentError`` when a class's fixed costs do not match the links, a PCE
  ///   is not positive, a node is out of range, or a volume is negative or not finite.
  public init(network: AssignmentNetwork, classes: [DemandClass]) throws(AssignmentError) {
    for demandClass in classes {
      guard demandClass.pce > 0, demandClass.pce.isFinite else {
        throw .invalidParameter(
          "class '\(demandClass.name)' has PCE \(demandClass.pce); expected > 0")
      }
      if let theta = demandClass.logitSpread, !(theta > 0 && theta.isFinite) {
        throw .invalidParameter(
          "class '\(demandClass.name)' has logit spread \(theta); expected a finite number > 0")
      }
      guard demandClass.fixedCost.isEmpty || demandClass.fixedCost.count == network.linkCount else {
        throw .invalidParameter(
          "class '\(demandClass.name)' has \(demandClass.fixedCost.count) fixed costs for "
            + "\(network.linkCount) links")
      }
      for origin in demandClass.demand {
        guard (0..<network.nodeCount).contains(origin.origin) else {
          throw .invalidParameter("origin \(origin.origin + 1) is not a node")
        }
        for d in origin.destinations {
          guard (0..<network.nodeCount).contains(d.node) else {
            throw .invalidParameter("destination \(d.node + 1) is not a node")
          }
          guard d.volume >= 0, d.volume.isFinite else {
            throw .invalidParameter(
              "demand \(origin.origin + 1) → \(d.node + 1) is \(d.volume); expected a finite "
                + "number ≥ 0")
          }
        }
      }
    }
    self.network = network
    self.classes = classes
  }

  /// Runs the assignment until the target gap or the iteration limit.
  ///
  /// - Parameter progress: Called after every iteration with its record.
  /// - Throws: ``AssignmentError/unreachableDemand(_:)`` listing the OD pairs without a path.
  public func solve(
    options: EquilibriumOptions = EquilibriumOptions(),
    progress: (IterationRecord) -> Void = { _ in }
  ) throws(AssignmentError) -> EquilibriumResult {
    let clock = ContinuousClock()
    let start = clock.now
    var state = SolverState(network: network, classes: classes)
    try state.initialise()
    var history: [IterationRecord] = []
    var milestones: [Double: IterationRecord] = [:]
    for iteration in 1...max(1, options.maximumIterations) {
      state.generateAndEquilibrate()
      for _ in 0..<options.innerPasses { state.equilibrateAll() }
      state.recomputeLinkFlows()
      let (tstt, sptt) = state.evaluateGap()
      guard tstt.isFinite, sptt.isFinite else {
        throw .invalidParameter(
          "link costs overflowed at the equilibrium flows (TSTT \(tstt), SPTT \(sptt)); check capacities, "
            + "powers, service times and the demand's size")
      }
      let gap = tstt > 0 ? max(0, (tstt - sptt) / tstt) : 0
      let elapsed = clock.now - start
      let record = IterationRecord(
        iteration: iteration, relativeGap: gap, objective: state.objective(), tstt: tstt,
        sptt: sptt,
        seconds: elapsed.inSeconds
      )
      history.append(record)
      for milestone in options.milestones where gap <= milestone && milestones[milestone] == nil {
        milestones[milestone] = record
      }
      progress(record)
      if gap <= options.targetGap { break }
    }
    return EquilibriumResult(
      network: network, classes: classes, linkFlows: state.flow, classLinkFlows: state.classFlow,
      linkTimes: state.time, paths: state.paths, history: history, milestones: milestones)
  }
}
