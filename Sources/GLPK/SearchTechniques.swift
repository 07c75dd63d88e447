// The branch-and-cut techniques SolverOptions chooses among.

/// Families of cutting planes GLPK can add during branch and cut.
public struct CutKinds: OptionSet, Sendable, Hashable {
  /// The bits of the set.
  public let rawValue: Int

  /// Creates a set from its bits.
  public init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Gomory's mixed-integer cuts (`gmi_cuts`).
  public static let gomory = CutKinds(rawValue: 1 << 0)
  /// Mixed-integer rounding cuts (`mir_cuts`).
  public static let mixedIntegerRounding = CutKinds(rawValue: 1 << 1)
  /// Mixed cover cuts (`cov_cuts`).
  public static let cover = CutKinds(rawValue: 1 << 2)
  /// Clique cuts (`clq_cuts`).
  public static let clique = CutKinds(rawValue: 1 << 3)
  /// Every family.
  public static let all: CutKinds = [.gomory, .mixedIntegerRounding, .cover, .clique]
}

/// GLPK's built-in heuristics for finding integer solutions.
public struct PrimalHeuristics: OptionSet, Sendable, Hashable {
  /// The bits of the set.
  public let rawValue: Int

  /// Creates a set from its bits.
  public init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Simple rounding of the LP solution (`sr_heur`), on in GLPK by default.
  public static let rounding = PrimalHeuristics(rawValue: 1 << 0)
  /// The feasibility pump (`fp_heur`).
  public static let feasibilityPump = PrimalHeuristics(rawValue: 1 << 1)
  /// Proximity search (`ps_heur`), limited by ``SolverOptions/proximitySearchTimeLimit``.
  public static let proximitySearch = PrimalHeuristics(rawValue: 1 << 2)
  /// Every heuristic.
  public static let all: PrimalHeuristics = [.rounding, .feasibilityPump, .proximitySearch]
}

/// How branch and cut chooses the variable to branch on (GLPK's `br_tech`).
public enum BranchingRule: Sendable, Hashable, CaseIterable {
  /// The first fractional variable (`GLP_BR_FFV`).
  case firstFractional
  /// The last fractional variable (`GLP_BR_LFV`).
  case lastFractional
  /// The most fractional variable (`GLP_BR_MFV`).
  case mostFractional
  /// The heuristic of Driebeck and Tomlin (`GLP_BR_DTH`), GLPK's default.
  case driebeckTomlin
  /// Hybrid pseudo-cost branching (`GLP_BR_PCH`).
  case hybridPseudocost
}

/// How branch and cut chooses the next node to explore (GLPK's `bt_tech`).
public enum BacktrackingRule: Sendable, Hashable, CaseIterable {
  /// Depth first (`GLP_BT_DFS`).
  case depthFirst
  /// Breadth first (`GLP_BT_BFS`).
  case breadthFirst
  /// The node with the best local bound (`GLP_BT_BLB`), GLPK's default.
  case bestLocalBound
  /// The best projection heuristic (`GLP_BT_BPH`).
  case bestProjection
}

/// Where branch and cut tightens bounds before solving a node (GLPK's `pp_tech`).
public enum NodePreprocessing: Sendable, Hashable, CaseIterable {
  /// Nowhere (`GLP_PP_NONE`).
  case none
  /// At the root only (`GLP_PP_ROOT`).
  case rootOnly
  /// At every node (`GLP_PP_ALL`), GLPK's default.
  case allLevels
}
