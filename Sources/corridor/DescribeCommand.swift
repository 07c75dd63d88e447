import ArgumentParser
import CorridorModel
import CorridorReports
import CorridorScenario

/// `corridor describe FILE`: a readable summary of a scenario.
struct DescribeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "describe",
    abstract: "Summarise a scenario: nodes and links by kind, corridors, checkpoints, demand.")

  @Argument(help: "A scenario file (YAML).")
  var file: String

  @Flag(help: "Print the summary as JSON on standard output.")
  var json = false

  func run() throws {
    let summary = ScenarioSummary(try loadScenario(file))
    if json {
      try printJSON(summary)
    } else {
      print(ScenarioDescription.render(summary), terminator: "")
    }
  }
}
