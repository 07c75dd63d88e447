import CorridorModel
import CorridorSimulation

/// Why a study could not run a scenario.
public enum StudyError: Error, Sendable, CustomStringConvertible {
  /// The input could not be read; the message is complete, naming the file and place.
  case unreadable(String)
  /// The equilibrium could not be solved (demand that cannot reach its destination, say).
  case assignment(String)
  /// The demand would make more consignments than one replication can hold.
  case tooManyConsignments(expected: Double, limit: Double, days: Double)
  /// Facilities would be loaded beyond what they can serve, and the settings do not allow
  /// overload.
  case overloaded([FacilityLoad])
  /// An operation was asked for something the data does not allow.
  case invalidRequest(String)
  /// An output file could not be written.
  case cannotWrite(String)

  /// Each line of the message (several when several facilities are overloaded).
  public var lines: [String] {
    switch self {
    case .unreadable(let message), .assignment(let message), .invalidRequest(let message),
      .cannotWrite(let message):
      return [message]
    case .tooManyConsignments(let expected, let limit, let days):
      return [
        "the demand would make about \(NumberFormat.grouped(expected)) consignments per "
          + "replication over \(NumberFormat.grouped(days)) days; the limit is "
          + "\(NumberFormat.grouped(limit)) (shorten --days or check the demand's units)"
      ]
    case .overloaded(let facilities):
      return facilities.map { facility in
        "\(facility.facility) \(FacilityLoadText.loaded(facility)) with "
          + "\(NumberFormat.grouped(facility.teuPerYear)) TEU/year on the equilibrium routes; "
          + "its queue would grow without bound and every figure behind it would depend on the "
          + "simulated days. \(facility.remedy.prefix(1).uppercased() + facility.remedy.dropFirst())"
          + ", or run with --allow-overload to simulate with queues capped at "
          + "\(NumberFormat.grouped(Double(SimulationOptions.overloadQueueLimit))) units"
      }
    }
  }

  public var description: String { lines.joined(separator: "\n") }
}

/// What a study warns about while it runs.
public enum StudyWarning: Sendable {
  /// The equilibrium stopped at its iteration limit short of the target gap.
  case notConverged(scenario: String, gap: Double, iterations: Int, target: Double)
  /// A facility is loaded beyond what it can serve, simulated with capped queues.
  case overloaded(FacilityLoad)

  /// The warning for a person; `file` names the scenario file the run read.
  public func text(file: String) -> String {
    switch self {
    case .notConverged(let scenario, let gap, let iterations, let target):
      "\(scenario): the freight-flow equilibrium stopped at relative gap "
        + "\(NumberFormat.scientific(gap, decimals: 2)) after \(iterations) iterations, short of "
        + "\(NumberFormat.scientific(target, decimals: 0)); route shares are approximate"
    case .overloaded(let facility):
      "\(file): \(facility.facility) \(FacilityLoadText.loaded(facility)); its queue grows "
        + "through the run, so its waits depend on the simulated days (queues are capped and "
        + "consignments that find them full are turned away)"
    }
  }
}

/// How loaded a facility is, in words.
enum FacilityLoadText {
  /// "would be loaded at 131.2 % of what it can serve", or why it can serve none.
  static func loaded(_ facility: FacilityLoad) -> String {
    guard facility.load.isFinite else {
      return "would get \(NumberFormat.grouped(facility.teuPerYear)) TEU/year but can serve "
        + "none (every sailing is cancelled)"
    }
    // One decimal near 100 %, so that a refused load never reads as exactly 100 %.
    let percent = facility.load * 100
    return "would be loaded at "
      + (percent < 1000 ? NumberFormat.fixed(percent, decimals: 1) : NumberFormat.grouped(percent))
      + " % of what it can serve"
  }
}
