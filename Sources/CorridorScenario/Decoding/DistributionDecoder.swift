import CorridorModel
import Yams

/// Reads a duration distribution: a plain number (fixed), or a mapping with a family.
///
/// `{mean: 2}` is exponential, `{mean: 2, cv: 0.5}` log-normal unless `distribution:` names
/// another family (`fixed`, `exponential`, `lognormal`, `gamma`, `erlang` with `phases`,
/// `triangular`, `uniform`, `empirical` with `values`).
enum DistributionDecoder {
  static let families = [
    "fixed", "exponential", "lognormal", "gamma", "erlang", "triangular", "uniform", "empirical",
  ]

  static func decode(_ node: Yams.Node, named name: String, context: DecodingContext)
    -> Distribution?
  {
    guard case .mapping = node else {
      return context.number(node, named: name, InputRange.hours).map { .fixed($0) }
    }
    guard
      let reader = ObjectReader(
        node, what: name,
        allowed: ["distribution", "mean", "cv", "min", "mode", "max", "value", "phases", "values"],
        context: context)
    else { return nil }
    let family =
      reader.choice("distribution", families.map { ($0, $0) })
      ?? (reader.has("distribution") ? nil : defaultFamily(reader))
    guard let family else { return nil }
    let takes = Self.keys[family] ?? []
    for pair in reader.pairs
    where pair.key != "distribution" && !takes.contains(pair.key)
      && !ObjectReader.noteKeys.contains(pair.key)
    {
      context.error(
        at: pair.keyNode.mark,
        "'\(pair.key)' does not apply to the \(family) distribution in \(name), which takes "
          + takes.joined(separator: ", ") + "; remove it, or name the distribution meant")
    }
    return decode(family, reader: reader, named: name, context: context)
  }

  /// The distribution of a family from the keys it takes.
  private static func decode(
    _ family: String, reader: ObjectReader, named name: String, context: DecodingContext
  ) -> Distribution? {
    switch family {
    case "fixed":
      let value =
        reader.number("value", InputRange.hours) ?? reader.number("mean", InputRange.hours)
      if !reader.has("value") && !reader.has("mean") {
        reader.missing("value", expected: "a number ≥ 0 (hours)")
      }
      return value.map { .fixed($0) }
    case "exponential":
      return reader.number("mean", InputRange.meanHours, required: true).map {
        .exponential(mean: $0)
      }
    case "lognormal", "gamma":
      let mean = reader.number("mean", InputRange.meanHours, required: true)
      let cv = reader.number("cv", InputRange.cv, required: true)
      guard let mean, let cv else { return nil }
      return family == "gamma" ? .gamma(mean: mean, cv: cv) : .lognormal(mean: mean, cv: cv)
    case "erlang":
      let mean = reader.number("mean", InputRange.meanHours, required: true)
      let phases = reader.integer("phases", InputRange.phases, required: true)
      guard let mean, let phases else { return nil }
      return .erlang(phases: phases, mean: mean)
    case "empirical":
      return empirical(reader, named: name, context: context)
    case "triangular":
      return triangular(reader, named: name, context: context)
    default:
      return uniform(reader, named: name, context: context)
    }
  }

  /// `empirical` with its list of observed durations.
  private static func empirical(
    _ reader: ObjectReader, named name: String, context: DecodingContext
  )
    -> Distribution?
  {
    guard let list = reader.value("values") else {
      reader.missing("values", expected: "a list of observed durations (hours)")
      return nil
    }
    guard case .sequence(let items) = list, !items.isEmpty else {
      context.error(at: list.mark, "'values' in \(name) must be a non-empty list of numbers")
      return nil
    }
    guard context.sink.spend(items.count, at: context.location(list.mark)) else { return nil }
    let values = items.compactMap {
      context.number($0, named: "each of 'values' in \(name)", InputRange.hours)
    }
    return values.count == items.count ? .empirical(values) : nil
  }

  /// `triangular` with min ≤ mode ≤ max.
  private static func triangular(
    _ reader: ObjectReader, named name: String, context: DecodingContext
  )
    -> Distribution?
  {
    let low = reader.number("min", InputRange.hours, required: true)
    let mode = reader.number("mode", InputRange.hours, required: true)
    let high = reader.number("max", InputRange.hours, required: true)
    guard let low, let mode, let high else { return nil }
    guard low <= mode, mode <= high, low < high else {
      context.error(
        at: reader.mark,
        "\(name) needs min ≤ mode ≤ max with min < max, found min \(low.formattedPlain), "
          + "mode \(mode.formattedPlain), max \(high.formattedPlain)")
      return nil
    }
    return .triangular(min: low, mode: mode, max: high)
  }

  /// `uniform` with min < max.
  private static func uniform(_ reader: ObjectReader, named name: String, context: DecodingContext)
    -> Distribution?
  {
    let low = reader.number("min", InputRange.hours, required: true)
    let high = reader.number("max", InputRange.hours, required: true)
    guard let low, let high else { return nil }
    guard low < high else {
      context.error(
        at: reader.mark,
        "\(name) needs min < max, found min \(low.formattedPlain), max \(high.formattedPlain)")
      return nil
    }
    return .uniform(min: low, max: high)
  }

  /// The keys each family takes besides `distribution:` (`fixed` takes `value` or `mean`).
  static let keys: [String: [String]] = [
    "fixed": ["value", "mean"], "exponential": ["mean"], "lognormal": ["mean", "cv"],
    "gamma": ["mean", "cv"], "erlang": ["mean", "phases"], "triangular": ["min", "mode", "max"],
    "uniform": ["min", "max"], "empirical": ["values"],
  ]

  private static func defaultFamily(_ reader: ObjectReader) -> String {
    if reader.has("value") { return "fixed" }
    if reader.has("min") && reader.has("mode") { return "triangular" }
    if reader.has("min") { return "uniform" }
    return reader.has("cv") ? "lognormal" : "exponential"
  }
}
