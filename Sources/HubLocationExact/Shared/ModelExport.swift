import GLPK
import HubLocation

/// The master model could not be written where ``ExactHubOptions/lpExportPath`` says.
public struct ModelExportError: Error, Sendable, CustomStringConvertible {
  /// The path asked for.
  public var path: String
  /// What the system or the solver library said.
  public var reason: String

  /// "cannot write the model to PATH: REASON".
  public var description: String { "cannot write the model to \(path): \(reason)" }
}

/// Writes `model` in CPLEX LP format to `path`, turning a failure into ``ModelExportError``.
func exportLP(_ model: LinearModel, to path: String) throws {
  do {
    try writeLP(model, to: path)
  } catch let error as SolverError {
    throw ModelExportError(path: path, reason: "\(error)")
  }
}
