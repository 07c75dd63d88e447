import ArgumentParser

/// The `corridor` command: validate and describe corridor scenarios.
@main
struct Corridor: ParsableCommand {
  /// The tool's version, printed by `--version` and in reports.
  static let version = "0.6.0"

  static let configuration = CommandConfiguration(
    commandName: "corridor",
    abstract: "Transport-corridor simulation and planning for the OTS region.",
    discussion: """
      Exit codes: 0 success, 64 usage error, 65 bad input data, 66 input file missing, \
      70 internal error, 73 a report that cannot be written (or that another run is writing).
      """,
    version: version,
    subcommands: [
      ValidateCommand.self, DescribeCommand.self, RunCommand.self, CompareCommand.self,
      AssignCommand.self, SimulateCommand.self, CheckpointCommand.self, HubsCommand.self,
      CalibrateCommand.self, SweepCommand.self,
    ]
  )

  /// Runs the command, mapping unexpected errors to exit code 70 rather than 1.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .failure {
        printError("corridor: internal error: \(error)")
        exit(withError: ExitCode.internalError)
      }
      exit(withError: error)
    }
  }
}
