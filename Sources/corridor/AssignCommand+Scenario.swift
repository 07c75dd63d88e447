import ArgumentParser
import CorridorModel
import CorridorReports
import CorridorScenario
import CorridorStudy
import Foundation

extension AssignCommand {
  /// Assigns a scenario's demand and writes its tables.
  func runScenario(_ path: String) throws {
    let scenario = try loadScenario(path)
    let folder = out ?? "Reports/\(scenario.id)/assignment"
    let report = try ReportFolder.open(folder) {
      ["link-flows.csv", "checkpoints.csv", "routes.csv", "skims.csv"].contains($0)
        || $0.hasPrefix("select-link-")
    }
    for name in selectLink where scenario.node(NodeID(name)) == nil {
      printError("corridor: error: --select-link \(name): no such node in \(path)")
      throw ExitCode.validationFailure
    }
    var settings = RunSettings()
    settings.equilibriumGap = gap
    let result = try study(path) { () throws(StudyError) in
      try Study.equilibrium(
        scenario, settings: settings, maximumIterations: maxIterations,
        logitScaleUSD: logitScaleUSD)
    }
    guard let final = result.equilibrium.final else { throw ExitCode.internalError }
    let routes = result.routes()
    var tables: [(String, CSVTable)] = [
      ("link-flows.csv", AssignmentTables.linkFlows(result)),
      ("checkpoints.csv", AssignmentTables.checkpoints(result)),
      ("routes.csv", AssignmentTables.routes(routes)),
      ("skims.csv", AssignmentTables.skims(routes)),
    ]
    for name in selectLink {
      tables.append(
        (
          "select-link-\(ScenarioID.sanitized(name, fallback: "node")).csv",
          AssignmentTables.selectLink(result, checkpoint: NodeID(name))
        ))
    }
    try report.write(tables.map { ($0.0, $0.1.text) })
    let shares = CorridorShares(routes: routes, scenario: scenario)
    if json {
      try printJSON(
        ScenarioOutput(
          scenario: scenario.id, relativeGap: final.relativeGap, iterations: final.iteration,
          seconds: final.seconds, objective: final.objective,
          corridors: shares.lines.map {
            .init(corridor: $0.name, teuPerYear: $0.teu, share: $0.share)
          },
          files: tables.map { (folder as NSString).appendingPathComponent($0.0) }))
    } else {
      print(
        "\(scenario.id): equilibrium at relative gap \(String(format: "%.2e", final.relativeGap)) after \(final.iteration) iterations"
      )
      print("")
      print("Corridor shares of the demand (TEU/year on routes through each named corridor)")
      var table = TextTable(
        headers: ["corridor", "TEU/year", "share"], alignments: [.left, .right, .right])
      for line in shares.lines {
        table.append([
          line.name, NumberFormat.grouped(line.teu),
          NumberFormat.fixed(100 * line.share, decimals: 1) + " %",
        ])
      }
      print(table.render())
      print("")
      print("Tables written to \(folder)/: " + tables.map(\.0).joined(separator: ", "))
    }
  }

  struct ScenarioOutput: Encodable {
    struct Corridor: Encodable {
      var corridor: String
      var teuPerYear: Double
      var share: Double
      enum CodingKeys: String, CodingKey {
        case corridor, share
        case teuPerYear = "teu_per_year"
      }
    }
    var scenario: String
    var relativeGap: Double
    var iterations: Int
    var seconds: Double
    var objective: Double
    var corridors: [Corridor]
    var files: [String]
    enum CodingKeys: String, CodingKey {
      case scenario, iterations, seconds, objective, corridors, files
      case relativeGap = "relative_gap"
    }
  }
}
