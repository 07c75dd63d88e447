import CNLopt

/// Minimizes a function of a few bounded variables without derivatives, by NLopt.
///
/// A thin seam over the NLopt C library: the problem is created, solved and destroyed in one
/// call on the calling thread; every argument is checked before it reaches C, and the
/// objective is a Swift closure. The algorithms are local derivative-free ones suited to
/// smooth or nearly smooth objectives of up to a few dozen variables: BOBYQA (Powell's bound
/// quadratic models) and Subplex (Rowan's Nelder–Mead on subspaces, robust to some noise).
public struct BoundedMinimizer: Sendable {
  /// The algorithm.
  public enum Algorithm: Sendable {
    /// Powell's BOBYQA: quadratic models within bounds.
    case bobyqa
    /// Rowan's Subplex: Nelder–Mead on subspaces.
    case subplex

    var code: nlopt_algorithm {
      switch self {
      case .bobyqa: NLOPT_LN_BOBYQA
      case .subplex: NLOPT_LN_SBPLX
      }
    }
  }

  /// Why the search stopped, and where.
  public struct Result: Sendable {
    /// The best point found.
    public var x: [Double]
    /// The objective there.
    public var value: Double
    /// Objective evaluations made.
    public var evaluations: Int
    /// NLopt's reason for stopping, in words.
    public var reason: String
    /// Whether NLopt reports success (a tolerance or the evaluation limit reached).
    public var succeeded: Bool

    /// Creates a result.
    public init(x: [Double], value: Double, evaluations: Int, reason: String, succeeded: Bool) {
      self.x = x
      self.value = value
      self.evaluations = evaluations
      self.reason = reason
      self.succeeded = succeeded
    }
  }

  public var algorithm: Algorithm
  /// Stop when a step changes every variable by less than this fraction.
  public var relativeTolerance: Double
  /// The most objective evaluations.
  public var maximumEvaluations: Int

  /// Creates a minimizer.
  public init(
    algorithm: Algorithm = .bobyqa, relativeTolerance: Double = 1e-3, maximumEvaluations: Int = 200
  ) {
    self.algorithm = algorithm
    self.relativeTolerance = relativeTolerance
    self.maximumEvaluations = maximumEvaluations
  }

  /// The error of a problem NLopt would refuse.
  public struct InvalidProblem: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Minimizes `objective` from `start` within `[lower, upper]`.
  ///
  /// - Throws: ``InvalidProblem`` when the dimensions disagree, a bound or the start is not
  ///   finite, or the start lies outside the bounds.
  public func minimize(
    start: [Double], lower: [Double], upper: [Double], objective: ([Double]) -> Double
  ) throws(InvalidProblem) -> Result {
    let n = start.count
    guard maximumEvaluations >= 1, relativeTolerance > 0, relativeTolerance.isFinite else {
      throw InvalidProblem(
        description: "the evaluation limit must be at least 1 and the tolerance above 0")
    }
    guard n > 0, lower.count == n, upper.count == n else {
      throw InvalidProblem(description: "the start and the bounds must have the same length")
    }
    for i in 0..<n {
      guard lower[i].isFinite, upper[i].isFinite, start[i].isFinite, lower[i] <= start[i],
        start[i] <= upper[i]
      else {
        throw InvalidProblem(
          description:
            "variable \(i + 1): bounds \(lower[i])...\(upper[i]) and start \(start[i]) must be "
            + "finite, with the start between the bounds")
      }
    }
    guard let opt = nlopt_create(algorithm.code, UInt32(n)) else {
      throw InvalidProblem(description: "NLopt could not create the problem")
    }
    defer { nlopt_destroy(opt) }
    var x = start
    var best = Double.infinity
    let (status, evaluations, recorded) = withoutActuallyEscaping(objective) { objective in
      var context = Context(objective: objective)
      let status = withUnsafeMutablePointer(to: &context) { pointer -> nlopt_result in
        nlopt_set_lower_bounds(opt, lower)
        nlopt_set_upper_bounds(opt, upper)
        nlopt_set_xtol_rel(opt, relativeTolerance)
        nlopt_set_maxeval(opt, Int32(clamping: maximumEvaluations))
        nlopt_set_min_objective(opt, callObjective, UnsafeMutableRawPointer(pointer))
        return nlopt_optimize(opt, &x, &best)
      }
      return (status, context.evaluations, context.best)
    }
    // NLopt returns the best point found even when it stops early; keep ours if it did not.
    if !best.isFinite, let recorded {
      x = recorded.x
      best = recorded.value
    }
    return Result(
      x: x, value: best, evaluations: evaluations, reason: Self.reason(status),
      succeeded: status.rawValue > 0)
  }

  /// NLopt's status in words.
  static func reason(_ status: nlopt_result) -> String {
    switch status {
    case NLOPT_SUCCESS: "converged"
    case NLOPT_STOPVAL_REACHED: "reached the target value"
    case NLOPT_FTOL_REACHED: "the objective stopped improving"
    case NLOPT_XTOL_REACHED: "the variables stopped moving"
    case NLOPT_MAXEVAL_REACHED: "reached the evaluation limit"
    case NLOPT_MAXTIME_REACHED: "reached the time limit"
    case NLOPT_ROUNDOFF_LIMITED: "stopped by round-off"
    case NLOPT_FORCED_STOP: "stopped"
    case NLOPT_OUT_OF_MEMORY: "ran out of memory"
    case NLOPT_INVALID_ARGS: "refused its arguments"
    default: "failed"
    }
  }
}

/// What the C callback reaches: the Swift objective and the evaluations so far.
private struct Context {
  var objective: ([Double]) -> Double
  var evaluations = 0
  var best: (x: [Double], value: Double)?
}

/// The objective as NLopt calls it; no gradient is asked of derivative-free algorithms.
private func callObjective(
  _ n: UInt32, _ x: UnsafePointer<Double>?, _ gradient: UnsafeMutablePointer<Double>?,
  _ data: UnsafeMutableRawPointer?
) -> Double {
  guard let x, let data else { return .infinity }
  let context = data.assumingMemoryBound(to: Context.self)
  let point = Array(UnsafeBufferPointer(start: x, count: Int(n)))
  let value = context.pointee.objective(point)
  context.pointee.evaluations += 1
  if value < (context.pointee.best?.value ?? .infinity) { context.pointee.best = (point, value) }
  // NLopt stops on NaN and misjudges infinities; an objective that cannot be evaluated counts
  // as very bad instead.
  return value.isFinite ? value : .greatestFiniteMagnitude
}
