import Foundation

/// What is known of an uncertain input: a range or a distribution of its value.
///
/// Sweeps draw from it (Latin hypercube) and take its 10th and 90th percentiles as the low and
/// high values of a one-at-a-time or factorial design, so that every kind is varied over the
/// same share of its probability.
public enum InputDistribution: Hashable, Sendable {
  /// Every value from `low` to `high` equally likely.
  case uniform(low: Double, high: Double)
  /// A triangle from `low` to `high` that peaks at `mode`.
  case triangular(low: Double, mode: Double, high: Double)
  /// A log-normal: the logarithm is normal with mean log(`median`) and standard deviation
  /// `sigma`; for factors that cannot be negative and err more upward than downward.
  case logNormal(median: Double, sigma: Double)

  /// The probability at which a design takes an input's low value; the high one is 1 − this.
  public static let lowProbability = 0.1

  /// The value below which the share `p` of the distribution lies, `p` in 0…1.
  public func quantile(_ p: Double) -> Double {
    let p = min(max(p, 0), 1)
    switch self {
    case .uniform(let low, let high):
      return low + p * (high - low)
    case .triangular(let low, let mode, let high):
      let width = high - low
      guard width > 0 else { return low }
      let split = (mode - low) / width
      if p <= split { return low + (p * width * (mode - low)).squareRoot() }
      return high - ((1 - p) * width * (high - mode)).squareRoot()
    case .logNormal(let median, let sigma):
      return median * exp(sigma * StandardNormal.quantile(p))
    }
  }

  /// The design's low value: the 10th percentile.
  public var low: Double { quantile(Self.lowProbability) }
  /// The design's high value: the 90th percentile.
  public var high: Double { quantile(1 - Self.lowProbability) }
}

/// The standard normal distribution's quantile function.
public enum StandardNormal {
  /// The z with Φ(z) = `p`, by Wichura's algorithm AS 241 (PPND16, relative error about
  /// 10⁻¹⁶); ±infinity at 0 and 1.
  public static func quantile(_ p: Double) -> Double {
    if p <= 0 { return -.infinity }
    if p >= 1 { return .infinity }
    let q = p - 0.5
    if abs(q) <= 0.425 {
      let r = 0.180625 - q * q
      return q * poly(a, r) / poly(b, r)
    }
    var r = q < 0 ? p : 1 - p
    r = (-log(r)).squareRoot()
    let z: Double
    if r <= 5 {
      r -= 1.6
      z = poly(c, r) / poly(d, r)
    } else {
      r -= 5
      z = poly(e, r) / poly(f, r)
    }
    return q < 0 ? -z : z
  }

  /// Σ coefficients[i] · xⁱ, by Horner's rule.
  private static func poly(_ coefficients: [Double], _ x: Double) -> Double {
    coefficients.reversed().reduce(0) { $0 * x + $1 }
  }

  private static let a = [
    3.387_132_872_796_366_608, 133.141_667_891_784_377_72, 1_971.590_950_306_551_442_7,
    13_731.693_765_509_461_125, 45_921.953_931_549_871_457, 67_265.770_927_008_700_853,
    33_430.575_583_588_128_105, 2_509.080_928_730_122_672_7,
  ]
  private static let b = [
    1, 42.313_330_701_600_911_252, 687.187_007_492_057_908_95, 5_394.196_021_424_751_077_1,
    21_213.794_301_586_595_867, 39_307.895_800_092_710_61, 28_729.085_735_721_942_674,
    5_226.495_278_852_545_925_8,
  ]
  private static let c = [
    1.423_437_110_749_683_577_34, 4.630_337_846_156_545_295_9, 5.769_497_221_460_691_405_5,
    3.647_848_324_763_204_605_04, 1.270_458_252_452_368_382_58, 0.241_780_725_177_450_611_77,
    0.022_723_844_989_269_184_583_2, 7.745_450_142_783_414_076_4e-4,
  ]
  private static let d = [
    1, 2.053_191_626_637_758_821_87, 1.676_384_830_183_803_849_4, 0.689_767_334_985_100_004_55,
    0.148_103_976_427_480_074_59, 0.015_198_666_563_616_457_2, 5.475_938_084_995_344_946e-4,
    1.050_750_071_644_416_843_64e-9,
  ]
  private static let e = [
    6.657_904_643_501_103_777_2, 5.463_784_911_164_114_369_9, 1.784_826_539_917_291_335_8,
    0.296_560_571_828_504_891_23, 0.026_532_189_526_576_123_093, 0.001_242_660_947_388_078_438_5,
    2.711_555_568_743_487_578_9e-5, 2.010_334_399_292_288_132_7e-7,
  ]
  private static let f = [
    1, 0.599_832_206_555_887_937_69, 0.136_929_880_922_735_805_31,
    0.014_875_361_290_850_614_852, 7.868_691_311_456_132_591e-4, 1.846_318_317_510_054_681_9e-5,
    1.421_511_758_316_445_887_7e-7, 2.044_263_103_389_939_785_1e-15,
  ]
}
