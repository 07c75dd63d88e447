/// A measured figure that the model should reproduce: what was measured, where, its value and
/// tolerance, its source, and whether it is fitted (`calibrate`) or held out (`validate`).
public struct Observation: Hashable, Sendable {
  /// What an observation is for.
  public enum Use: String, Hashable, Sendable, CaseIterable {
    /// Fitted: calibration may change the model to reproduce it.
    case calibrate
    /// Held out: only compared, never fitted, so that it tests the model.
    case validate
    /// Shown beside the model, neither fitted nor counted in any score: measured under
    /// conditions the scenario does not represent (another border regime, a facility since
    /// rebuilt), as its ``Observation/reason`` says.
    case reference
  }

  /// The unit a flow was published in.
  public enum FlowUnit: String, Hashable, Sendable, CaseIterable {
    case teuPerYear = "teu_per_year"
    case trainsPerDay = "trains_per_day"
    case trucksPerDay = "trucks_per_day"
    case tonnesPerYear = "tonnes_per_year"
  }

  /// Where a flow or share is counted.
  public enum Place: Hashable, Sendable, CustomStringConvertible {
    /// Every route through a crossing's posts.
    case crossing(String)
    /// Every route through a node (a port, a post, a terminal).
    case node(NodeID)
    /// The flow on one directed link (a ferry, a rail line).
    case link(LinkID)

    public var description: String {
      switch self {
      case .crossing(let id): "crossing \(id)"
      case .node(let id): "node \(id)"
      case .link(let id): "link \(id)"
      }
    }
  }

  /// What was measured.
  public enum Quantity: Hashable, Sendable {
    /// Hours to clear a crossing in a direction (`nil`: both averaged), for one side's posts
    /// or both (`side` `nil`).
    case clearanceHours(crossing: String, direction: BorderDirection?, side: String?)
    /// A flow at a place, in one direction of a crossing or node (`nil`: both).
    case flow(at: Place, direction: BorderDirection?, unit: FlowUnit)
    /// Door-to-door days of an OD pair, for one commodity or all.
    case transitDays(origin: NodeID, destination: NodeID, commodity: CommodityID?)
    /// The share of the flow through `among` that passes `of` (0 to 1).
    case share(of: Place, among: [Place], direction: BorderDirection?)

    /// The kind's name in observation files.
    public var kind: String {
      switch self {
      case .clearanceHours: "clearance_hours"
      case .flow: "flow"
      case .transitDays: "transit_days"
      case .share: "share"
      }
    }
  }

  /// The observation's identifier.
  public var id: String
  /// What was measured.
  public var quantity: Quantity
  /// The measured value, in the quantity's unit (hours, the flow unit, days, a share).
  public var value: Double
  /// How far the model may be from it and still fit (percent of the value).
  public var tolerancePercent: Double
  /// The year measured.
  public var year: Int
  /// Where the figure comes from.
  public var source: String
  /// Whether it is fitted or held out.
  public var use: Use
  /// Why a reference observation is not scored, or `nil`.
  public var reason: String?

  /// Creates an observation.
  public init(
    id: String, quantity: Quantity, value: Double, tolerancePercent: Double, year: Int,
    source: String, use: Use, reason: String? = nil
  ) {
    self.reason = reason
    self.id = id
    self.quantity = quantity
    self.value = value
    self.tolerancePercent = tolerancePercent
    self.year = year
    self.source = source
    self.use = use
  }

  /// The default tolerance of each kind (percent): the acceptance bars of the baseline's
  /// validation, ±20 % for times to clear and door-to-door times, ±25 % for counts, and ±10 %
  /// of a share.
  public static func defaultTolerancePercent(kind: String) -> Double {
    switch kind {
    case "flow": 25
    case "share": 10
    default: 20
    }
  }
}
