import CorridorAssignment

/// A user equilibrium on a published TNTP network, for checking the solver against its
/// published optimum.
public struct TNTPStudy: Sendable {
  /// The network as read.
  public let network: TNTPNetwork
  /// The equilibrium and its iteration history.
  public let result: EquilibriumResult
  /// Cost per unit of toll added to each link's time.
  public let tollFactor: Double
  /// Cost per unit of length added to each link's time.
  public let distanceFactor: Double

  /// Reads `STEM_net.tntp` and `STEM_trips.tntp` and solves the user equilibrium with link
  /// cost fft·(1 + b·(v/cap)^power) + toll-factor·toll + distance-factor·length.
  ///
  /// - Parameter iteration: Called with each iteration's record.
  /// - Throws: ``StudyError/unreadable(_:)`` when a file cannot be read (the message names
  ///   file and line), ``StudyError/assignment(_:)`` when the equilibrium fails.
  public init(
    stem: String, tollFactor: Double, distanceFactor: Double, targetGap: Double,
    maximumIterations: Int, milestones: [Double] = [],
    iteration: (IterationRecord) -> Void = { _ in }
  ) throws(StudyError) {
    do {
      network = try TNTPNetwork(stem: stem)
    } catch {
      throw .unreadable(error.description)
    }
    self.tollFactor = tollFactor
    self.distanceFactor = distanceFactor
    do {
      let input = try network.assignmentInput(
        tollFactor: tollFactor, distanceFactor: distanceFactor)
      let solver = try GradientProjection(network: input.network, classes: [input.demandClass])
      let options = EquilibriumOptions(
        targetGap: targetGap, maximumIterations: maximumIterations, milestones: milestones)
      result = try solver.solve(options: options, progress: iteration)
    } catch {
      throw .assignment("\(error)")
    }
  }

  /// The link flows and generalized costs in the `_flow.tntp` layout.
  public var flowFile: String {
    let fixed = network.links.map { tollFactor * $0.toll + distanceFactor * $0.length }
    let costs = zip(result.linkTimes, fixed).map { $0 + $1 }
    return TNTPFlowWriter.text(network: network, flows: result.linkFlows, costs: costs)
  }
}
