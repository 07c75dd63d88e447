import ArgumentParser
import CorridorScenario

/// `corridor validate FILE...`: checks scenario files and reports every problem.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check scenario files and report every problem with its line and column.",
    discussion: """
      Errors and warnings are printed as FILE:LINE:COL: error: MESSAGE on standard error. \
      Exits 0 when every file is valid (warnings allowed), 65 when any has errors, 66 when \
      a file is missing.
      """)

  @Argument(help: "Scenario files (YAML).")
  var files: [String]

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  @Flag(name: .customLong("warnings-as-errors"), help: "Fail on warnings too.")
  var warningsAsErrors = false

  func run() throws {
    let missing = missingInputs(files)
    var results: [FileResult] = []
    var anyInvalid = false
    for path in files where !missing.contains(path) {
      let report = ScenarioLoader.validate(path: path)
      for diagnostic in report.diagnostics { printError(diagnostic.description) }
      let valid = report.isValid && (!warningsAsErrors || report.warnings.isEmpty)
      anyInvalid = anyInvalid || !valid
      if !json {
        let warnings =
          report.warnings.isEmpty ? "" : ", " + plural(report.warnings.count, "warning")
        print(
          valid
            ? "\(path): valid\(warnings)"
            : "\(path): \(plural(report.errors.count, "error"))\(warnings)")
      }
      results.append(
        FileResult(
          file: path, valid: valid, errors: report.errors.map(Self.json),
          warnings: report.warnings.map(Self.json)))
    }
    for path in missing {
      // A missing file is an error of its own in the JSON too, at line 0.
      let problem = DiagnosticJSON(
        file: path, line: 0, column: 0, severity: "error", message: "no such file or not a file")
      results.append(FileResult(file: path, valid: false, errors: [problem], warnings: []))
    }
    if json {
      try printJSON(
        Output(
          valid: !anyInvalid && missing.isEmpty, errors: results.flatMap(\.errors),
          warnings: results.flatMap(\.warnings), files: results))
    }
    if !missing.isEmpty { throw ExitCode.noInput }
    if anyInvalid { throw ExitCode.dataError }
  }

  static func json(_ d: Diagnostic) -> DiagnosticJSON {
    DiagnosticJSON(
      file: d.location.file, line: d.location.line, column: d.location.column,
      severity: d.severity.rawValue, message: d.message)
  }

  struct FileResult: Encodable {
    var file: String
    var valid: Bool
    var errors: [DiagnosticJSON]
    var warnings: [DiagnosticJSON]
  }

  struct Output: Encodable {
    var valid: Bool
    var errors: [DiagnosticJSON]
    var warnings: [DiagnosticJSON]
    var files: [FileResult]
  }
}
