/// Settings for one call of ``solve(_:options:callbacks:)``.
///
/// The defaults suit models that must be solved to optimality: no time limit, a relative
/// gap of 10⁻⁶, presolve on, GLPK's default branching and backtracking, simple rounding
/// as the only built-in heuristic, no cuts, and no output.
public struct SolverOptions: Sendable {
  /// The wall-clock budget for the whole solve, or nil for none.
  ///
  /// It covers the LP relaxation and the branch and cut together. GLPK counts whole
  /// milliseconds and checks the limit between nodes and simplex iterations, so a solve
  /// can overrun it slightly; on large models GLPK's presolve, scaling and first
  /// factorisation cannot be interrupted and may overrun it by seconds. When it is
  /// reached the solution's termination is ``Termination/timeLimit``, with the best
  /// solution found so far, if any.
  public var timeLimit: Duration?

  /// The relative gap at which branch and cut stops, `|objective − bound| / |objective|`.
  ///
  /// Defaults to 10⁻⁶, so a solution ended by the gap has its bound within one part in a
  /// million of its objective; 0 asks GLPK to close the gap completely. GLPK's
  /// `mip_gap`. Only used for mixed-integer models.
  public var relativeGap: Double

  /// Whether GLPK's presolver simplifies the model first.
  ///
  /// Defaults to true. For mixed-integer models with a lazy-constraint or heuristic
  /// callback it is turned off, because those callbacks work with the original
  /// variables, and GLPK's callbacks would otherwise see the presolved problem. GLPK's
  /// `presolve` of both `glp_smcp` and `glp_iocp`.
  public var presolve: Bool

  /// The families of cutting planes GLPK generates; none by default.
  public var cuts: CutKinds

  /// GLPK's built-in primal heuristics; simple rounding by default.
  ///
  /// All are turned off while a lazy-constraint callback is set, because GLPK checks
  /// their solutions only against the constraints it already has.
  public var heuristics: PrimalHeuristics

  /// The time budget of each proximity search, when that heuristic is on.
  ///
  /// GLPK's `ps_tm_lim`; defaults to 60 seconds.
  public var proximitySearchTimeLimit: Duration

  /// How branch and cut chooses the variable to branch on.
  public var branching: BranchingRule

  /// How branch and cut chooses the next node to explore.
  public var backtracking: BacktrackingRule

  /// Where branch and cut tightens bounds before solving a node's LP.
  public var preprocessing: NodePreprocessing

  /// Where GLPK's progress output goes; nowhere by default.
  public var messages: SolverMessages

  /// A path where the model is written in CPLEX LP format before it is solved, or nil.
  ///
  /// This is what a `--write-lp FILE` option should set. The names are made safe as
  /// ``writeLP(_:to:)`` describes.
  public var lpExportPath: String?

  /// Creates options; every parameter has the default described on its property.
  public init(
    timeLimit: Duration? = nil, relativeGap: Double = 1e-6, presolve: Bool = true,
    cuts: CutKinds = [], heuristics: PrimalHeuristics = [.rounding],
    proximitySearchTimeLimit: Duration = .seconds(60),
    branching: BranchingRule = .driebeckTomlin, backtracking: BacktrackingRule = .bestLocalBound,
    preprocessing: NodePreprocessing = .allLevels, messages: SolverMessages = .silent,
    lpExportPath: String? = nil
  ) {
    self.timeLimit = timeLimit
    self.relativeGap = relativeGap
    self.presolve = presolve
    self.cuts = cuts
    self.heuristics = heuristics
    self.proximitySearchTimeLimit = proximitySearchTimeLimit
    self.branching = branching
    self.backtracking = backtracking
    self.preprocessing = preprocessing
    self.messages = messages
    self.lpExportPath = lpExportPath
  }

  /// Throws if a value is out of the range GLPK accepts.
  ///
  /// GLPK aborts the process on an invalid parameter, so this runs before every solve.
  func validate() throws {
    if let timeLimit, timeLimit < .zero {
      throw SolverError(
        .invalidOptions, "timeLimit is \(timeLimit); use a positive duration, or nil for none")
    }
    if !relativeGap.isFinite || relativeGap < 0 {
      throw SolverError(
        .invalidOptions,
        "relativeGap is \(relativeGap); use a finite number ≥ 0, such as 1e-6, or 0 to close "
          + "the gap")
    }
    if proximitySearchTimeLimit <= .zero {
      throw SolverError(
        .invalidOptions,
        "proximitySearchTimeLimit is \(proximitySearchTimeLimit); use a positive duration")
    }
    if let lpExportPath, lpExportPath.isEmpty || lpExportPath.contains("\0") {
      throw SolverError(
        .invalidOptions, "lpExportPath '\(lpExportPath)' is not a usable file path")
    }
  }
}

extension Duration {
  /// The duration in whole milliseconds, rounded up and capped for GLPK's `int` limits.
  var glpkMilliseconds: Int32 {
    let (seconds, attoseconds) = components
    let milliseconds = Double(seconds) * 1000 + (Double(attoseconds) / 1e15).rounded(.up)
    return Int32(Swift.max(0, Swift.min(milliseconds, Double(Int32.max - 1))))
  }

  /// The duration in seconds.
  var inSeconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) * 1e-18
  }
}
