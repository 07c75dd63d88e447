import ArgumentParser
import Foundation

extension ExitCode {
  /// Bad input data (sysexits EX_DATAERR).
  static let dataError = ExitCode(65)
  /// An input file does not exist (sysexits EX_NOINPUT).
  static let noInput = ExitCode(66)
  /// The model does not fit the observations it must (`calibrate --require-fit`).
  static let notFitted = ExitCode(2)
  /// An internal error (sysexits EX_SOFTWARE).
  static let internalError = ExitCode(70)
}

/// Writes a line to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Checks that each input file exists, reporting the missing ones.
func missingInputs(_ paths: [String]) -> [String] {
  paths.filter { path in
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if !exists {
      printError("corridor: error: \(path): no such file")
    } else if isDirectory.boolValue {
      printError("corridor: error: \(path): is a directory; expected a file")
    }
    return !exists || isDirectory.boolValue
  }
}

/// "1 error", "3 errors".
func plural(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// Warns when an equilibrium stopped at its iteration limit short of its target gap.
func warnIfNotConverged(_ gap: Double?, target: Double, iterations: Int?, scenario: String) {
  guard let gap, gap > target else { return }
  printError(
    "corridor: warning: \(scenario): the freight-flow equilibrium stopped at relative gap "
      + "\(String(format: "%.2e", gap)) after \(iterations ?? 0) iterations, short of \(String(format: "%.0e", target)); "
      + "route shares are approximate")
}
