import ArgumentParser
import CorridorModel
import CorridorScenario
import CorridorStudy
import Foundation

/// `corridor checkpoint`: one checkpoint stage in isolation, for sizing lanes.
struct CheckpointCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checkpoint",
    abstract: "Simulate one checkpoint stage in isolation (lane sizing).",
    discussion: """
      Trucks arrive as a Poisson stream and are served first come, first served by parallel \
      lanes. Service is exponential unless --service-cv is given: 0 is deterministic, other \
      values a gamma distribution with that mean and coefficient of variation. The first 10 % \
      of trucks are a warm-up and are not recorded. Waits are in hours; p95 is exact to 0.1 %.
      """)

  @Option(help: "Parallel lanes (servers).")
  var lanes: Int

  @Option(name: .customLong("arrivals-per-hour"), help: "Mean truck arrivals per hour.")
  var arrivalsPerHour: Double

  @Option(name: .customLong("service-hours"), help: "Mean service time per truck (hours).")
  var serviceHours: Double

  @Option(name: .customLong("service-cv"), help: "Coefficient of variation of the service time.")
  var serviceCV: Double?

  @Option(help: "Trucks to record (after a warm-up of 10 % more).")
  var trucks: Int = 1_000_000

  @Option(help: "Random seed.")
  var seed: UInt64 = 1

  @Option(
    name: .customLong("opening-hours"),
    help: "Opening hours, e.g. 'Mon-Fri 08:00-20:00' (default 24/7).")
  var openingHours: String?

  @Flag(help: "Print the result as JSON on standard output.")
  var json = false

  func validate() throws {
    guard (1...Limits.maximumLanes).contains(lanes) else {
      throw ValidationError("--lanes must be from 1 to \(Limits.maximumLanes)")
    }
    guard arrivalsPerHour > 0, arrivalsPerHour.isFinite else {
      throw ValidationError("--arrivals-per-hour must be a number > 0")
    }
    guard serviceHours > 0, serviceHours.isFinite else {
      throw ValidationError("--service-hours must be a number > 0")
    }
    if let serviceCV, !(serviceCV >= 0 && serviceCV <= 100) {
      throw ValidationError("--service-cv must be a number from 0 to 100")
    }
    guard serviceHours >= 1e-6, serviceHours <= 1e6, arrivalsPerHour >= 1e-6,
      arrivalsPerHour <= 1e9
    else {
      throw ValidationError(
        "--service-hours must be from 10^-6 to 10^6 and --arrivals-per-hour from 10^-6 to 10^9")
    }
    guard trucks >= 1, trucks <= 1_000_000_000 else {
      throw ValidationError("--trucks must be from 1 to 1,000,000,000")
    }
  }

  func run() throws {
    let service: Distribution =
      switch serviceCV {
      case nil: .exponential(mean: serviceHours)
      case 0?: .fixed(serviceHours)
      case let cv?: .gamma(mean: serviceHours, cv: cv)
      }
    var hours = OpeningHours.always
    if let openingHours {
      do {
        hours = try OpeningHoursParser.parse(openingHours)
      } catch {
        printError("corridor: error: --opening-hours '\(openingHours)': \(error.message)")
        throw ExitCode.validationFailure
      }
    }
    let checkpoint = CheckpointStudy(
      lanes: lanes, arrivalsPerHour: arrivalsPerHour, service: service, openingHours: hours)
    let offered = checkpoint.offeredUtilization
    if offered >= 1 {
      printError(
        "corridor: warning: the checkpoint is loaded at \(String(format: "%.0f", offered * 100)) % "
          + "(arrivals × service / lanes ≥ 100 %): the queue grows without limit, so the waits below "
          + "depend on how many trucks are simulated and describe no steady state")
    }
    let clock = ContinuousClock()
    let start = clock.now
    let result = checkpoint.run(trucks: trucks, seed: seed)
    let elapsed = clock.now - start
    let seconds =
      elapsed.inSeconds
    let p95 = result.waitQuantiles.quantile(0.95)
    if json {
      try printJSON(
        Output(
          trucks: result.trucks, meanWaitHours: result.wait.mean, p95WaitHours: p95,
          utilization: result.utilization, seconds: seconds, offeredUtilization: offered,
          maxWaitHours: result.wait.maximum, meanSojournHours: result.sojourn.mean,
          meanWaitHalfWidthHours: result.waitInterval.halfWidth.isFinite
            ? result.waitInterval.halfWidth : nil))
    } else {
      print(
        "\(result.trucks) trucks, \(lanes) lanes, offered load \(String(format: "%.1f", offered * 100)) %"
      )
      print(
        "  mean wait \(String(format: "%.4f", result.wait.mean)) ± \(String(format: "%.4f", result.waitInterval.halfWidth)) h (95 %, 20 batch means), p95 \(String(format: "%.4f", p95)) h, max \(String(format: "%.2f", result.wait.maximum)) h"
      )
      print(
        "  lane utilisation \(String(format: "%.4f", result.utilization)); \(String(format: "%.2f", seconds)) s"
      )
    }
  }

  struct Output: Encodable {
    var trucks: Int
    var meanWaitHours: Double
    var p95WaitHours: Double
    var utilization: Double
    var seconds: Double
    var offeredUtilization: Double
    var maxWaitHours: Double
    var meanSojournHours: Double
    /// `null` when too few batches for an interval.
    var meanWaitHalfWidthHours: Double?
    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(trucks, forKey: .trucks)
      try container.encode(meanWaitHours, forKey: .meanWaitHours)
      try container.encode(p95WaitHours, forKey: .p95WaitHours)
      try container.encode(utilization, forKey: .utilization)
      try container.encode(seconds, forKey: .seconds)
      try container.encode(offeredUtilization, forKey: .offeredUtilization)
      try container.encode(maxWaitHours, forKey: .maxWaitHours)
      try container.encode(meanSojournHours, forKey: .meanSojournHours)
      // Always present: null when there is no interval.
      try container.encode(meanWaitHalfWidthHours, forKey: .meanWaitHalfWidthHours)
    }

    enum CodingKeys: String, CodingKey {
      case trucks, utilization, seconds
      case meanWaitHours = "mean_wait_hours"
      case p95WaitHours = "p95_wait_hours"
      case offeredUtilization = "offered_utilization"
      case maxWaitHours = "max_wait_hours"
      case meanSojournHours = "mean_sojourn_hours"
      case meanWaitHalfWidthHours = "mean_wait_half_width_hours"
    }
  }
}
