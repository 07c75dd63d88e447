import ArgumentParser
import CorridorStudy

extension StudyProgress {
  /// Progress on a display: a message for each step (none when `message` gives `nil`),
  /// replications done, and warnings on standard error about the scenario read from `file`.
  static func display(
    _ display: ProgressDisplay, file: String,
    step message: @escaping @Sendable (Step) -> String? = { _ in nil }
  ) -> StudyProgress {
    StudyProgress(
      step: { step in
        if let text = message(step) { display.stage(text) }
      },
      replications: display.replications,
      warning: { printError("corridor: warning: " + $0.text(file: file)) })
  }
}

/// Runs a study operation on the scenario read from `file`; when it fails, prints why on
/// standard error and exits 65.
func study<T>(_ file: String, _ operation: () throws(StudyError) -> T) throws -> T {
  do {
    return try operation()
  } catch {
    if case .unreadable(let message) = error {
      printError(message)
    } else {
      for line in error.lines { printError("corridor: error: \(file): \(line)") }
    }
    throw ExitCode.dataError
  }
}
