import CorridorStudy

/// The `--json` output of `corridor compare`.
public struct CompareJSON: Encodable, Sendable {
  struct Variant: Encodable, Sendable {
    struct Row: Encodable, Sendable {
      var key: String
      var base: Double
      var variant: Double
      var difference: Double
      var differenceCI95: Double?
      var percent: Double
      var significant: Bool
      enum CodingKeys: String, CodingKey {
        case key, base, variant, difference, percent, significant
        case differenceCI95 = "difference_ci95"
      }
    }
    var variant: String
    var rows: [Row]
  }

  var base: String
  var variants: [Variant]

  /// The output of a comparison of variants with the base `base`.
  public init(base: String, comparisons: [Comparison]) {
    self.base = base
    variants = comparisons.map { comparison in
      Variant(
        variant: comparison.variant,
        rows: comparison.rows.map {
          Variant.Row(
            key: $0.key.subject.description, base: $0.base, variant: $0.variant,
            difference: $0.difference.mean,
            differenceCI95: $0.difference.halfWidth.isFinite ? $0.difference.halfWidth : nil,
            percent: $0.percent,
            significant: $0.isSignificant)
        })
    }
  }
}
