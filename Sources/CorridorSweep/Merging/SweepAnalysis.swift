import CorridorSimulation

/// What a sweep's figures say: each variant's KPIs, the effect of each measure alone and its
/// Shapley share of the bundle's, the tornado of the uncertain inputs, their main effects in
/// a factorial design, and percentiles under their uncertainty.
///
/// Every estimate is over replications paired across variants (common random numbers), with
/// a 95 % interval; moments are combined in unit order (``Moments``).
public struct SweepAnalysis: Sendable {
  /// One measure's effect on a KPI.
  public struct MeasureEffect: Sendable {
    /// The measure's id.
    public var measure: String
    /// Its effect alone: the KPI with it alone minus the KPI with no measure.
    public var alone: ConfidenceInterval?
    /// Its Shapley share of the bundle's effect (all-subsets designs).
    public var shapley: ConfidenceInterval?
  }

  /// The measures' effects on one KPI.
  public struct MeasureTable: Sendable {
    public var kpi: SweepKPI
    /// The KPI with no measure and with them all, the inputs as in the scenario.
    public var base: ConfidenceInterval
    public var bundle: ConfidenceInterval
    /// The bundle's effect: all measures minus none.
    public var bundleEffect: ConfidenceInterval
    /// Each measure's effect, in file order.
    public var measures: [MeasureEffect]
    /// The bundle's effect less the sum of the measures' effects alone: what they do together.
    public var interaction: ConfidenceInterval?
  }

  /// One input's bar of a tornado.
  public struct TornadoBar: Sendable {
    /// The input's number in the manifest.
    public var input: Int
    /// The KPI at the input's low and high value minus the KPI at its scenario value (no
    /// measures).
    public var atLow: ConfidenceInterval
    public var atHigh: ConfidenceInterval
    /// The bundle's effect at the input's low and high value (when there are measures).
    public var effectAtLow: ConfidenceInterval?
    public var effectAtHigh: ConfidenceInterval?
    /// The width of the bar: |high − low|.
    public var swing: Double { abs(atHigh.mean - atLow.mean) }
  }

  /// A tornado: the inputs' bars for one KPI, widest first.
  public struct Tornado: Sendable {
    public var kpi: SweepKPI
    public var bars: [TornadoBar]
  }

  /// One input's main effect in a factorial design: the mean KPI over the corners where it is
  /// high minus the mean where it is low.
  public struct MainEffect: Sendable {
    public var input: Int
    public var effect: ConfidenceInterval
    /// The same for the bundle's effect (when there are measures).
    public var effectOnBundle: ConfidenceInterval?
  }

  /// The main effects on one KPI.
  public struct MainEffects: Sendable {
    public var kpi: SweepKPI
    public var effects: [MainEffect]
  }

  /// P10, P50 and P90 of one quantity over the Latin hypercube samples.
  public struct Band: Sendable {
    /// What the quantity is: `without measures`, `with the measures`, `effect of the measures`.
    public var label: String
    public var p10: Percentile
    public var p50: Percentile
    public var p90: Percentile
  }

  /// The bands of one KPI.
  public struct Bands: Sendable {
    public var kpi: SweepKPI
    public var bands: [Band]
  }

  /// The manifest.
  public let manifest: SweepManifest
  /// The KPIs, sorted.
  public let keys: [SweepKPI]
  /// `variantMeans[v][k]`: variant v's mean of KPI k over its replications.
  public let variantMeans: [[ConfidenceInterval?]]
  /// The measures' effects, by KPI (none without measures).
  public let measures: [MeasureTable]
  /// The tornado of each KPI (one-at-a-time designs).
  public let tornadoes: [Tornado]
  /// The main effects by KPI (factorial designs).
  public let mainEffects: [MainEffects]
  /// The percentile bands by KPI (Latin hypercube designs).
  public let bands: [Bands]
  /// The variants run with facilities loaded beyond what they serve (queues capped), by
  /// variant, with those facilities.
  public let overloads: [Int: [String]]
  /// Where those facilities are, with their loads, by variant.
  public let overloadedPlaces: [Int: [OverloadedPlace]]

  /// Analyses a sweep's data.
  public init(_ data: SweepData) {
    let figures = Figures(data: data)
    manifest = data.manifest
    keys = data.keys
    variantMeans = data.manifest.variants.indices.map { v in
      data.keys.indices.map { figures.mean(v, $0) }
    }
    measures = data.keys.indices.compactMap { figures.measureTable($0) }
    tornadoes = data.keys.indices.compactMap { figures.tornado($0) }
    mainEffects = data.keys.indices.compactMap { figures.mainEffects($0) }
    bands = data.keys.indices.compactMap { figures.bands($0) }
    overloads = data.overloads
    overloadedPlaces = data.overloadedPlaces
  }
}
