/// A border crossing point: the controls that freight passes, by mode and direction.
public struct Checkpoint: Hashable, Sendable {
  /// The two countries the crossing joins, such as `["CN", "KZ"]`.
  public var countries: [String]
  /// The procedures, one per mode family and direction.
  public var processes: [CheckpointProcess]

  /// Creates a checkpoint.
  public init(countries: [String], processes: [CheckpointProcess]) {
    self.countries = countries
    self.processes = processes
  }

  /// The process that applies to traffic of `family` entering from `fromCountry`, if any.
  ///
  /// A process with a direction wins over one that applies both ways.
  public func process(for family: ModeFamily, fromCountry: String?) -> CheckpointProcess? {
    let candidates = processes.filter { $0.mode == family }
    if let from = fromCountry,
      let directed = candidates.first(where: { $0.direction?.from == from })
    {
      return directed
    }
    return candidates.first { $0.direction == nil }
  }
}

/// The direction a checkpoint process applies to, as the pair of countries crossed.
public struct BorderDirection: Hashable, Sendable, CustomStringConvertible {
  /// The country traffic leaves.
  public var from: String
  /// The country traffic enters.
  public var to: String

  /// Creates a direction.
  public init(from: String, to: String) {
    self.from = from
    self.to = to
  }

  public var description: String { "\(from)->\(to)" }
}

/// The ordered stages that one mode's traffic passes in one direction at a checkpoint.
public struct CheckpointProcess: Hashable, Sendable {
  /// The mode family the process applies to.
  public var mode: ModeFamily
  /// The direction it applies to, or `nil` for both directions.
  public var direction: BorderDirection?
  /// When the posts work.
  public var openingHours: OpeningHours
  /// Days the posts close each year (public holidays), on top of ``openingHours``.
  public var closures: [ClosedDays] = []
  /// Fees and charges per TEU (USD), including informal payments where measured.
  public var feeUSDPerTEU: Double
  /// TEU carried by one processed unit (a truck for road, a train for rail), or `nil` for the
  /// scenario's default (``Settings/teuPerTruck``, ``Settings/teuPerTrain``).
  public var teuPerUnit: Double?
  /// The stages, in the order they are passed.
  public var stages: [Stage]
  /// The observed clearance time (CAREC CPMM TFI1, hours) for comparison, when known.
  public var observedClearanceHours: Double?
  /// Whether units book a slot in an electronic queue and wait off-site for it, instead of
  /// queueing at the first stage.
  public var electronicQueue: Bool
  /// The most units the process accepts in a calendar day (a daily acceptance quota, such as
  /// trucks admitted into China a day), or `nil` for none; units beyond it wait for the next
  /// day, first come, first served.
  public var quotaUnitsPerDay: Int?
  /// The most units (trucks, trains) the post holds at once, or `nil` for no limit.
  ///
  /// Units queued, at its lanes and on their way from the post before count. While it is
  /// full, the post before on a route cannot release the next consignment: it keeps its lane
  /// (blocking).
  public var holdingAreaUnits: Int?
  /// Whether units bound for the process set out on the last link to it so as to arrive
  /// while it is open, instead of driving to it closed and queueing there: they wait before
  /// that link (hauliers who plan for the border's hours and holidays).
  public var arrivesWhenOpen = false

  /// Creates a checkpoint process.
  public init(
    mode: ModeFamily, direction: BorderDirection? = nil, openingHours: OpeningHours = .always,
    feeUSDPerTEU: Double = 0, teuPerUnit: Double? = nil, stages: [Stage],
    observedClearanceHours: Double? = nil, electronicQueue: Bool = false
  ) {
    self.mode = mode
    self.direction = direction
    self.openingHours = openingHours
    self.feeUSDPerTEU = feeUSDPerTEU
    self.teuPerUnit = teuPerUnit
    self.stages = stages
    self.observedClearanceHours = observedClearanceHours
    self.electronicQueue = electronicQueue
  }

  /// When the posts work over a run whose calendar year starts at run time `yearStart`.
  public func calendar(yearStart: Double = 0) -> ServiceCalendar {
    ServiceCalendar(hours: openingHours, closures: closures, yearStart: yearStart)
  }

  /// The mean service time per unit over all stages, each weighted by its probability (hours).
  public var meanServiceHours: Double {
    stages.reduce(0) { $0 + $1.probability * $1.serviceHours.mean }
  }

  /// The highest utilisation of any stage for an annual flow in TEU.
  ///
  /// Units arrive only while the posts are open, so the hourly rate is the annual number of
  /// units spread over the open hours of the year (closed days excluded); a stage's utilisation is that rate times
  /// its probability times its mean service time, over its lanes.
  /// - Parameters:
  ///   - teuPerYear: The annual flow through the process.
  ///   - teuPerUnit: TEU per processed unit when the process gives none.
  public func peakUtilization(teuPerYear: Double, defaultTEUPerUnit: Double)
    -> (stage: String, utilization: Double)?
  {
    guard calendar().openHoursPerYear > 0, (teuPerUnit ?? defaultTEUPerUnit) > 0 else { return nil }
    return stageUtilizations(teuPerYear: teuPerYear, defaultTEUPerUnit: defaultTEUPerUnit)
      .max { $0.utilization < $1.utilization }
  }

  /// The utilisation of each stage for an annual flow in TEU, as ``peakUtilization``
  /// describes; a process that is never open counts as open for a vanishing time, so any
  /// flow overloads it.
  public func stageUtilizations(teuPerYear: Double, defaultTEUPerUnit: Double)
    -> [(stage: String, utilization: Double)]
  {
    let openHoursPerYear = calendar().openHoursPerYear
    let unitsPerHour =
      teuPerYear / (teuPerUnit ?? defaultTEUPerUnit) / max(openHoursPerYear, 1e-9)
    return stages.map { stage in
      (stage.id, unitsPerHour * stage.probability * stage.serviceHours.mean / Double(stage.lanes))
    }
  }
}

/// One control stage at a checkpoint, such as a document check or a physical inspection.
public struct Stage: Hashable, Sendable {
  /// The stage's identifier within its process (for example `documents`).
  public var id: String
  /// Parallel servers: booths, lanes, inspection bays or tracks.
  public var lanes: Int
  /// Service time per unit (hours).
  public var serviceHours: Distribution
  /// The share of units that pass this stage (1 for all, 0.05 for a 5 % inspection rate).
  public var probability: Double

  /// Creates a stage.
  public init(id: String, lanes: Int, serviceHours: Distribution, probability: Double = 1) {
    self.id = id
    self.lanes = lanes
    self.serviceHours = serviceHours
    self.probability = probability
  }
}
