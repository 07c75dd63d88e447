import ArgumentParser
import CorridorStudy
import Foundation

/// `corridor assign`: user equilibrium on a scenario or on a published TNTP network.
struct AssignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign",
    abstract:
      "Solve the freight-flow equilibrium of a scenario, or the user equilibrium of a TNTP network.",
    discussion: """
      With a SCENARIO, routes every commodity's annual demand over the corridors with \
      congestion at checkpoints, gauge changes, ports and ferries, and writes link flows, \
      checkpoint loads, route shares and skims as CSV to --out (default \
      Reports/<scenario>/assignment).

      With --tntp DIR/NAME, reads DIR/NAME_net.tntp and DIR/NAME_trips.tntp. Link cost is \
      fft·(1 + b·(v/cap)^power) + toll-factor·toll + distance-factor·length.

      The relative gap is (TSTT − SPTT) / TSTT; the objective is Beckmann's.
      """)

  @Argument(help: "A scenario file (YAML).")
  var scenario: String?

  @Option(name: .customLong("tntp"), help: "A TNTP network as DIR/NAME.")
  var stem: String?

  @Option(help: "Folder for the CSV tables of a scenario assignment.")
  var out: String?

  @Option(
    name: .customLong("select-link"), help: "Also list the OD pairs through this checkpoint node.")
  var selectLink: [String] = []

  @Option(name: .customLong("toll-factor"), help: "Cost per unit of toll.")
  var tollFactor: Double = 0

  @Option(name: .customLong("distance-factor"), help: "Cost per unit of length.")
  var distanceFactor: Double = 0

  @Option(help: "Stop at this relative gap.")
  var gap: Double = 1e-8

  @Option(name: .customLong("max-iterations"), help: "Stop after this many iterations.")
  var maxIterations: Int = 1000

  @Option(name: .customLong("flows-out"), help: "Write link flows in the _flow.tntp layout.")
  var flowsOut: String?

  @Option(
    name: .customLong("logit-scale-usd"),
    help:
      "Logit stochastic equilibrium for a scenario: a route this many USD per TEU dearer is e times less likely (overrides the scenario's logit_scale_usd_per_teu)."
  )
  var logitScaleUSD: Double?

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  @Flag(help: "Print every iteration's gap on standard error.")
  var verbose = false

  func validate() throws {
    guard (scenario == nil) != (stem == nil) else {
      throw ValidationError("give either a SCENARIO file or --tntp DIR/NAME")
    }
    let misplaced =
      stem != nil
      ? [
        ("--out", out != nil), ("--select-link", !selectLink.isEmpty),
        ("--logit-scale-usd", logitScaleUSD != nil),
      ]
      : [
        ("--flows-out", flowsOut != nil), ("--toll-factor", tollFactor != 0),
        ("--distance-factor", distanceFactor != 0),
      ]
    if let (option, _) = misplaced.first(where: { $0.1 }) {
      throw ValidationError(
        "\(option) does not apply to \(stem != nil ? "--tntp" : "a scenario"); see corridor assign --help"
      )
    }
    guard gap >= 0, gap.isFinite else { throw ValidationError("--gap must be a number ≥ 0") }
    guard (1...1_000_000).contains(maxIterations) else {
      throw ValidationError("--max-iterations must be from 1 to 1,000,000")
    }
    // A negative factor makes negative link costs, for which shortest paths are undefined.
    guard (0...1e6).contains(tollFactor), (0...1e6).contains(distanceFactor) else {
      throw ValidationError("--toll-factor and --distance-factor must be numbers from 0 to 10^6")
    }
    if let logitScaleUSD, !(1e-6...1e9).contains(logitScaleUSD) {
      throw ValidationError("--logit-scale-usd must be a number from 10^-6 to 10^9")
    }
    guard gap <= 1 else { throw ValidationError("--gap must be a number from 0 to 1") }
  }

  func run() throws {
    if let scenario {
      try runScenario(scenario)
    } else if let stem {
      try runTNTP(stem)
    }
  }

  private func runTNTP(_ stem: String) throws {
    if !missingInputs([stem + "_net.tntp", stem + "_trips.tntp"]).isEmpty {
      throw ExitCode.noInput
    }
    if let flowsOut {
      try checkOutputFile(
        flowsOut, option: "--flows-out", inputs: [stem + "_net.tntp", stem + "_trips.tntp"])
    }
    let milestones = [1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12]
    let assignment = try study(stem) { () throws(StudyError) in
      try TNTPStudy(
        stem: stem, tollFactor: tollFactor, distanceFactor: distanceFactor, targetGap: gap,
        maximumIterations: maxIterations, milestones: milestones
      ) { record in
        if verbose {
          printError(
            "iteration \(record.iteration): gap \(record.relativeGap), objective \(record.objective), "
              + "\(record.seconds) s")
        }
      }
    }
    let network = assignment.network
    let result = assignment.result
    guard let final = result.final else { throw ExitCode.internalError }
    if let flowsOut {
      do {
        try writeAtomically(assignment.flowFile, to: flowsOut)
      } catch {
        printError("corridor: error: cannot write \(flowsOut): \(error.localizedDescription)")
        throw ExitCode(73)
      }
    }
    let reached = milestones.compactMap { m in result.milestones[m].map { (m, $0) } }
    if json {
      try printJSON(
        Output(
          network: network.name, objective: final.objective, tstt: final.tstt, sptt: final.sptt,
          relativeGap: final.relativeGap, iterations: final.iteration, seconds: final.seconds,
          milestones: reached.map {
            Output.Milestone(gap: $0.0, iteration: $0.1.iteration, seconds: $0.1.seconds)
          },
          history: result.history.map {
            Output.Iteration(
              iteration: $0.iteration, relativeGap: $0.relativeGap, objective: $0.objective,
              seconds: $0.seconds)
          }))
    } else {
      print(
        "\(network.name): relative gap \(final.relativeGap) after \(final.iteration) iterations, \(String(format: "%.3f", final.seconds)) s"
      )
      print("  Beckmann objective \(final.objective)")
      print("  TSTT \(final.tstt), SPTT \(final.sptt)")
    }
  }

  struct Output: Encodable {
    struct Milestone: Encodable {
      var gap: Double
      var iteration: Int
      var seconds: Double
    }
    var network: String
    var objective: Double
    var tstt: Double
    var sptt: Double
    var relativeGap: Double
    var iterations: Int
    var seconds: Double
    var milestones: [Milestone]
    var history: [Iteration]

    struct Iteration: Encodable {
      var iteration: Int
      var relativeGap: Double
      var objective: Double
      var seconds: Double
      enum CodingKeys: String, CodingKey {
        case iteration, objective, seconds
        case relativeGap = "relative_gap"
      }
    }

    enum CodingKeys: String, CodingKey {
      case network, objective, tstt, sptt, iterations, seconds, milestones, history
      case relativeGap = "relative_gap"
    }
  }
}
