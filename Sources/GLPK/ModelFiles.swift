/// Writes `model` to `path` in CPLEX LP format, for reading, diffing or loading into
/// another solver.
///
/// Variable and constraint names are made safe and unique as ``LinearModel`` describes,
/// so the file can be compared with the model. A path ending in `.gz` is compressed.
/// GLPK's "Writing problem data" messages are not printed.
///
/// - Throws: ``ModelError`` for an invalid model, before GLPK is called;
///   ``SolverError/Kind/fileWriteFailed`` if the file could not be written.
public func writeLP(_ model: LinearModel, to path: String) throws {
  try ModelFileFormat.cplexLP.write(model, to: path)
}

/// Writes `model` to `path` in free MPS format.
///
/// Names are made safe as for ``writeLP(_:to:)``. A path ending in `.gz` is compressed.
///
/// - Throws: ``ModelError`` for an invalid model, before GLPK is called;
///   ``SolverError/Kind/fileWriteFailed`` if the file could not be written.
public func writeMPS(_ model: LinearModel, to path: String) throws {
  try ModelFileFormat.freeMPS.write(model, to: path)
}

/// The model file formats GLPK writes.
enum ModelFileFormat {
  case cplexLP
  case freeMPS

  private var displayName: String {
    switch self {
    case .cplexLP: "LP"
    case .freeMPS: "MPS"
    }
  }

  /// Validates `model`, loads it with safe names and writes it.
  func write(_ model: LinearModel, to path: String) throws {
    try model.validate()
    try checkPath(path)
    try GLPKEnvironment.withThreadEnvironment(messages: .silent) { router in
      try ProblemLoader.withProblem(holding: model, withNames: true, router: router) {
        try write($0, to: path, router: router)
      }
    }
  }

  /// Writes a loaded problem object.
  func write(_ problem: GLPKProblem, to path: String, router: MessageRouter) throws {
    try checkPath(path)
    let returnCode =
      switch self {
      case .cplexLP: try GLPKCalls.writeLP(problem, path: path)
      case .freeMPS: try GLPKCalls.writeMPS(problem, path: path)
      }
    guard returnCode == 0 else {
      throw SolverError(
        .fileWriteFailed,
        "could not write the \(displayName) file '\(path)' (\(router.recentSummary)); check "
          + "that its directory exists and is writable")
    }
  }

  private func checkPath(_ path: String) throws {
    if path.isEmpty || path.contains("\0") {
      throw SolverError(
        .fileWriteFailed, "'\(path)' is not a usable file path for the \(displayName) file")
    }
  }
}
