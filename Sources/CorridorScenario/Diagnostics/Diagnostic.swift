/// A problem found in a scenario, with where it is and what was expected.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable {
    /// The scenario cannot be used until this is fixed.
    case error
    /// Legal but suspicious; the scenario can still be used.
    case warning
  }

  /// Whether this is an error or a warning.
  public var severity: Severity
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong and what was expected.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `FILE:LINE:COL: error: MESSAGE`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The error thrown when a scenario has errors; it carries every diagnostic found.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
  /// All diagnostics, errors and warnings, in file order.
  public var diagnostics: [Diagnostic]

  /// Creates the error from its diagnostics.
  public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// The errors alone.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
