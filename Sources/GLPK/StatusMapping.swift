import CGLPK

/// How GLPK's return codes and solution statuses become a ``Termination``.
enum StatusMapping {
  /// The termination of `glp_simplex` on a linear model.
  static func simplexTermination(returnCode: Int32, status: Int32) -> Termination {
    switch returnCode {
    case 0:
      switch status {
      case GLP_OPT: .optimal
      case GLP_NOFEAS: .infeasible
      case GLP_UNBND: .unbounded
      default: .numericalError
      }
    case GLP_ENOPFS: .infeasible
    case GLP_ENODFS: .dualInfeasible
    case GLP_ETMLIM: .timeLimit
    case GLP_EITLIM: .iterationLimit
    case GLP_EOBJLL, GLP_EOBJUL: .interrupted
    case GLP_EBADB, GLP_EBOUND: .invalidModel
    default: .numericalError
    }
  }

  /// The termination of a mixed-integer model whose LP relaxation is not optimal.
  ///
  /// An unbounded relaxation leaves the model infeasible or unbounded.
  static func relaxationTermination(returnCode: Int32, status: Int32) -> Termination {
    let termination = simplexTermination(returnCode: returnCode, status: status)
    return termination == .unbounded ? .dualInfeasible : termination
  }

  /// The termination of `glp_intopt`, given `glp_mip_status` afterwards.
  static func branchAndCutTermination(returnCode: Int32, status: Int32) -> Termination {
    switch returnCode {
    case 0:
      switch status {
      case GLP_OPT: .optimal
      case GLP_NOFEAS: .infeasible
      default: .interrupted
      }
    case GLP_EMIPGAP: .gapLimit
    case GLP_ETMLIM: .timeLimit
    case GLP_ESTOP: .interrupted
    case GLP_EITLIM: .iterationLimit
    case GLP_ENOPFS: .infeasible
    case GLP_ENODFS: .dualInfeasible
    case GLP_EBOUND, GLP_EROOT, GLP_EBADB: .invalidModel
    default: .numericalError
    }
  }

  /// Whether the presolver gave up because the LP has no dual feasible solution.
  static func isNoDualFeasibleSolution(_ returnCode: Int32) -> Bool {
    returnCode == GLP_ENODFS
  }

  /// Whether `glp_get_prim_stat` reports a feasible basic solution.
  static func isFeasibleBasicSolution(_ primalStatus: Int32) -> Bool {
    primalStatus == GLP_FEAS
  }

  /// Whether `glp_mip_status` reports an integer solution.
  static func hasIntegerSolution(_ status: Int32) -> Bool {
    status == GLP_OPT || status == GLP_FEAS
  }

  /// Whether `glp_get_status` reports an optimal basic solution.
  static func isOptimalBasicSolution(_ status: Int32) -> Bool {
    status == GLP_OPT
  }
}
