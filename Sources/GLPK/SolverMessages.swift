/// Where GLPK's terminal output goes during a solve.
///
/// GLPK's output is set per thread; a solve routes the output of its own thread for
/// its own duration only, so parallel solves never mix their messages.
public enum SolverMessages: Sendable {
  /// No output at all. GLPK's messages about an internal error still end up in the
  /// thrown ``SolverError``.
  case silent
  /// Each line of GLPK's output at `level`, without the line break, is passed to the
  /// closure on the solving thread. The layer's own notes, such as why a heuristic
  /// solution was rejected, are passed too.
  case log(MessageLevel, @Sendable (String) -> Void)
}

/// How much GLPK says (its `msg_lev`).
public enum MessageLevel: Sendable, Hashable, CaseIterable {
  /// Warnings and errors only (`GLP_MSG_ERR`).
  case errors
  /// Normal progress output (`GLP_MSG_ON`).
  case normal
  /// Everything, including each presolve and cut step (`GLP_MSG_ALL`).
  case all
}
