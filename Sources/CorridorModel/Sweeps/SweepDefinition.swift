/// A sweep file as read: the scenario, the measures to decompose, the uncertain inputs and
/// how to vary them, and the run settings of every variant.
public struct SweepDefinition: Hashable, Sendable {
  /// How the measures are combined.
  public enum MeasureDesign: String, Hashable, Sendable {
    /// None, each alone, all together: the effect of each alone and of the bundle.
    case oneAtATime = "one_at_a_time"
    /// Every subset: also each measure's Shapley share of the bundle's effect (exact, so at
    /// most ``SweepDefinition/maximumShapleyMeasures`` measures).
    case allSubsets = "all_subsets"
  }

  /// How the uncertain inputs are varied.
  public enum ParameterDesign: Hashable, Sendable {
    /// Each input at its low and high value, the others as in the scenario: a tornado.
    case oneAtATime
    /// Every combination of the inputs' low and high values (small sets).
    case factorial
    /// `samples` draws that cover each input's distribution evenly (McKay, Beckman and
    /// Conover's Latin hypercube): percentiles of the KPIs under the inputs' uncertainty.
    case latinHypercube(samples: Int)
  }

  /// The most measures whose Shapley shares a sweep computes exactly (2⁸ = 256 subsets).
  public static let maximumShapleyMeasures = 8
  /// The most inputs of a factorial design (2¹⁰ = 1,024 combinations).
  public static let maximumFactorialParameters = 10
  /// The most samples of a Latin hypercube.
  public static let maximumSamples = 10_000
  /// The most units (variants × replications) a sweep may plan: its manifest stays a few
  /// tens of megabytes.
  public static let maximumUnits = 200_000

  /// The number of variants the designs give (see the plan's order), without listing them.
  public var variantCount: Int {
    let m = measures.count
    let combinations =
      m == 0 ? 1 : measureDesign == .allSubsets ? 1 << min(m, 30) : m + (m > 1 ? 2 : 1)
    guard !parameters.isEmpty else { return combinations }
    let k = parameters.count
    let points = parameterDesigns.reduce(0) { total, design in
      switch design {
      case .oneAtATime: total + 2 * k
      case .factorial: total + (1 << min(k, 30))
      case .latinHypercube(let samples): total + samples
      }
    }
    return combinations + points * (m == 0 ? 1 : 2)
  }

  /// The sweep's identifier.
  public var id: String
  /// A name for the report.
  public var name: String
  /// The name in other languages (`name_ru`, `name_tr`), by language code.
  public var otherNames: [String: String] = [:]
  /// The scenario file varied (absolute, or relative to the working directory).
  public var scenarioPath: String
  /// Ids of measures written in the scenario file to decompose, in file order; the scenario
  /// without them is the base of every effect.
  public var measures: [String]
  /// How the measures are combined.
  public var measureDesign: MeasureDesign
  /// The uncertain inputs.
  public var parameters: [SweepParameter]
  /// How they are varied: one design or several (a tornado and percentile bands, say), whose
  /// points are all run.
  public var parameterDesigns: [ParameterDesign]
  /// Replications of every variant, paired across variants (common random numbers).
  public var replications: Int
  /// The seed of the runs and of the sampling.
  public var seed: UInt64
  /// Days recorded in each replication.
  public var days: Double
  /// Days simulated before recording.
  public var warmUpDays: Double
  /// Whether a variant that loads a facility beyond what it serves is simulated with capped
  /// queues (and says so) instead of stopping the sweep.
  public var allowOverload = false

  /// Creates a definition.
  public init(
    id: String, name: String, scenarioPath: String, measures: [String] = [],
    measureDesign: MeasureDesign = .allSubsets, parameters: [SweepParameter] = [],
    parameterDesigns: [ParameterDesign] = [.oneAtATime], replications: Int = 10, seed: UInt64 = 1,
    days: Double = 365, warmUpDays: Double = 30
  ) {
    self.id = id
    self.name = name
    self.scenarioPath = scenarioPath
    self.measures = measures
    self.measureDesign = measureDesign
    self.parameters = parameters
    self.parameterDesigns = parameterDesigns
    self.replications = replications
    self.seed = seed
    self.days = days
    self.warmUpDays = warmUpDays
  }
}
