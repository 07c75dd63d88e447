import CorridorModel
import Yams

/// Decodes the distribution of a sweep's uncertain input.
enum InputDistributionDecoder {
  static let kinds = ["uniform", "triangular", "log_normal"]
  static let keys: [String: Set<String>] = [
    "uniform": ["type", "low", "high"], "triangular": ["type", "low", "mode", "high"],
    "log_normal": ["type", "median", "sigma"],
  ]

  /// The distribution written at `node`, or `nil` after reporting.
  static func decode(_ node: Yams.Node, what: String, context: DecodingContext)
    -> InputDistribution?
  {
    guard let kind = PlainScalar.peek(node, "type"), let allowed = keys[kind] else {
      let found = PlainScalar.peek(node, "type").map { " (found '\($0)')" } ?? ""
      context.error(
        at: node.mark,
        "\(what) needs 'type:' one of \(kinds.joined(separator: ", "))\(found)")
      return nil
    }
    guard let reader = ObjectReader(node, what: what, allowed: allowed, context: context)
    else { return nil }
    let values = InputRange.sweepValue
    switch kind {
    case "uniform":
      guard let low = reader.number("low", values, required: true),
        let high = reader.number("high", values, required: true)
      else { return nil }
      guard low < high else {
        context.error(at: node.mark, "\(what): 'low' must be below 'high'")
        return nil
      }
      return .uniform(low: low, high: high)
    case "triangular":
      guard let low = reader.number("low", values, required: true),
        let mode = reader.number("mode", values, required: true),
        let high = reader.number("high", values, required: true)
      else { return nil }
      guard low < high, low <= mode, mode <= high else {
        context.error(
          at: node.mark, "\(what): needs low < high with the mode between them (low ≤ mode ≤ high)")
        return nil
      }
      return .triangular(low: low, mode: mode, high: high)
    default:
      guard let median = reader.number("median", .within(1e-6, 1e6), required: true),
        let sigma = reader.number("sigma", .within(1e-6, 3), required: true)
      else { return nil }
      return .logNormal(median: median, sigma: sigma)
    }
  }
}
