import ArgumentParser

/// The `corridor` command: validate, describe and (in time) run corridor scenarios.
@main
struct Corridor: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corridor",
    abstract: "Transport-corridor simulation and planning for the OTS region.",
    subcommands: [ValidateCommand.self, DescribeCommand.self]
  )
}
