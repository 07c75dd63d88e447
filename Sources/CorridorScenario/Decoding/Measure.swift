import CorridorModel

/// A named what-if overlay: a list of changes applied to the scenario it is written in.
struct Measure {
  var id: String
  var name: String
  var description: String
  /// The name and description in other languages, by language code.
  var otherNames: [String: String] = [:]
  var otherDescriptions: [String: String] = [:]
  var location: SourceLocation
  var changes: [Located<Change>]
}

/// A new value or a factor for one field of a facility or link.
enum FieldEdit {
  case setNumber(Double)
  case setInteger(Int)
  case setDistribution(Distribution)
  case setOpeningHours(OpeningHours)
  case setClosures([ClosedDays])
  case setBool(Bool)
  case scale(Double)
  /// Adds to a number (or a whole number of lanes).
  case add(Double)
  /// Lowers a number by up to the amount, never below zero (a saving on a fee).
  case reduce(Double)
}

/// Which checkpoint processes a change applies to.
struct ProcessSelector {
  var checkpoint: NodeID
  var mode: ModeFamily?
  var direction: BorderDirection?
  /// `nil` selects every stage of the matching processes.
  var stage: String?

  func matches(_ process: CheckpointProcess) -> Bool {
    (mode == nil || process.mode == mode) && (direction == nil || process.direction == direction)
  }
}

/// One change of a measure.
enum Change {
  /// Edits stage fields: `lanes`, `service_hours`, `probability`.
  case stage(ProcessSelector, [(field: String, edit: FieldEdit)])
  /// Edits process fields: `opening_hours`, `closures`, `fee_usd_per_teu`, `teu_per_unit`,
  /// `electronic_queue`, `arrive_when_open`, `quota_units_per_day`, `holding_area_units`.
  case process(ProcessSelector, [(field: String, edit: FieldEdit)])
  /// Edits link fields.
  case link(LinkID, [(field: String, edit: FieldEdit)])
  /// Edits a gauge-change facility.
  case gaugeChange(NodeID, [(field: String, edit: FieldEdit)])
  /// Edits a hub facility.
  case hub(NodeID, [(field: String, edit: FieldEdit)])
  /// Edits a crossing: its route-choice constant.
  case crossing(String, [(field: String, edit: FieldEdit)])
  case addNodes([Located<CorridorModel.Node>])
  case removeNodes([Located<NodeID>])
  case addLinks([Located<Link>])
  case removeLinks([Located<LinkID>])
  /// Scales the demand that matches the filters (all when none is given).
  case scaleDemand(factor: Double, from: NodeID?, to: NodeID?, commodity: CommodityID?)
  case addDemand([Located<DemandEntry>])
  /// Joins the two sides of a crossing into one stop where both countries control at once.
  case oneStopBorderPost(NodeID, NodeID, mode: ModeFamily?)
}
