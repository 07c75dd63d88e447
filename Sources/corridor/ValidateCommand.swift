import ArgumentParser

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "validate")
  func run() throws {}
}
struct DescribeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "describe")
  func run() throws {}
}
