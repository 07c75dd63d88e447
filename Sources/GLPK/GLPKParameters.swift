import CGLPK

// How SolverOptions translate into GLPK's control-parameter structures.

extension SolverOptions {
  /// GLPK's `msg_lev` for ``messages``.
  var glpkMessageLevel: Int32 {
    switch messages {
    case .silent: GLP_MSG_OFF
    case .log(.errors, _): GLP_MSG_ERR
    case .log(.normal, _): GLP_MSG_ON
    case .log(.all, _): GLP_MSG_ALL
    }
  }

  /// Simplex parameters: primal simplex, the given presolve and time budget.
  func simplexParameters(presolve: Bool, timeLimit: Duration?) -> glp_smcp {
    var parameters = GLPKCalls.simplexParameters(messageLevel: glpkMessageLevel)
    parameters.presolve = presolve ? GLP_ON : GLP_OFF
    if let timeLimit { parameters.tm_lim = timeLimit.glpkMilliseconds }
    return parameters
  }

  /// Branch-and-cut parameters for these options.
  ///
  /// - Parameters:
  ///   - presolve: Whether GLPK's MIP presolver runs; without it the problem must hold an
  ///     optimal LP relaxation already.
  ///   - builtInHeuristics: Whether the heuristics in ``heuristics`` may run.
  ///   - timeLimit: The time left for branch and cut.
  func branchAndCutParameters(presolve: Bool, builtInHeuristics: Bool, timeLimit: Duration?)
    -> glp_iocp
  {
    var parameters = GLPKCalls.branchAndCutParameters(messageLevel: glpkMessageLevel)
    parameters.presolve = presolve ? GLP_ON : GLP_OFF
    parameters.mip_gap = relativeGap
    if let timeLimit { parameters.tm_lim = timeLimit.glpkMilliseconds }
    parameters.br_tech = branching.glpkValue
    parameters.bt_tech = backtracking.glpkValue
    parameters.pp_tech = preprocessing.glpkValue
    parameters.gmi_cuts = flag(cuts.contains(.gomory))
    parameters.mir_cuts = flag(cuts.contains(.mixedIntegerRounding))
    parameters.cov_cuts = flag(cuts.contains(.cover))
    parameters.clq_cuts = flag(cuts.contains(.clique))
    parameters.sr_heur = flag(builtInHeuristics && heuristics.contains(.rounding))
    parameters.fp_heur = flag(builtInHeuristics && heuristics.contains(.feasibilityPump))
    parameters.ps_heur = flag(builtInHeuristics && heuristics.contains(.proximitySearch))
    parameters.ps_tm_lim = proximitySearchTimeLimit.glpkMilliseconds
    return parameters
  }

  private func flag(_ on: Bool) -> Int32 { on ? GLP_ON : GLP_OFF }
}

extension BranchingRule {
  var glpkValue: Int32 {
    switch self {
    case .firstFractional: GLP_BR_FFV
    case .lastFractional: GLP_BR_LFV
    case .mostFractional: GLP_BR_MFV
    case .driebeckTomlin: GLP_BR_DTH
    case .hybridPseudocost: GLP_BR_PCH
    }
  }
}

extension BacktrackingRule {
  var glpkValue: Int32 {
    switch self {
    case .depthFirst: GLP_BT_DFS
    case .breadthFirst: GLP_BT_BFS
    case .bestLocalBound: GLP_BT_BLB
    case .bestProjection: GLP_BT_BPH
    }
  }
}

extension NodePreprocessing {
  var glpkValue: Int32 {
    switch self {
    case .none: GLP_PP_NONE
    case .rootOnly: GLP_PP_ROOT
    case .allLevels: GLP_PP_ALL
    }
  }
}
