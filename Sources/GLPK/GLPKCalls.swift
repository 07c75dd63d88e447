import CGLPK
import CGLPKShim

/// A GLPK problem object (`glp_prob *`), which belongs to the thread that created it.
typealias GLPKProblem = OpaquePointer
/// A GLPK branch-and-bound tree (`glp_tree *`), valid only inside a search callback.
typealias GLPKTree = OpaquePointer

/// Thrown when a guarded GLPK routine reported an internal error.
///
/// GLPK's state on the thread has been reset, and the problem object involved must not
/// be touched again.
struct GLPKEnvironmentLost: Error {}

/// Every call into GLPK made by this module, in one place.
///
/// Callers validate arguments before they get here: GLPK answers an invalid argument by
/// printing a message and aborting the process. The solver routines and file writers go
/// through the C shim, which turns an internal error into ``GLPKEnvironmentLost``
/// instead. Row and column numbers here are GLPK's, starting at 1.
enum GLPKCalls {
  #if DEBUG
    /// Observes problem creation, so tests can tell that invalid input never reached GLPK.
    @TaskLocal static var problemCreationObserver: (@Sendable () -> Void)?
  #endif

  // MARK: - Library

  /// `glp_version`.
  static func version() -> String {
    guard let text = glp_version() else { return "" }
    return String(cString: text)
  }

  /// `glp_config(option)`, or nil when the option is not set.
  static func configuration(_ option: String) -> String? {
    guard let text = glp_config(option) else { return nil }
    return String(cString: text)
  }

  /// Routes this thread's terminal output to `sink`; returns the sink it replaces.
  static func swapOutputSink(_ sink: cglpk_sink) -> cglpk_sink {
    cglpk_swap_sink(sink)
  }

  // MARK: - Problem object

  /// `glp_create_prob`.
  static func createProblem() -> GLPKProblem {
    #if DEBUG
      problemCreationObserver?()
    #endif
    return glp_create_prob()
  }

  /// `glp_delete_prob`.
  static func deleteProblem(_ problem: GLPKProblem) {
    glp_delete_prob(problem)
  }

  /// `glp_set_obj_dir`.
  static func setMaximize(_ problem: GLPKProblem, _ maximize: Bool) {
    glp_set_obj_dir(problem, maximize ? GLP_MAX : GLP_MIN)
  }

  /// `glp_add_cols`; `count` must be positive.
  static func addColumns(_ problem: GLPKProblem, count: Int) {
    precondition(count > 0 && count <= ModelRules.maximumDimension)
    glp_add_cols(problem, Int32(count))
  }

  /// `glp_add_rows`, returning the number of the first new row.
  ///
  /// `count` must be positive.
  @discardableResult
  static func addRows(_ problem: GLPKProblem, count: Int) -> Int32 {
    precondition(count > 0 && count <= ModelRules.maximumDimension)
    return glp_add_rows(problem, Int32(count))
  }

  /// `glp_set_col_bnds`, with the bound type derived from which bounds are finite.
  static func setColumnBounds(
    _ problem: GLPKProblem, _ column: Int32, _ lower: Double, _ upper: Double
  ) {
    let (type, lower, upper) = boundType(lower, upper)
    glp_set_col_bnds(problem, column, type, lower, upper)
  }

  /// `glp_set_row_bnds`, with the bound type derived from which bounds are finite.
  static func setRowBounds(_ problem: GLPKProblem, _ row: Int32, _ lower: Double, _ upper: Double) {
    let (type, lower, upper) = boundType(lower, upper)
    glp_set_row_bnds(problem, row, type, lower, upper)
  }

  /// `glp_set_col_kind(…, GLP_IV)`.
  ///
  /// Binary variables are integer columns with bounds within [0, 1], so that a fixed
  /// binary keeps its bound.
  static func setColumnInteger(_ problem: GLPKProblem, _ column: Int32) {
    glp_set_col_kind(problem, column, GLP_IV)
  }

  /// `glp_set_obj_coef`; column 0 is the objective constant.
  static func setObjectiveCoefficient(_ problem: GLPKProblem, _ column: Int32, _ value: Double) {
    glp_set_obj_coef(problem, column, value)
  }

  /// `glp_set_mat_row`.
  ///
  /// Like GLPK, reads `columns[1...count]` and `values[1...count]`; the columns must be
  /// distinct and in range.
  static func setMatrixRow(
    _ problem: GLPKProblem, _ row: Int32, count: Int, columns: UnsafePointer<Int32>,
    values: UnsafePointer<Double>
  ) {
    glp_set_mat_row(problem, row, Int32(count), columns, values)
  }

  /// `glp_set_mat_col`.
  ///
  /// Like GLPK, reads `rows[1...count]` and `values[1...count]`; the rows must be distinct
  /// and in range.
  static func setMatrixColumn(
    _ problem: GLPKProblem, _ column: Int32, count: Int, rows: UnsafePointer<Int32>,
    values: UnsafePointer<Double>
  ) {
    glp_set_mat_col(problem, column, Int32(count), rows, values)
  }

  /// `glp_set_prob_name`; `name` must be a safe name from `LPNames`.
  static func setProblemName(_ problem: GLPKProblem, _ name: String) {
    glp_set_prob_name(problem, name)
  }

  /// `glp_set_obj_name`; `name` must be a safe name from `LPNames`.
  static func setObjectiveName(_ problem: GLPKProblem, _ name: String) {
    glp_set_obj_name(problem, name)
  }

  /// `glp_set_col_name`; `name` must be a safe name from `LPNames`.
  static func setColumnName(_ problem: GLPKProblem, _ column: Int32, _ name: String) {
    glp_set_col_name(problem, column, name)
  }

  /// `glp_set_row_name`; `name` must be a safe name from `LPNames`.
  static func setRowName(_ problem: GLPKProblem, _ row: Int32, _ name: String) {
    glp_set_row_name(problem, row, name)
  }

  // MARK: - Solving

  /// `glp_init_smcp` with output set to `messageLevel`.
  static func simplexParameters(messageLevel: Int32) -> glp_smcp {
    var parameters = glp_smcp()
    glp_init_smcp(&parameters)
    parameters.msg_lev = messageLevel
    return parameters
  }

  /// `glp_init_iocp` with output set to `messageLevel`.
  static func branchAndCutParameters(messageLevel: Int32) -> glp_iocp {
    var parameters = glp_iocp()
    glp_init_iocp(&parameters)
    parameters.msg_lev = messageLevel
    return parameters
  }

  /// `glp_simplex`, guarded against internal errors.
  static func simplex(_ problem: GLPKProblem, _ parameters: glp_smcp) throws -> Int32 {
    var parameters = parameters
    return try checked(cglpk_simplex(problem, &parameters))
  }

  /// `glp_intopt`, guarded against internal errors.
  static func branchAndCut(_ problem: GLPKProblem, _ parameters: glp_iocp) throws -> Int32 {
    var parameters = parameters
    return try checked(cglpk_intopt(problem, &parameters))
  }

  /// `glp_write_lp`, guarded against internal errors; 0 on success.
  static func writeLP(_ problem: GLPKProblem, path: String) throws -> Int32 {
    try checked(cglpk_write_lp(problem, path))
  }

  /// `glp_write_mps` in free MPS format, guarded against internal errors; 0 on success.
  static func writeMPS(_ problem: GLPKProblem, path: String) throws -> Int32 {
    try checked(cglpk_write_mps(problem, path))
  }

  // MARK: - Results

  /// `glp_get_status`: the status of the basic (LP) solution.
  static func simplexStatus(_ problem: GLPKProblem) -> Int32 { glp_get_status(problem) }

  /// `glp_get_prim_stat`: the primal status of the basic solution.
  static func simplexPrimalStatus(_ problem: GLPKProblem) -> Int32 { glp_get_prim_stat(problem) }

  /// `glp_get_obj_val`.
  static func simplexObjective(_ problem: GLPKProblem) -> Double { glp_get_obj_val(problem) }

  /// `glp_get_col_prim`.
  static func simplexColumnValue(_ problem: GLPKProblem, _ column: Int32) -> Double {
    glp_get_col_prim(problem, column)
  }

  /// `glp_get_row_prim`.
  static func simplexRowValue(_ problem: GLPKProblem, _ row: Int32) -> Double {
    glp_get_row_prim(problem, row)
  }

  /// `glp_mip_status`.
  static func integerStatus(_ problem: GLPKProblem) -> Int32 { glp_mip_status(problem) }

  /// `glp_mip_obj_val`.
  static func integerObjective(_ problem: GLPKProblem) -> Double { glp_mip_obj_val(problem) }

  /// `glp_mip_col_val`.
  static func integerColumnValue(_ problem: GLPKProblem, _ column: Int32) -> Double {
    glp_mip_col_val(problem, column)
  }

  /// `glp_mip_row_val`.
  static func integerRowValue(_ problem: GLPKProblem, _ row: Int32) -> Double {
    glp_mip_row_val(problem, row)
  }

  // MARK: - Branch-and-cut tree (inside a search callback only)

  /// `glp_ios_reason`.
  static func reason(_ tree: GLPKTree) -> Int32 { glp_ios_reason(tree) }

  /// `glp_ios_get_prob`: the problem GLPK is working on, the caller's own when presolve
  /// is off.
  static func treeProblem(_ tree: GLPKTree) -> GLPKProblem { glp_ios_get_prob(tree) }

  /// The best local bound among the active nodes, or nil when there is none.
  ///
  /// Uses `glp_ios_best_node` and `glp_ios_node_bound`. Takes time linear in the number
  /// of active nodes, as GLPK's own gap check does.
  static func bestBound(_ tree: GLPKTree) -> Double? {
    let node = glp_ios_best_node(tree)
    guard node != 0 else { return nil }
    return glp_ios_node_bound(tree, node)
  }

  /// `glp_ios_tree_size`: the active nodes, and the nodes created so far including
  /// removed ones.
  static func treeSize(_ tree: GLPKTree) -> (active: Int, created: Int) {
    var active: Int32 = 0
    var created: Int32 = 0
    glp_ios_tree_size(tree, &active, nil, &created)
    return (Int(active), Int(created))
  }

  /// `glp_ios_heur_sol`, returning whether GLPK took the solution as its incumbent.
  ///
  /// Reads `values[1...n]` for the n columns; every integer column's value must be
  /// exactly whole.
  static func offerSolution(_ tree: GLPKTree, _ values: UnsafePointer<Double>) -> Bool {
    glp_ios_heur_sol(tree, values) == 0
  }

  /// `glp_ios_terminate`.
  static func terminate(_ tree: GLPKTree) { glp_ios_terminate(tree) }

  /// The slack rows after `firstRows` that the current node added.
  ///
  /// These are the rows created at the current node's level that are basic in its LP
  /// solution: the rows `glp_del_rows` may delete during `GLP_IROWGEN`. Uses
  /// `glp_ios_curr_node`, `glp_ios_node_level` and `glp_ios_row_attr`.
  static func slackRowsOfCurrentNode(_ tree: GLPKTree, after firstRows: Int) -> [Int32] {
    let problem = glp_ios_get_prob(tree)
    let node = glp_ios_curr_node(tree)
    guard node != 0 else { return [] }
    let level = glp_ios_node_level(tree, node)
    let count = glp_get_num_rows(problem)
    guard Int32(firstRows) < count else { return [] }
    var attributes = glp_attr()
    return (Int32(firstRows + 1)...count).filter { row in
      glp_ios_row_attr(tree, row, &attributes)
      return attributes.level == level && glp_get_row_stat(problem, row) == GLP_BS
    }
  }

  // MARK: - Problem sessions (basis, duals and row deletion)

  /// `glp_get_num_rows`.
  static func rowCount(_ problem: GLPKProblem) -> Int { Int(glp_get_num_rows(problem)) }

  /// `glp_del_rows`.
  ///
  /// Like GLPK, reads `rows[1...count]`; the rows must be distinct and in range, and
  /// `count` positive.
  static func deleteRows(_ problem: GLPKProblem, count: Int, rows: UnsafePointer<Int32>) {
    precondition(count > 0)
    glp_del_rows(problem, Int32(count), rows)
  }

  /// `glp_std_basis`.
  static func standardBasis(_ problem: GLPKProblem) { glp_std_basis(problem) }

  /// `glp_get_row_stat`.
  static func rowBasisStatus(_ problem: GLPKProblem, _ row: Int32) -> Int32 {
    glp_get_row_stat(problem, row)
  }

  /// `glp_get_col_stat`.
  static func columnBasisStatus(_ problem: GLPKProblem, _ column: Int32) -> Int32 {
    glp_get_col_stat(problem, column)
  }

  /// `glp_get_col_dual`: the reduced cost of a column in the basic solution.
  static func simplexReducedCost(_ problem: GLPKProblem, _ column: Int32) -> Double {
    glp_get_col_dual(problem, column)
  }

  /// `glp_get_row_dual`: the dual value of a row in the basic solution.
  static func simplexRowDual(_ problem: GLPKProblem, _ row: Int32) -> Double {
    glp_get_row_dual(problem, row)
  }

  /// `glp_init_smcp` for the dual simplex (falling back to the primal), output at
  /// `messageLevel`.
  static func dualSimplexParameters(messageLevel: Int32) -> glp_smcp {
    var parameters = simplexParameters(messageLevel: messageLevel)
    parameters.meth = GLP_DUALP
    return parameters
  }

  /// `glp_ios_can_branch`; only valid at `GLP_IBRANCH`, `column` in range.
  static func canBranch(_ tree: GLPKTree, _ column: Int32) -> Bool {
    glp_ios_can_branch(tree, column) != 0
  }

  /// `glp_ios_branch_upon`; only valid at `GLP_IBRANCH`, for a column that
  /// `canBranch` accepts.
  static func branch(_ tree: GLPKTree, on column: Int32, upFirst: Bool?) {
    let selection: Int32
    switch upFirst {
    case true?: selection = GLP_UP_BRNCH
    case false?: selection = GLP_DN_BRNCH
    case nil: selection = GLP_NO_BRNCH
    }
    glp_ios_branch_upon(tree, column, selection)
  }

  // MARK: - Helpers

  private static func boundType(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
    switch (lower.isFinite, upper.isFinite) {
    case (false, false): return (GLP_FR, 0, 0)
    case (true, false): return (GLP_LO, lower, 0)
    case (false, true): return (GLP_UP, 0, upper)
    case (true, true): return (lower == upper ? GLP_FX : GLP_DB, lower, upper)
    }
  }

  private static func checked(_ returnCode: Int32) throws -> Int32 {
    if returnCode == CGLPK_FATAL { throw GLPKEnvironmentLost() }
    return returnCode
  }
}
