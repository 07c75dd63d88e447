import CorridorModel

/// Every variant and unit of a sweep, in a fixed order that depends on the definition alone.
///
/// Variants come in this order: the combinations of measures at the inputs' scenario values
/// (every subset in binary order, bit i for measure i; or none, each alone and all), then the
/// inputs' design points, each with no measures and, when there are measures, with all of
/// them. Units are the variants' replications, variant by variant.
public struct SweepPlan: Sendable {
  /// The variants.
  public var variants: [SweepVariant]
  /// The units: `replications` per variant.
  public var units: [SweepUnit]

  /// The plan of `definition`, the inputs' scenario values taken from `scenario`.
  public init(_ definition: SweepDefinition, scenario: Scenario) {
    let nominal = definition.parameters.map { $0.nominalValue(in: scenario) }
    let measures = definition.measures
    var variants: [SweepVariant] = []
    func add(_ on: [String], _ values: [Double], _ point: SweepVariant.Point) {
      variants.append(
        SweepVariant(index: variants.count, measures: on, values: values, point: point))
    }
    for subset in Self.measureSubsets(count: measures.count, design: definition.measureDesign) {
      add(subset.map { measures[$0] }, nominal, .measures)
    }
    let states: [[String]] = measures.isEmpty ? [[]] : [[], measures]
    for (values, point) in Self.parameterPoints(definition, nominal: nominal) {
      for on in states { add(on, values, point) }
    }
    self.variants = variants
    units = variants.flatMap { variant in
      (0..<definition.replications).map { r in
        SweepUnit(
          index: variant.index * definition.replications + r, variant: variant.index,
          replication: r, seed: definition.seed)
      }
    }
  }

  /// The measure combinations of a design, as sorted indices: every subset by its bits, or
  /// none, each alone and all (without repeating all when there is one measure).
  static func measureSubsets(count: Int, design: SweepDefinition.MeasureDesign) -> [[Int]] {
    guard count > 0 else { return [[]] }
    switch design {
    case .allSubsets:
      return (0..<(1 << count)).map { mask in (0..<count).filter { mask & (1 << $0) != 0 } }
    case .oneAtATime:
      let singles = (0..<count).map { [$0] }
      return [[]] + singles + (count > 1 ? [Array(0..<count)] : [])
    }
  }

  /// The inputs' design points with their values.
  static func parameterPoints(_ definition: SweepDefinition, nominal: [Double])
    -> [([Double], SweepVariant.Point)]
  {
    let parameters = definition.parameters
    guard !parameters.isEmpty else { return [] }
    return definition.parameterDesigns.flatMap { design in
      points(design, definition, nominal: nominal)
    }
  }

  /// The points of one design.
  static func points(
    _ design: SweepDefinition.ParameterDesign, _ definition: SweepDefinition, nominal: [Double]
  ) -> [([Double], SweepVariant.Point)] {
    let parameters = definition.parameters
    switch design {
    case .oneAtATime:
      return parameters.indices.flatMap { p in
        [false, true].map { high in
          var values = nominal
          values[p] = high ? parameters[p].distribution.high : parameters[p].distribution.low
          return (values, SweepVariant.Point.oneAtATime(parameter: p, high: high))
        }
      }
    case .factorial:
      return (0..<(1 << parameters.count)).map { corner in
        let values = parameters.indices.map { p in
          corner & (1 << p) != 0 ? parameters[p].distribution.high : parameters[p].distribution.low
        }
        return (values, .factorial(corner: corner))
      }
    case .latinHypercube(let samples):
      let points = LatinHypercube.points(
        samples: samples, dimensions: parameters.count, seed: definition.seed)
      return points.enumerated().map { s, point in
        (parameters.indices.map { parameters[$0].distribution.quantile(point[$0]) }, .sample(s))
      }
    }
  }

  /// The units of shard `shard` of `count`: a contiguous run, the shards as even as can be.
  public static func shardRange(_ shard: Int, of count: Int, units: Int) -> Range<Int> {
    (shard * units / count)..<((shard + 1) * units / count)
  }
}
