import CorridorModel

/// A named kind of measure that `type:` selects: a documented change with defaults from evidence.
///
/// Each type expands into ordinary changes (`stage`, `process`, `link`, `gauge_change`, new nodes
/// and links), so a typed measure behaves exactly like the changes written out by hand.
/// `docs/measures.md` gives the evidence behind every default.
enum MeasureType: String, CaseIterable {
  case preArrivalDeclaration = "pre_arrival_declaration"
  case eTIR = "etir"
  case eCMR = "e_cmr"
  case singleWindow = "single_window"
  case riskBasedInspection = "risk_based_inspection"
  case electronicQueue = "electronic_queue"
  case oneStopBorderPost = "one_stop_border_post"
  case open24x7 = "open_24_7"
  case moreLanes = "more_lanes"
  case gaugeChangeCapacity = "gauge_change_capacity"
  case ferryCapacity = "ferry_capacity"
  case newLine = "new_line"

  /// What the measure is applied to.
  enum Targets: String {
    case checkpoints, gaugeChanges = "gauge_changes", links, newNetwork = "add_links"
  }

  /// A numeric parameter with its range and default (`nil`: optional with no default).
  struct Parameter {
    var key: String
    var range: NumberRange
    var defaultValue: Double?
    /// Whether the value must be a whole number.
    var whole = false
  }

  var targets: Targets {
    switch self {
    case .gaugeChangeCapacity: .gaugeChanges
    case .ferryCapacity: .links
    case .newLine: .newNetwork
    default: .checkpoints
    }
  }

  /// The mode family a customs measure applies to when the measure names none.
  var defaultMode: ModeFamily? {
    switch self {
    case .eTIR, .eCMR, .electronicQueue: .road
    default: nil
    }
  }

  /// The stage a customs measure changes when the measure names none.
  var defaultStage: String? {
    switch self {
    case .preArrivalDeclaration, .eTIR, .eCMR, .singleWindow: "documents"
    case .riskBasedInspection: "inspection"
    default: nil
    }
  }

  /// The parameters and their defaults (see `docs/measures.md` for the evidence).
  var parameters: [Parameter] {
    switch self {
    case .preArrivalDeclaration:
      // Japan: arrival-to-release 26 h -> 20 h after pre-arrival examination (-23 %).
      [Parameter(key: "documents_time_factor", range: .within(0, 1), defaultValue: 0.77)]
    case .eTIR:
      // ASTANA-1 transit declarations 4x faster; half of the documents stage is the
      // transit declaration (estimate).
      [
        Parameter(key: "transit_share", range: .within(0, 1), defaultValue: 0.5),
        Parameter(key: "speedup", range: .within(1, 1000), defaultValue: 4),
      ]
    case .eCMR:
      // Italy pilot: admin time per consignment 50 -> 20 min (-60 %); Benelux EUR 4.50 saved
      // per consignment note, about US$4.9 per truck of 2 TEU.
      [
        Parameter(key: "consignment_note_share", range: .within(0, 1), defaultValue: 0.25),
        Parameter(key: "time_saving", range: .within(0, 1), defaultValue: 0.6),
        Parameter(key: "saving_usd_per_teu", range: InputRange.usdPerTEU, defaultValue: 2.45),
      ]
    case .singleWindow:
      // Rwanda single window: ex-ante expectation -40 % of clearance time.
      [Parameter(key: "documents_time_factor", range: .within(0, 1), defaultValue: 0.6)]
    case .riskBasedInspection:
      // Kazakhstan ASTANA-1, 10 months of 2025: 78.5 % green, 20.1 % yellow, 1 % red.
      [
        Parameter(key: "green", range: .probability, defaultValue: 0.785),
        Parameter(key: "yellow", range: .probability, defaultValue: 0.201),
        Parameter(key: "red", range: .probability, defaultValue: 0.01),
      ]
    case .electronicQueue, .oneStopBorderPost, .open24x7, .newLine: []
    case .moreLanes:
      [
        Parameter(
          key: "add_lanes", range: .within(1, Double(Limits.maximumLanes)), defaultValue: nil,
          whole: true),
        Parameter(key: "lanes_factor", range: InputRange.positiveFactor, defaultValue: nil),
      ]
    case .gaugeChangeCapacity:
      [
        Parameter(key: "capacity_factor", range: InputRange.positiveFactor, defaultValue: nil),
        Parameter(key: "capacity_teu_per_day", range: InputRange.teuPerDay, defaultValue: nil),
      ]
    case .ferryCapacity:
      [
        Parameter(key: "sailings_per_week", range: InputRange.sailingsPerWeek, defaultValue: nil),
        Parameter(key: "sailings_factor", range: InputRange.positiveFactor, defaultValue: nil),
        Parameter(key: "vessel_capacity_teu", range: InputRange.vesselTEU, defaultValue: nil),
      ]
    }
  }

  /// The parameters of which at least one must be given (the rest have defaults).
  var oneOfRequired: [String] {
    switch self {
    case .moreLanes, .gaugeChangeCapacity, .ferryCapacity: parameters.map(\.key)
    default: []
    }
  }

  /// Whether the measure names the stage it changes (`stage:`), or may.
  var takesStage: Bool {
    switch self {
    case .preArrivalDeclaration, .eTIR, .eCMR, .singleWindow, .riskBasedInspection, .moreLanes:
      true
    default: false
    }
  }

  /// The keys a measure of this type may hold besides the common ones.
  var keys: Set<String> {
    var keys = Set(parameters.map(\.key))
    switch targets {
    case .checkpoints: keys.formUnion(["checkpoints", "mode", "direction"])
    case .gaugeChanges: keys.insert("gauge_changes")
    case .links: keys.insert("links")
    case .newNetwork: keys.formUnion(["add_nodes", "add_links"])
    }
    if takesStage { keys.insert("stage") }
    return keys
  }
}
